/**
 * `atelier lessons check [--json]`: checks every lesson of lessons/packs/ (lessons/src/check/): its
 * file, its competences, its robots, its programs, that every reference solution meets its goal in the
 * simulator, and that its starting program and obviously wrong programs miss it.
 *
 * Without --json, a French table, one line per lesson, then the problems of the lessons that fail and
 * a summary. With --json, one object per lesson and line (DESIGN.md):
 * `{ "lesson": id, "level": "PS"…"CM2", "passed": bool, "problems": [{ code, message, where? }] }`.
 * Exit status 0 only when every lesson passes, 1 otherwise.
 */

import type { LessonReport } from '../../../../lessons/src/check/check-lesson.ts';
import { localize } from '../../../../lessons/src/localized.ts';
import { type CheckAllOptions, checkAllLessons } from '../../../../lessons/src/node/check-all.ts';
import { type Params, translate } from '../../../../program/src/i18n.ts';
import { type CliOutput, EXIT } from '../output.ts';

/** What this command prints, French first (bridge/src/cli/texts.ts holds the other commands'). */
export const lessonsCliTexts = {
  header: { fr: 'état  niveau  leçon', en: 'state level   lesson' },
  passed: { fr: '✔', en: '✔' },
  failed: { fr: '✖', en: '✖' },
  problemsOf: { fr: 'Problèmes de « {lesson} » :', en: 'Problems of "{lesson}":' },
  summary: {
    fr: 'Leçons vérifiées : {count} ; réussies : {passed} ; en échec : {failed} ({seconds} s).',
    en: 'Lessons checked: {count}; passed: {passed}; failed: {failed} ({seconds} s).',
  },
  none: { fr: 'Aucune leçon trouvée.', en: 'No lesson found.' },
} as const;

const t = (key: keyof typeof lessonsCliTexts, params: Params = {}) => translate(lessonsCliTexts, key, params);

function jsonLine(report: LessonReport): string {
  return JSON.stringify({
    lesson: report.lesson,
    level: report.level,
    passed: report.passed,
    problems: report.problems.map(({ code, message, where }) =>
      where === undefined ? { code, message } : { code, message, where },
    ),
  });
}

function tableLine(report: LessonReport): string {
  const state = report.passed ? t('passed') : t('failed');
  const title = report.parsed === undefined ? '' : `  ${localize(report.parsed.title)}`;
  return `  ${state}   ${(report.level ?? '?').padEnd(6)}  ${report.lesson.padEnd(34)}${title}`;
}

export async function lessonsCheckCommand(
  json: boolean,
  io: CliOutput,
  options: CheckAllOptions = {},
): Promise<number> {
  const started = performance.now();
  const reports = await checkAllLessons(options);
  const failed = reports.filter((report) => !report.passed);
  if (json) {
    for (const report of reports) io.out(jsonLine(report));
  } else if (reports.length === 0) {
    io.out(t('none'));
  } else {
    io.out(t('header'));
    for (const report of reports) io.out(tableLine(report));
    for (const report of failed) {
      io.out('');
      io.out(t('problemsOf', { lesson: report.lesson }));
      for (const problem of report.problems) {
        const where = problem.where === undefined ? '' : ` (${problem.where})`;
        io.out(`  - [${problem.code}] ${problem.message}${where}`);
      }
    }
    io.out('');
    const seconds = ((performance.now() - started) / 1000).toFixed(1).replace('.', ',');
    io.out(
      t('summary', {
        count: reports.length,
        passed: reports.length - failed.length,
        failed: failed.length,
        seconds,
      }),
    );
  }
  return failed.length === 0 && reports.length > 0 ? EXIT.ok : EXIT.programFailed;
}
