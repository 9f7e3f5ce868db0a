/**
 * Evaluating expressions. Errors name the statement the expression belongs to (expressions have no
 * block id of their own in format v1).
 *
 *  - `+ - * /` on numbers; `%` is the floored modulo (the result has the sign of the divisor, as in
 *    Scratch: -1 % 3 = 2); dividing or taking the modulo by zero is RUN_DIVISION_BY_ZERO.
 *  - `< <= > >=` on numbers; `=` and `!=` on any values (values.ts: valuesEqual).
 *  - `and`, `or`, `not` on booleans; `and` and `or` stop at the first operand that decides.
 *  - `random`: a whole number between the bounds, both included (bounds rounded, in either order).
 *  - a variable read before any `set` is RUN_UNKNOWN_VARIABLE.
 *  - `timer_s` is the seconds since the program started, from the clock; other sensors are read from
 *    the robot, each read a robot call (so its failure is reported on the block).
 */
import { opName } from '../block-names.ts';
import type { Expr, Statement } from '../schema.ts';
import type { RunContext } from './context.ts';
import { blockError, robotCall, toBoolean, toNumber } from './runtime-errors.ts';
import { randomInteger, type Value, valuesEqual } from './values.ts';

/**
 * Whether evaluating `expr` needs the robot (reads a sensor other than `timer_s`). Expressions that do
 * not are evaluated synchronously: a loop of calculations then costs no promise per operation, which
 * keeps long runs on the virtual clock fast. Expressions are small (40 levels at most), so this walk is
 * not worth caching.
 */
function needsRobot(expr: Expr): boolean {
  if (typeof expr !== 'object') return false;
  if ('var' in expr) return false;
  if ('sensor' in expr) return expr.sensor !== 'timer_s';
  if ('random' in expr) return needsRobot(expr.random[0]) || needsRobot(expr.random[1]);
  if (expr.op === 'not') return needsRobot(expr.a);
  return needsRobot(expr.a) || needsRobot(expr.b);
}

/** The value of `expr`; a promise only when it reads the robot's sensors. */
export function evaluate(expr: Expr, statement: Statement, ctx: RunContext): Value | Promise<Value> {
  return needsRobot(expr) ? evaluateWithRobot(expr, statement, ctx) : evaluateNow(expr, statement, ctx);
}

function readVariable(name: string, statement: Statement, ctx: RunContext): Value {
  const value = ctx.variables.get(name);
  if (value === undefined) {
    throw blockError('RUN_UNKNOWN_VARIABLE', statement, ctx, { name, setBlock: opName('set', ctx.lang) });
  }
  return value;
}

function timerSeconds(ctx: RunContext): number {
  return (ctx.clock.now() - ctx.startedAt) / 1000;
}

/** Evaluates an expression that does not read the robot. */
function evaluateNow(expr: Expr, statement: Statement, ctx: RunContext): Value {
  if (typeof expr !== 'object') return expr;
  if ('var' in expr) return readVariable(expr.var, statement, ctx);
  if ('sensor' in expr) {
    if (expr.sensor === 'timer_s') return timerSeconds(ctx);
    // needsRobot() sends every other sensor to evaluateWithRobot.
    throw blockError('RUN_INTERNAL', statement, ctx, { detail: `sensor ${expr.sensor} read synchronously` });
  }
  const now = (e: Expr) => evaluateNow(e, statement, ctx);
  if ('random' in expr) {
    const min = toNumber(now(expr.random[0]), statement, ctx);
    const max = toNumber(now(expr.random[1]), statement, ctx);
    return randomInteger(min, max, ctx.random);
  }
  if (expr.op === 'not') return !toBoolean(now(expr.a), statement, ctx);
  switch (expr.op) {
    case 'and':
      return toBoolean(now(expr.a), statement, ctx) && toBoolean(now(expr.b), statement, ctx);
    case 'or':
      return toBoolean(now(expr.a), statement, ctx) || toBoolean(now(expr.b), statement, ctx);
    case '=':
      return valuesEqual(now(expr.a), now(expr.b));
    case '!=':
      return !valuesEqual(now(expr.a), now(expr.b));
    default:
      return arithmetic(
        expr.op,
        toNumber(now(expr.a), statement, ctx),
        toNumber(now(expr.b), statement, ctx),
        statement,
        ctx,
      );
  }
}

/** Evaluates an expression that reads the robot's sensors, in order, left operand first. */
async function evaluateWithRobot(expr: Expr, statement: Statement, ctx: RunContext): Promise<Value> {
  if (typeof expr !== 'object') return expr;
  if ('var' in expr) return readVariable(expr.var, statement, ctx);
  if ('sensor' in expr) {
    if (expr.sensor === 'timer_s') return timerSeconds(ctx);
    const { sensor } = expr;
    return robotCall(statement, ctx, () => ctx.robot.readSensor(sensor, ctx.signal));
  }
  const later = (e: Expr) => evaluate(e, statement, ctx);
  if ('random' in expr) {
    const min = toNumber(await later(expr.random[0]), statement, ctx);
    const max = toNumber(await later(expr.random[1]), statement, ctx);
    return randomInteger(min, max, ctx.random);
  }
  if (expr.op === 'not') return !toBoolean(await later(expr.a), statement, ctx);
  switch (expr.op) {
    case 'and':
      return toBoolean(await later(expr.a), statement, ctx) && toBoolean(await later(expr.b), statement, ctx);
    case 'or':
      return toBoolean(await later(expr.a), statement, ctx) || toBoolean(await later(expr.b), statement, ctx);
    case '=':
      return valuesEqual(await later(expr.a), await later(expr.b));
    case '!=':
      return !valuesEqual(await later(expr.a), await later(expr.b));
    default: {
      const a = toNumber(await later(expr.a), statement, ctx);
      const b = toNumber(await later(expr.b), statement, ctx);
      return arithmetic(expr.op, a, b, statement, ctx);
    }
  }
}

type NumberOp = '+' | '-' | '*' | '/' | '%' | '<' | '<=' | '>' | '>=';

function arithmetic(op: NumberOp, a: number, b: number, statement: Statement, ctx: RunContext): Value {
  switch (op) {
    case '+':
      return a + b;
    case '-':
      return a - b;
    case '*':
      return a * b;
    case '/':
      if (b === 0) throw blockError('RUN_DIVISION_BY_ZERO', statement, ctx);
      return a / b;
    case '%':
      if (b === 0) throw blockError('RUN_DIVISION_BY_ZERO', statement, ctx);
      return ((a % b) + b) % b;
    case '<':
      return a < b;
    case '<=':
      return a <= b;
    case '>':
      return a > b;
    case '>=':
      return a >= b;
  }
}
