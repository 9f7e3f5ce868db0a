/**
 * Running statements. Each statement reports `step` (its block id, its script) before it runs.
 *
 * Statements that do not wait (`set`, `change`, `if`, `broadcast`, `call` and `stop` with nothing that
 * waits inside) run synchronously and return undefined; the others return a promise. A body runs
 * synchronously up to its first statement that waits. This keeps a loop of calculations from costing a
 * promise per block, which is most of the time of a long run on the virtual clock. A script still only
 * lets others run at its waits and at the end of each loop turn, as a Scratch script does.
 *
 * The runaway guard: a turn of `repeat`, `forever`, `while` or `until`, and a poll of `wait_until`,
 * lasts at least `loopTickMs` of clock time; one that took less (a loop with no wait, or only instant
 * blocks) sleeps the rest. So `forever` with nothing inside never freezes the process on a real clock
 * (each turn gives the event loop back through a timer) and moves a virtual clock on. "The rest" rather
 * than "a whole tick when the clock did not move" because a real clock always moves a little.
 *
 * Decisions (docs/program-semantics.md has them all):
 *  - `repeat` rounds its count to the nearest whole number (as Scratch); negative, or over MAX_REPEAT,
 *    is RUN_BAD_REPEAT_COUNT (a count that is not a number is RUN_NOT_A_NUMBER).
 *  - `wait` with a negative duration waits 0 s; `sound` with negative beats is RUN_BAD_BEATS.
 *  - `motors` speeds are clamped to −100…100; `turn` is 90° when `degrees` is left out.
 *  - `move` passes its distance as written (`{ steps }` or `{ cm }`); the robot converts.
 *  - `change` on a variable never set is RUN_UNKNOWN_VARIABLE (it reads it), on a text RUN_NOT_A_NUMBER.
 *  - `display` of a value shows it as text (numbers without a trailing .0) and reports it as `output`.
 *  - `call` runs the procedure's blocks in the calling script (its steps carry the caller's script id).
 */
import { DEFAULT_LIGHT_TARGET, DEFAULT_TURN_DEGREES } from '../format-defaults.ts';
import type { Expr, Statement } from '../schema.ts';
import { COLOR_HEX, COLOR_NAMES, type ColorName } from '../vocabulary.ts';
import type { RunContext } from './context.ts';
import { evaluate } from './expressions.ts';
import { blockError, robotCall, toBoolean, toNumber } from './runtime-errors.ts';
import { displayText, formatNumber, type Value } from './values.ts';

/** Most turns a `repeat` may make. */
export const MAX_REPEAT = 10_000;

/** A result now, or a promise of it when getting it meant waiting. */
type Maybe<T> = T | Promise<T>;

function then<T, R>(value: Maybe<T>, next: (value: T) => Maybe<R>): Maybe<R> {
  return value instanceof Promise ? value.then(next) : next(value);
}

const NAMED_COLORS: ReadonlySet<string> = new Set(COLOR_NAMES);

function isColorName(color: string): color is ColorName {
  return NAMED_COLORS.has(color);
}

/** Runs a list of statements in order; a promise only if one of them had to wait. */
export function runBody(body: readonly Statement[], ctx: RunContext, scriptId: string): Maybe<void> {
  return runFrom(body, 0, ctx, scriptId);
}

function runFrom(body: readonly Statement[], from: number, ctx: RunContext, scriptId: string): Maybe<void> {
  for (let i = from; i < body.length; i += 1) {
    const statement = body[i];
    if (statement === undefined) continue;
    const pending = runStatement(statement, ctx, scriptId);
    if (pending instanceof Promise) return pending.then(() => runFrom(body, i + 1, ctx, scriptId));
  }
  return undefined;
}

function number(expr: Expr, statement: Statement, ctx: RunContext): Maybe<number> {
  return then(evaluate(expr, statement, ctx), (value: Value) => toNumber(value, statement, ctx));
}

function condition(expr: Expr, statement: Statement, ctx: RunContext): Maybe<boolean> {
  return then(evaluate(expr, statement, ctx), (value: Value) => toBoolean(value, statement, ctx));
}

/** Runs one statement; returns a promise only when it has to wait. */
export function runStatement(statement: Statement, ctx: RunContext, scriptId: string): Maybe<void> {
  ctx.step(statement.id, scriptId);
  switch (statement.op) {
    case 'if':
      return then(condition(statement.cond, statement, ctx), (holds): Maybe<void> => {
        if (holds) return runBody(statement.then, ctx, scriptId);
        return statement.else === undefined ? undefined : runBody(statement.else, ctx, scriptId);
      });
    case 'set':
      return then(evaluate(statement.value, statement, ctx), (value) => {
        ctx.variables.set(statement.var, value);
      });
    case 'change':
      return then(number(statement.by, statement, ctx), (by) =>
        then(number({ var: statement.var }, statement, ctx), (current) => {
          ctx.variables.set(statement.var, current + by);
        }),
      );
    case 'broadcast':
      ctx.broadcast(statement.name);
      return undefined;
    case 'call': {
      const procedure = ctx.procedures.get(statement.name);
      if (procedure === undefined) {
        // The validator refuses calls to unknown procedures; reaching this is a bug, reported as such.
        throw blockError('RUN_INTERNAL', statement, ctx, {
          detail: `procedure « ${statement.name} » missing`,
        });
      }
      return runBody(procedure.do, ctx, scriptId);
    }
    case 'stop':
      ctx.stopProgram();
      throw ctx.signal.reason;
    default:
      return runWaiting(statement, ctx, scriptId);
  }
}

/** Sleeps what is left of one loop tick since `turnStart` (clock time). */
function endOfTurn(turnStart: number, ctx: RunContext): Maybe<void> {
  const elapsed = ctx.clock.now() - turnStart;
  return elapsed < ctx.loopTickMs ? ctx.clock.sleep(ctx.loopTickMs - elapsed, ctx.signal) : undefined;
}

/** One turn of a loop: its body, then the runaway guard. */
function loopTurn(body: readonly Statement[], ctx: RunContext, scriptId: string): Maybe<void> {
  const turnStart = ctx.clock.now();
  return then(runBody(body, ctx, scriptId), () => endOfTurn(turnStart, ctx));
}

/** Statements that may run without waiting; runStatement handles them. */
type InstantStatement = Extract<Statement, { op: 'if' | 'set' | 'change' | 'broadcast' | 'call' | 'stop' }>;

/** The statements that wait: robot actions, sleeps and loops. */
async function runWaiting(
  statement: Exclude<Statement, InstantStatement>,
  ctx: RunContext,
  scriptId: string,
): Promise<void> {
  const { robot, signal } = ctx;
  switch (statement.op) {
    case 'move': {
      const distance =
        statement.steps !== undefined
          ? { steps: await number(statement.steps, statement, ctx) }
          : { cm: await number(statement.cm, statement, ctx) };
      await robotCall(statement, ctx, () => robot.move(statement.direction, distance, signal));
      return;
    }
    case 'turn': {
      const degrees =
        statement.degrees === undefined
          ? DEFAULT_TURN_DEGREES
          : await number(statement.degrees, statement, ctx);
      await robotCall(statement, ctx, () => robot.turn(statement.direction, degrees, signal));
      return;
    }
    case 'motors': {
      const left = clampSpeed(await number(statement.left, statement, ctx));
      const right = clampSpeed(await number(statement.right, statement, ctx));
      await robotCall(statement, ctx, () => robot.setMotors(left, right, signal));
      return;
    }
    case 'stop_motors':
      await robotCall(statement, ctx, () => robot.stopMotors());
      return;
    case 'wait': {
      const seconds = await number(statement.seconds, statement, ctx);
      await ctx.clock.sleep(Math.max(0, seconds * 1000), signal);
      return;
    }
    case 'wait_until':
      for (;;) {
        const turnStart = ctx.clock.now();
        if (await condition(statement.cond, statement, ctx)) return;
        await endOfTurn(turnStart, ctx);
      }
    case 'repeat': {
      const times = await number(statement.times, statement, ctx);
      const count = Math.round(times);
      if (!(count >= 0 && count <= MAX_REPEAT)) {
        throw blockError('RUN_BAD_REPEAT_COUNT', statement, ctx, {
          value: formatNumber(times),
          max: MAX_REPEAT,
        });
      }
      for (let i = 0; i < count; i += 1) await loopTurn(statement.do, ctx, scriptId);
      return;
    }
    case 'forever':
      for (;;) await loopTurn(statement.do, ctx, scriptId);
    case 'while':
    case 'until':
      for (;;) {
        const turnStart = ctx.clock.now();
        const holds = await condition(statement.cond, statement, ctx);
        if (holds !== (statement.op === 'while')) return;
        await runBody(statement.do, ctx, scriptId);
        await endOfTurn(turnStart, ctx);
      }
    case 'light': {
      const { color } = statement;
      const hex = isColorName(color) ? COLOR_HEX[color] : color.toLowerCase();
      await robotCall(statement, ctx, () =>
        robot.setLight(hex, statement.target ?? DEFAULT_LIGHT_TARGET, signal),
      );
      return;
    }
    case 'sound': {
      const beats = await number(statement.beats, statement, ctx);
      if (beats < 0) throw blockError('RUN_BAD_BEATS', statement, ctx, { value: formatNumber(beats) });
      await robotCall(statement, ctx, () => robot.playNote(statement.note, beats, signal));
      return;
    }
    case 'melody':
      await robotCall(statement, ctx, () => robot.playMelody(statement.name, signal));
      return;
    case 'display': {
      if (statement.image !== undefined) {
        const { image } = statement;
        await robotCall(statement, ctx, () => robot.showImage(image, signal));
        return;
      }
      const text = displayText(await evaluate(statement.text, statement, ctx), ctx.lang);
      ctx.output(text);
      await robotCall(statement, ctx, () => robot.showText(text, signal));
      return;
    }
    case 'clear_display':
      await robotCall(statement, ctx, () => robot.clearDisplay(signal));
      return;
    default: {
      // Fails to compile when a statement of the format is handled nowhere.
      const unhandled: never = statement;
      throw blockError('RUN_INTERNAL', unhandled, ctx, { detail: 'unknown statement' });
    }
  }
}

function clampSpeed(percent: number): number {
  return Math.max(-100, Math.min(100, percent));
}
