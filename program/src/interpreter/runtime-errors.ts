/**
 * Errors raised while a program runs, always with the id and the pupil's name of the block running.
 *
 * A robot call that fails is reported on the block that made it: an `AtelierError` from the robot
 * keeps its code and gets the block's id if it had none; any other error becomes RUN_ROBOT_FAILED,
 * keeping the original as `cause`. Once the run is ending (stop, error, time limit), the rejection of
 * an aborted call is the abort reason and is passed through untouched: the run is already over.
 */
import { statementName } from '../block-names.ts';
import { AtelierError, type ErrorCode } from '../errors/index.ts';
import type { Params } from '../i18n.ts';
import type { Statement } from '../schema.ts';
import type { RunContext } from './context.ts';
import { displayText, type Value } from './values.ts';

export function blockError(
  code: ErrorCode,
  statement: Statement,
  ctx: RunContext,
  params: Params = {},
  cause?: unknown,
): AtelierError {
  return new AtelierError(code, {
    params: { block: statementName(statement, ctx.lang), ...params },
    blockId: statement.id,
    ...(cause === undefined ? {} : { cause }),
  });
}

export function robotFailure(error: unknown, statement: Statement, ctx: RunContext): unknown {
  if (ctx.signal.aborted) return error;
  if (error instanceof AtelierError) {
    return error.blockId === undefined
      ? new AtelierError(error.code, { params: error.params, blockId: statement.id, cause: error })
      : error;
  }
  const detail = error instanceof Error ? error.message : String(error);
  return blockError('RUN_ROBOT_FAILED', statement, ctx, { detail }, error);
}

/** Runs one call to the robot on behalf of `statement`, turning its failure into a coded error. */
export async function robotCall<T>(
  statement: Statement,
  ctx: RunContext,
  action: () => Promise<T>,
): Promise<T> {
  try {
    return await action();
  } catch (error) {
    throw robotFailure(error, statement, ctx);
  }
}

/** A finite number, or RUN_NOT_A_NUMBER on the block. */
export function toNumber(value: Value, statement: Statement, ctx: RunContext): number {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  throw blockError('RUN_NOT_A_NUMBER', statement, ctx, { value: displayText(value, ctx.lang) });
}

/** A boolean, or RUN_NOT_A_BOOLEAN on the block. */
export function toBoolean(value: Value, statement: Statement, ctx: RunContext): boolean {
  if (typeof value === 'boolean') return value;
  throw blockError('RUN_NOT_A_BOOLEAN', statement, ctx, { value: displayText(value, ctx.lang) });
}
