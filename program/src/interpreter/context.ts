/**
 * What every statement and expression of one run shares: the robot, the clock, the abort signal that
 * `stop` trips, the variables, the procedures, and the ways to report progress and reach other scripts.
 * `run.ts` builds one per run; nothing here is module-level state, so runs never share anything.
 */
import type { Language } from '../i18n.ts';
import type { Clock, Robot } from '../robot.ts';
import type { Procedure } from '../schema.ts';
import type { Value } from './values.ts';

export interface RunContext {
  readonly robot: Robot;
  readonly clock: Clock;
  /** Aborts when the run ends (stop, error, time limit); every robot call and sleep takes it. */
  readonly signal: AbortSignal;
  /** Global to the program, as in Scratch: every script reads and writes the same variables. */
  readonly variables: Map<string, Value>;
  readonly procedures: ReadonlyMap<string, Procedure>;
  /** Shortest turn of a loop or of a `wait_until` poll, in ms of the clock (the runaway guard). */
  readonly loopTickMs: number;
  /** Clock time when the program started, for `timer_s`. */
  readonly startedAt: number;
  /** Uniform in [0, 1), as Math.random. */
  readonly random: () => number;
  /** Language of the messages and of the words `display` shows (vrai/faux). */
  readonly lang: Language;
  /** Reports that a statement starts. Throws the abort reason once the run is ending. */
  step(blockId: string, scriptId: string): void;
  /** Reports text the robot shows. */
  output(text: string): void;
  /** Starts the `message` scripts of that name that are not already running. */
  broadcast(name: string): void;
  /** The `stop` statement: ends the whole run ('stopped'). */
  stopProgram(): void;
}
