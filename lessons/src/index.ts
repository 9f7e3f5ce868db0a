/**
 * The lesson packs' public API for the editor's lesson player and the bridge: the format, the goal
 * checkers, the check of a lesson. Pure TypeScript, no Node API (reading the packs from disk is
 * node/load.ts, for the command line and the tests).
 */
export { BLOCK_TYPES, type BlockType, programBlockTypes, statementCount } from './blocks.ts';
export { type Catalogue, CatalogueSchema, type Competence } from './catalogue.ts';
export {
  type CheckContext,
  checkLesson,
  checkLessonFile,
  type LessonFile,
  type LessonReport,
} from './check/check-lesson.ts';
export { checkLessonFiles } from './check/check-packs.ts';
export {
  type AttemptLesson,
  type AttemptResult,
  checkAttempt,
  type Goal,
  GoalSchema,
  judgeGoal,
  type RunOutcome,
  runOnWorld,
} from './goals/index.ts';
export { type Cycle, LEVEL_CYCLE, LEVELS, type Level } from './levels.ts';
export { type LocalizedText, LocalizedTextSchema, localize } from './localized.ts';
export type { LessonProblem } from './problem.ts';
export { type Lesson, type LessonInput, LessonSchema } from './schema.ts';
export { type GridMat, type LessonWorld, LessonWorldSchema, toGridWorld } from './world.ts';
