/**
 * Judges one attempt at a lesson: the program runs on the lesson's world in the simulator, and on each
 * of its variants (other mats on which the same program must work: a robot placed farther from the
 * wall…), then the goal and the lesson's constraint on the number of blocks are checked. This is what the lesson player's
 * « Vérifier » does, and what the lesson check does with every reference solution and wrong program.
 *
 * The program must have passed `validateProgram` (and the capability check of the robot it is meant
 * for): an attempt judges what a program does, not whether it is well formed.
 */
import { DEFAULT_LANGUAGE, type Language } from '../../../program/src/i18n.ts';
import type { Program } from '../../../program/src/schema.ts';
import { statementCount } from '../blocks.ts';
import { type LessonProblem, lessonProblem } from '../problem.ts';
import type { Lesson } from '../schema.ts';
import { judgeGoal } from './judge.ts';
import { type RunOutcome, runOnWorld } from './run.ts';

export interface AttemptResult {
  passed: boolean;
  /** Every reason the attempt misses the lesson, empty when it passes. */
  problems: LessonProblem[];
  /** The run on each mat: the lesson's own first, then its variants. */
  outcomes: RunOutcome[];
}

export type AttemptLesson = Pick<Lesson, 'world' | 'goal' | 'run' | 'toolbox' | 'variants'>;

export async function checkAttempt(
  lesson: AttemptLesson,
  program: Program,
  lang: Language = DEFAULT_LANGUAGE,
): Promise<AttemptResult> {
  const problems: LessonProblem[] = [];
  const max = lesson.toolbox.maxBlocks;
  const count = statementCount(program);
  if (max !== undefined && count > max)
    problems.push(lessonProblem('LESSON_TOO_MANY_BLOCKS', { count, max }, lang));
  const mats = [{ world: lesson.world, goal: lesson.goal, run: lesson.run }, ...lesson.variants];
  const outcomes: RunOutcome[] = [];
  for (const [index, mat] of mats.entries()) {
    const outcome = await runOnWorld(program, mat.world, mat.run ?? lesson.run, lang);
    outcomes.push(outcome);
    const goal = mat.goal ?? lesson.goal;
    for (const problem of judgeGoal(goal, outcome, mat.world, lang)) {
      problems.push(index === 0 ? problem : { ...problem, world: index });
    }
  }
  return { passed: problems.length === 0, problems, outcomes };
}
