/**
 * The check of a whole set of lesson files: each lesson (check-lesson.ts), then what only the set can
 * see — two lessons with one id, two lessons of a level at one rank of its progression. Reports come in
 * the order of the progression: by level, then rank, then id.
 */
import { DEFAULT_LANGUAGE } from '../../../program/src/i18n.ts';
import { levelRank } from '../levels.ts';
import { lessonProblem } from '../problem.ts';
import { type CheckContext, checkLessonFile, type LessonFile, type LessonReport } from './check-lesson.ts';

export async function checkLessonFiles(
  files: readonly LessonFile[],
  ctx: CheckContext,
): Promise<LessonReport[]> {
  const lang = ctx.lang ?? DEFAULT_LANGUAGE;
  const reports: LessonReport[] = [];
  for (const file of files) reports.push(await checkLessonFile(file, ctx));

  const byId = new Map<string, string>();
  const byRank = new Map<string, string>();
  files.forEach((file, index) => {
    const report = reports[index];
    const lesson = report?.parsed;
    if (report === undefined || lesson === undefined) return;
    const sameId = byId.get(lesson.id);
    if (sameId !== undefined) {
      report.problems.push(
        lessonProblem('LESSON_DUPLICATE_ID', { id: lesson.id, other: sameId }, lang, { where: 'id' }),
      );
    } else {
      byId.set(lesson.id, file.path);
    }
    const rank = `${lesson.level}:${lesson.order}`;
    const sameRank = byRank.get(rank);
    if (sameRank !== undefined) {
      const params = { level: lesson.level, order: lesson.order, other: sameRank };
      report.problems.push(lessonProblem('LESSON_DUPLICATE_ORDER', params, lang, { where: 'order' }));
    } else {
      byRank.set(rank, lesson.id);
    }
    report.passed = report.problems.length === 0;
  });

  return reports.sort((a, b) => {
    const level = (a.level === null ? 99 : levelRank(a.level)) - (b.level === null ? 99 : levelRank(b.level));
    if (level !== 0) return level;
    const order = (a.parsed?.order ?? 0) - (b.parsed?.order ?? 0);
    return order !== 0 ? order : a.lesson.localeCompare(b.lesson);
  });
}
