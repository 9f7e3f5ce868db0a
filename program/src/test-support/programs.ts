/**
 * Builders for programs in tests, and a runner on the virtual clock with a recording robot. Programs
 * built here are checked by `validateProgram` first, so a test never runs a program the validator
 * would refuse without noticing.
 */
import { VirtualClock } from '../clock.ts';
import { type RunOptions, startProgram } from '../interpreter/index.ts';
import type { RunEndReason, RunEvent } from '../run-events.ts';
import type { Expr, IfStatement, Procedure, Program, Script, Statement, When } from '../schema.ts';
import { validateProgram } from '../validate.ts';
import { RecordingRobot } from './recording-robot.ts';

export function script(when: When, body: Statement[], id: string): Script {
  return { id, when, do: body };
}

export function program(scripts: Script[], procedures?: Procedure[]): Program {
  return procedures === undefined
    ? { format: 'atelier.program', version: 1, scripts }
    : { format: 'atelier.program', version: 1, scripts, procedures };
}

/** One `start` script with these statements. */
export function onStart(...body: Statement[]): Program {
  return program([script({ event: 'start' }, body, 's1')]);
}

/**
 * An `if` block. Its `then` field (the format's name) makes every `if` statement a thenable: code must
 * never `await` a statement or resolve a promise with one. Tests build `if` blocks here, so the lint
 * rule against such objects is silenced in one place.
 */
export function ifBlock(id: string, cond: Expr, thenBody: Statement[], elseBody?: Statement[]): IfStatement {
  // biome-ignore lint/suspicious/noThenProperty: `then` is the field name of program format v1.
  const block: IfStatement = { id, op: 'if', cond, then: thenBody };
  return elseBody === undefined ? block : { ...block, else: elseBody };
}

/** An `if` block as raw data, possibly invalid, for the validator's tests. */
export function rawIf(fields: Record<string, unknown>, thenBody: unknown[] = []): Record<string, unknown> {
  // biome-ignore lint/suspicious/noThenProperty: `then` is the field name of program format v1.
  return { op: 'if', ...fields, then: thenBody };
}

/** A program as raw JSON-like data, for the validator's tests. */
export function rawProgram(body: unknown[], extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    format: 'atelier.program',
    version: 1,
    scripts: [{ id: 's1', when: { event: 'start' }, do: body }],
    ...extra,
  };
}

export function validated(p: Program): Program {
  const result = validateProgram(p);
  if (!result.ok) throw new Error(`test program is invalid: ${JSON.stringify(result.problems, null, 2)}`);
  return result.program;
}

export interface VirtualRun {
  reason: RunEndReason;
  events: RunEvent[];
  robot: RecordingRobot;
  clock: VirtualClock;
  /** Block ids of the `step` events, in order. */
  steps: string[];
  /** The `error` events. */
  errors: Array<Extract<RunEvent, { event: 'error' }>>;
}

/**
 * Runs `p` on a virtual clock until it ends or `limitMs` of virtual time pass (then it is stopped).
 * `makeRobot` builds the robot (a plain RecordingRobot by default) and may set its sensors.
 */
export async function runVirtual(
  p: Program,
  options: Partial<Omit<RunOptions, 'robot' | 'clock' | 'onEvent'>> & { limitMs?: number } = {},
  makeRobot: (clock: VirtualClock) => RecordingRobot = (clock) => new RecordingRobot(clock),
): Promise<VirtualRun> {
  const clock = new VirtualClock();
  const robot = makeRobot(clock);
  const events: RunEvent[] = [];
  const { limitMs = 3_600_000, ...runOptions } = options;
  const handle = startProgram(validated(p), { ...runOptions, robot, clock, onEvent: (e) => events.push(e) });
  const outcome = await clock.advanceUntil(handle.done, limitMs);
  if (outcome === 'limit') handle.stop();
  const reason = await handle.done;
  return {
    reason,
    events,
    robot,
    clock,
    steps: events.flatMap((e) => (e.event === 'step' ? [e.blockId] : [])),
    errors: events.flatMap((e) => (e.event === 'error' ? [e] : [])),
  };
}

/** The example of the format's specification: a square, then a green light and a happy tune. */
export const SPEC_SQUARE = rawProgram([
  {
    id: 'b1',
    op: 'repeat',
    times: 4,
    do: [
      { id: 'b2', op: 'move', direction: 'forward', steps: 1 },
      { id: 'b3', op: 'turn', direction: 'right' },
    ],
  },
  { id: 'b4', op: 'light', color: 'green' },
  { id: 'b5', op: 'melody', name: 'happy' },
]);
