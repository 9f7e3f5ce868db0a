/**
 * The interpreter on a virtual clock: wall time to run 5 minutes of program time (a `forever` loop of
 * variable changes and conditions, one turn per 10 ms tick: 30,000 turns), median of repeated runs.
 * This is what makes `atelier run --device virtual:grid` and lesson checks instant.
 */
import { VirtualClock } from '../program/src/clock.ts';
import { startProgram } from '../program/src/interpreter/index.ts';
import { validateProgram } from '../program/src/validate.ts';
import { GridRobot } from '../simulator/src/grid/grid-robot.ts';
import { emptyGrid } from '../simulator/src/grid/world-helpers.ts';

const fiveMinutes = {
  format: 'atelier.program',
  version: 1,
  scripts: [
    {
      id: 's',
      when: { event: 'start' },
      do: [
        { id: 'n', op: 'set', var: 'turns', value: 0 },
        {
          id: 'f',
          op: 'forever',
          do: [
            { id: 'c', op: 'change', var: 'turns', by: 1 },
            {
              id: 'i',
              op: 'if',
              cond: { op: '=', a: { op: '%', a: { var: 'turns' }, b: 1000 }, b: 0 },
              // biome-ignore lint/suspicious/noThenProperty: the program format's own field name
              then: [{ id: 'l', op: 'light', color: 'red' }],
            },
          ],
        },
      ],
    },
  ],
};

export async function measureVirtualFiveMinutes(runs = 7): Promise<{ medianMs: number; p99Ms: number }> {
  const checked = validateProgram(fiveMinutes);
  if (!checked.ok) throw new Error(`benchmark program invalid: ${JSON.stringify(checked.problems)}`);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const clock = new VirtualClock();
    const robot = new GridRobot({ world: emptyGrid(), clock });
    const started = performance.now();
    const handle = startProgram(checked.program, { robot, clock, onEvent: () => {}, timeLimitMs: 300_000 });
    await clock.advanceUntil(handle.done, 301_000);
    await handle.done;
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? Number.NaN;
  return { medianMs: Math.round(at(0.5)), p99Ms: Math.round(at(0.99)) };
}
