/**
 * Zod's findings on a lesson or the catalogue, as coded problems naming the field. An issue of a union
 * (a goal, a statement of a program) is narrowed to the branch that went deepest before failing: that
 * is almost always the one the writer meant, and its message names the field actually wrong.
 */
import type { z } from 'zod';
import { formatPath } from '../../../firmware-profiles/src/issues.ts';
import type { ErrorCode } from '../../../program/src/errors/index.ts';
import type { Language } from '../../../program/src/i18n.ts';
import { type LessonProblem, lessonProblem } from '../problem.ts';

type Issue = z.core.$ZodIssue;

function deepest(issues: readonly Issue[]): number {
  return Math.max(0, ...issues.map((issue) => issue.path.length));
}

function flatten(
  issue: Issue,
  prefix: readonly PropertyKey[],
): Array<{ path: PropertyKey[]; message: string }> {
  const path = [...prefix, ...issue.path];
  if (issue.code === 'invalid_union' && issue.errors.length > 0) {
    const branches = issue.errors;
    let best = branches[0] ?? [];
    for (const branch of branches) if (deepest(branch) > deepest(best)) best = branch;
    if (deepest(best) > 0) return best.flatMap((inner) => flatten(inner, path));
  }
  return [{ path, message: issue.message }];
}

export function zodProblems(code: ErrorCode, error: z.ZodError, lang: Language): LessonProblem[] {
  return error.issues.flatMap((issue) =>
    flatten(issue, []).map(({ path, message }) => {
      const field = formatPath(path);
      return lessonProblem(code, { field, detail: message }, lang, { where: field });
    }),
  );
}
