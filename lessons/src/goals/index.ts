/** The goal checkers: schema, the run in the simulator, the judge, and an attempt at a lesson. */
export { type AttemptLesson, type AttemptResult, checkAttempt } from './attempt.ts';
export { judgeGoal } from './judge.ts';
export { type RunError, type RunOutcome, runOnWorld } from './run.ts';
export { type Goal, type GoalKind, GoalSchema, goalLeaves, type SimpleGoal } from './schema.ts';
