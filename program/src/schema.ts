/**
 * The schema of program format v1 (../shared/spec/program-v1.md). Every boundary that receives a
 * program (editor before sending, bridge on receipt, CLI on load) checks it against these schemas; the
 * TypeScript types are inferred from them, except the two recursive ones (expressions and statements),
 * which are written out once here and tied to their schemas by `z.ZodType<…>`.
 *
 * The schemas only say what a well-formed document looks like. `validate.ts` turns their findings into
 * French messages that name the pupil's block, and adds the checks a schema cannot make (ids unique,
 * procedures that exist, no recursion, depth).
 */
import { z } from 'zod';
import {
  BINARY_OPS,
  BITMAP_PATTERN,
  BLOCK_ID_MAX,
  BUTTONS,
  COLOR_NAMES,
  IMAGES,
  LIGHT_TARGETS,
  MELODIES,
  NOTE_PATTERN,
  SENSORS,
} from './vocabulary.ts';

export const BlockIdSchema = z.string().min(1).max(BLOCK_ID_MAX);
/** Variable, procedure and message names: what a pupil types, so letters of any script are allowed. */
export const NameSchema = z.string().trim().min(1).max(40);

export const SensorSchema = z.enum(SENSORS);
export const BinaryOpSchema = z.enum(BINARY_OPS);
export const ColorSchema = z.union([z.enum(COLOR_NAMES), z.string().regex(/^#[0-9a-fA-F]{6}$/)]);
export const NoteSchema = z.union([z.literal('rest'), z.string().regex(NOTE_PATTERN)]);
export const ImageSchema = z.union([z.enum(IMAGES), z.string().regex(BITMAP_PATTERN)]);

// ── Expressions ────────────────────────────────────────────────────────────────────────────────

export type VarRef = { var: string };
export type SensorRef = { sensor: z.infer<typeof SensorSchema> };
export type BinaryExpr = { op: z.infer<typeof BinaryOpSchema>; a: Expr; b: Expr };
export type NotExpr = { op: 'not'; a: Expr };
export type RandomExpr = { random: [Expr, Expr] };
export type Expr = number | boolean | string | VarRef | SensorRef | BinaryExpr | NotExpr | RandomExpr;

export const VarRefSchema = z.strictObject({ var: NameSchema });
export const SensorRefSchema = z.strictObject({ sensor: SensorSchema });

export const ExprSchema: z.ZodType<Expr> = z.lazy(() =>
  z.union([
    z.number().finite(),
    z.boolean(),
    z.string().max(200),
    VarRefSchema,
    SensorRefSchema,
    z.strictObject({ op: z.literal('not'), a: ExprSchema }),
    z.strictObject({ op: BinaryOpSchema, a: ExprSchema, b: ExprSchema }),
    z.strictObject({ random: z.tuple([ExprSchema, ExprSchema]) }),
  ]),
);

// ── Statements ─────────────────────────────────────────────────────────────────────────────────

type Id = { id: string };
export type MoveStatement = Id & { op: 'move'; direction: 'forward' | 'backward' } & (
    | { steps: Expr; cm?: never }
    | { cm: Expr; steps?: never }
  );
export type TurnStatement = Id & { op: 'turn'; direction: 'left' | 'right'; degrees?: Expr };
export type MotorsStatement = Id & { op: 'motors'; left: Expr; right: Expr };
export type StopMotorsStatement = Id & { op: 'stop_motors' };
export type WaitStatement = Id & { op: 'wait'; seconds: Expr };
export type WaitUntilStatement = Id & { op: 'wait_until'; cond: Expr };
export type RepeatStatement = Id & { op: 'repeat'; times: Expr; do: Statement[] };
export type ForeverStatement = Id & { op: 'forever'; do: Statement[] };
export type WhileStatement = Id & { op: 'while'; cond: Expr; do: Statement[] };
export type UntilStatement = Id & { op: 'until'; cond: Expr; do: Statement[] };
export type IfStatement = Id & { op: 'if'; cond: Expr; then: Statement[]; else?: Statement[] };
export type LightStatement = Id & {
  op: 'light';
  color: z.infer<typeof ColorSchema>;
  target?: (typeof LIGHT_TARGETS)[number];
};
export type SoundStatement = Id & { op: 'sound'; note: z.infer<typeof NoteSchema>; beats: Expr };
export type MelodyStatement = Id & { op: 'melody'; name: (typeof MELODIES)[number] };
export type DisplayStatement = Id & { op: 'display' } & (
    | { image: z.infer<typeof ImageSchema>; text?: never }
    | { text: Expr; image?: never }
  );
export type ClearDisplayStatement = Id & { op: 'clear_display' };
export type SetStatement = Id & { op: 'set'; var: string; value: Expr };
export type ChangeStatement = Id & { op: 'change'; var: string; by: Expr };
export type BroadcastStatement = Id & { op: 'broadcast'; name: string };
export type CallStatement = Id & { op: 'call'; name: string };
export type StopStatement = Id & { op: 'stop' };

export type Statement =
  | MoveStatement
  | TurnStatement
  | MotorsStatement
  | StopMotorsStatement
  | WaitStatement
  | WaitUntilStatement
  | RepeatStatement
  | ForeverStatement
  | WhileStatement
  | UntilStatement
  | IfStatement
  | LightStatement
  | SoundStatement
  | MelodyStatement
  | DisplayStatement
  | ClearDisplayStatement
  | SetStatement
  | ChangeStatement
  | BroadcastStatement
  | CallStatement
  | StopStatement;

const stmt = <Op extends string, Shape extends z.ZodRawShape>(op: Op, shape: Shape) =>
  z.strictObject({ id: BlockIdSchema, op: z.literal(op), ...shape });

/**
 * A statement that takes one of two fields (`move`: `steps` or `cm`; `display`: `image` or `text`)
 * must have exactly one. The issue carries `params.rule = 'exactly_one'` and both field names, which
 * `validate.ts` turns into a message.
 */
const exactlyOne =
  (first: string, second: string) =>
  (ctx: z.core.ParsePayload<Record<string, unknown>>): void => {
    const count = Number(ctx.value[first] !== undefined) + Number(ctx.value[second] !== undefined);
    if (count !== 1) {
      ctx.issues.push({
        code: 'custom',
        input: ctx.value,
        message: `exactly one of ${first}, ${second}`,
        params: { rule: 'exactly_one', fields: [first, second] },
      });
    }
  };

const Body = z.lazy(() => z.array(StatementSchema));

export const StatementSchema: z.ZodType<Statement> = z.lazy(() =>
  z.discriminatedUnion('op', [
    stmt('move', {
      direction: z.enum(['forward', 'backward']),
      steps: ExprSchema.exactOptional(),
      cm: ExprSchema.exactOptional(),
    }).check(exactlyOne('steps', 'cm')),
    stmt('turn', { direction: z.enum(['left', 'right']), degrees: ExprSchema.exactOptional() }),
    stmt('motors', { left: ExprSchema, right: ExprSchema }),
    stmt('stop_motors', {}),
    stmt('wait', { seconds: ExprSchema }),
    stmt('wait_until', { cond: ExprSchema }),
    stmt('repeat', { times: ExprSchema, do: Body }),
    stmt('forever', { do: Body }),
    stmt('while', { cond: ExprSchema, do: Body }),
    stmt('until', { cond: ExprSchema, do: Body }),
    // `then` is the format's own field name (spec v1). It makes an `if` statement look like a thenable:
    // never `await` a statement or return one from an async function.
    // biome-ignore lint/suspicious/noThenProperty: fixed by program format v1
    stmt('if', { cond: ExprSchema, then: Body, else: Body.exactOptional() }),
    stmt('light', { color: ColorSchema, target: z.enum(LIGHT_TARGETS).exactOptional() }),
    stmt('sound', { note: NoteSchema, beats: ExprSchema }),
    stmt('melody', { name: z.enum(MELODIES) }),
    stmt('display', { image: ImageSchema.exactOptional(), text: ExprSchema.exactOptional() }).check(
      exactlyOne('image', 'text'),
    ),
    stmt('clear_display', {}),
    stmt('set', { var: NameSchema, value: ExprSchema }),
    stmt('change', { var: NameSchema, by: ExprSchema }),
    stmt('broadcast', { name: NameSchema }),
    stmt('call', { name: NameSchema }),
    stmt('stop', {}),
  ]),
) as z.ZodType<Statement>;

// ── Events and document ────────────────────────────────────────────────────────────────────────

export const WhenSchema = z.discriminatedUnion('event', [
  z.strictObject({ event: z.literal('start') }),
  z.strictObject({ event: z.literal('button'), button: z.enum(BUTTONS) }),
  z.strictObject({ event: z.literal('obstacle') }),
  z.strictObject({ event: z.literal('clap') }),
  z.strictObject({ event: z.literal('tilt') }),
  z.strictObject({ event: z.literal('message'), name: NameSchema }),
]);
export type When = z.infer<typeof WhenSchema>;

export const ScriptSchema = z.strictObject({
  id: BlockIdSchema,
  when: WhenSchema,
  do: z.array(StatementSchema),
});
export type Script = z.infer<typeof ScriptSchema>;

export const ProcedureSchema = z.strictObject({
  name: NameSchema,
  /** The editor's block id of the procedure's definition, so errors can point at it. */
  id: BlockIdSchema.exactOptional(),
  do: z.array(StatementSchema),
});
export type Procedure = z.infer<typeof ProcedureSchema>;

export const PROGRAM_FORMAT = 'atelier.program';
export const PROGRAM_VERSION = 1;

export const ProgramSchema = z.strictObject({
  format: z.literal(PROGRAM_FORMAT),
  version: z.literal(PROGRAM_VERSION),
  scripts: z.array(ScriptSchema).min(1),
  procedures: z.array(ProcedureSchema).exactOptional(),
});
export type Program = z.infer<typeof ProgramSchema>;
