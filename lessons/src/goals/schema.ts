/**
 * What a pupil's program must achieve, as data the simulator can check (judge.ts). A discriminated
 * union on `kind`; `all_of` combines goals, every one of which must hold, and `any_of` offers
 * several, one of which must hold.
 *
 * Every goal is judged on the end of the run: the robot's final state, the trail of every cell it stood
 * on (its start cell first), the sounds it played, and how the run ended. A run that ended on an error
 * (a bump against an obstacle or the edge of the mat, a block the robot cannot do) fails every goal:
 * the pupil sees the error first.
 */
import { z } from 'zod';
import { ColorSchema, ImageSchema, NoteSchema } from '../../../program/src/schema.ts';
import { MELODIES } from '../../../program/src/vocabulary.ts';
import { CellSchema, HeadingSchema } from '../../../simulator/src/grid/state.ts';

const cells = z.array(CellSchema).min(1);

/** The robot ends on this cell. */
export const ReachGoalSchema = z.strictObject({ kind: z.literal('reach'), cell: CellSchema });
/** The robot stands on each of these cells at some time, in this order when `inOrder`. */
export const VisitGoalSchema = z.strictObject({
  kind: z.literal('visit'),
  cells,
  inOrder: z.boolean().default(true),
});
/** The robot never stands on any of these cells. Alone it is met by doing nothing: combine it. */
export const AvoidGoalSchema = z.strictObject({ kind: z.literal('avoid'), cells });
/** The robot ends looking this way. */
export const FacingGoalSchema = z.strictObject({ kind: z.literal('facing'), heading: HeadingSchema });
/**
 * The robot draws a shape: its trail is exactly `cells` (`sequence`: the same cells in the same order,
 * start cell included), or covers exactly the cells of `cells` in any order (`set`).
 */
export const DrawGoalSchema = z.strictObject({
  kind: z.literal('draw'),
  cells,
  match: z.enum(['sequence', 'set']),
});
/** The robot's light ends this colour. */
export const LightGoalSchema = z.strictObject({ kind: z.literal('light'), color: ColorSchema });
/** The display ends showing this image (a name or a 5×5 bitmap) or this text. */
export const ShowGoalSchema = z.union([
  z.strictObject({ kind: z.literal('show'), image: ImageSchema }),
  z.strictObject({ kind: z.literal('show'), text: z.string().min(1).max(200) }),
]);
/** The robot plays this stored tune at some time. */
export const MelodyGoalSchema = z.strictObject({ kind: z.literal('melody'), name: z.enum(MELODIES) });
/** The notes the robot plays (silences and stored tunes left out) are exactly these, in this order. */
export const NotesGoalSchema = z.strictObject({
  kind: z.literal('notes'),
  notes: z.array(NoteSchema.refine((note) => note !== 'rest', 'a note, not a silence')).min(1),
});
/** The robot ends just in front of an obstacle or the edge of the mat, without having bumped. */
export const StopBeforeWallGoalSchema = z.strictObject({ kind: z.literal('stop_before_wall') });

export type ReachGoal = z.infer<typeof ReachGoalSchema>;
export type VisitGoal = z.infer<typeof VisitGoalSchema>;
export type AvoidGoal = z.infer<typeof AvoidGoalSchema>;
export type FacingGoal = z.infer<typeof FacingGoalSchema>;
export type DrawGoal = z.infer<typeof DrawGoalSchema>;
export type LightGoal = z.infer<typeof LightGoalSchema>;
export type ShowGoal = z.infer<typeof ShowGoalSchema>;
export type MelodyGoal = z.infer<typeof MelodyGoalSchema>;
export type NotesGoal = z.infer<typeof NotesGoalSchema>;
export type StopBeforeWallGoal = z.infer<typeof StopBeforeWallGoalSchema>;

export type SimpleGoal =
  | ReachGoal
  | VisitGoal
  | AvoidGoal
  | FacingGoal
  | DrawGoal
  | LightGoal
  | ShowGoal
  | MelodyGoal
  | NotesGoal
  | StopBeforeWallGoal;
export type AllOfGoal = { kind: 'all_of'; goals: Goal[] };
/** At least one of the goals holds (a game whose outcome is drawn at random). */
export type AnyOfGoal = { kind: 'any_of'; goals: Goal[] };
export type Goal = SimpleGoal | AllOfGoal | AnyOfGoal;
export type GoalKind = Goal['kind'];

/** Goals nest at most this deep: a lesson combines a few goals, never a tree. */
export const MAX_GOAL_DEPTH = 4;

export const GoalSchema: z.ZodType<Goal> = z.lazy(() =>
  z.union([
    ReachGoalSchema,
    VisitGoalSchema,
    AvoidGoalSchema,
    FacingGoalSchema,
    DrawGoalSchema,
    LightGoalSchema,
    ShowGoalSchema,
    MelodyGoalSchema,
    NotesGoalSchema,
    StopBeforeWallGoalSchema,
    z.strictObject({ kind: z.literal('all_of'), goals: z.array(GoalSchema).min(2).max(8) }),
    z.strictObject({ kind: z.literal('any_of'), goals: z.array(GoalSchema).min(2).max(8) }),
  ]),
) as z.ZodType<Goal>;

/** The goal and every goal inside it, depth first. */
export function* goalLeaves(goal: Goal): Generator<SimpleGoal> {
  if (goal.kind === 'all_of' || goal.kind === 'any_of')
    for (const inner of goal.goals) yield* goalLeaves(inner);
  else yield goal;
}

export function goalDepth(goal: Goal): number {
  return goal.kind === 'all_of' || goal.kind === 'any_of' ? 1 + Math.max(...goal.goals.map(goalDepth)) : 1;
}
