/**
 * One thing wrong with a lesson or with a pupil's attempt: a stable code of the error catalogue
 * (program/src/errors/lesson-codes.ts), its message in the chosen language, and where it is.
 */
import { type ErrorCode, errorMessage } from '../../program/src/errors/index.ts';
import { DEFAULT_LANGUAGE, type Language, type Params } from '../../program/src/i18n.ts';

export interface LessonProblem {
  code: ErrorCode;
  message: string;
  /** The field of the lesson file it concerns (`solutions[1]`, `world.start`), when there is one. */
  where?: string;
  /** The block of the pupil's program it concerns, when there is one. */
  blockId?: string;
  /** The mat it happened on, for a lesson checked on several: 0 is the lesson's own, 1… its variants. */
  world?: number;
}

export function lessonProblem(
  code: ErrorCode,
  params: Params,
  lang: Language = DEFAULT_LANGUAGE,
  place: { where?: string; blockId?: string } = {},
): LessonProblem {
  return { code, message: errorMessage(code, params, lang), ...place };
}
