/**
 * `lessons_check_s`: `atelier lessons check` over every lesson — schema, catalogue, capability checks,
 * every reference solution run in the simulator, and the starting and wrong programs run to see them
 * fail — in-process, median of repeated runs, in seconds.
 */
import { checkAllLessons } from '../lessons/src/node/check-all.ts';

export async function measureLessonsCheck(
  runs = 3,
): Promise<{ medianS: number; lessons: number; passed: number }> {
  const times: number[] = [];
  let lessons = 0;
  let passed = 0;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const reports = await checkAllLessons();
    times.push((performance.now() - started) / 1000);
    lessons = reports.length;
    passed = reports.filter((report) => report.passed).length;
  }
  times.sort((a, b) => a - b);
  return {
    medianS: Math.round((times[Math.floor(times.length / 2)] ?? Number.NaN) * 100) / 100,
    lessons,
    passed,
  };
}
