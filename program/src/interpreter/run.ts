/**
 * Runs a program against any `Robot`, on any `Clock` — the simulator, the bridge's streamed robots and
 * `atelier run` all use this one interpreter. docs/program-semantics.md tells the same in prose.
 *
 * Life of a run:
 *  - every `start` script starts at once (synchronously, inside `startProgram`: the first `step`
 *    events are emitted before it returns) and all scripts run concurrently, as async functions that
 *    interleave at their waits; each statement emits `step` before it runs;
 *  - a script for an event (`button`, `obstacle`, `clap`, `tilt`, `message`) starts when its event comes;
 *    an event for a script that is already running is ignored (Scratch would restart it; a robot must
 *    not jerk back to the start of a move). A `broadcast` starts its `message` scripts at once and goes
 *    on without waiting for them;
 *  - events come from `handle.input()`, the robot's `onInput` when it has one, and otherwise from
 *    polling its sensors (events.ts);
 *  - the run ends, exactly once, by the first of:
 *      · 'finished': no script is running and none waits for a robot event (a program with a `button`,
 *        `obstacle`, `clap` or `tilt` script keeps listening until stopped or out of time) →
 *        `robot.stopMotors()` (lights and display keep their last state);
 *      · 'stopped': `handle.stop()` or a `stop` statement → every script is aborted at once through the
 *        AbortSignal all robot calls and sleeps take, then `robot.halt()`;
 *      · 'error': a runtime error → an `error` event naming the block, then as stopped;
 *      · 'time_limit': `timeLimitMs` of clock time since the start → as stopped;
 *    and `done` (the promise and the event) comes last, after the robot has been made safe. If that last
 *    `stopMotors`/`halt` fails, an `error` event (RUN_HALT_FAILED) says so and the reason is 'error'.
 *  - after the end nothing more is emitted: a script that wakes up finds the signal aborted and stops;
 *    an error a script meets after the end is a consequence of the abort and is not reported.
 *
 * Errors thrown by `onEvent` are not the program's: they are rethrown asynchronously (reported by the
 * host as uncaught), never turned into a program error and never allowed to stop the run's bookkeeping.
 */
import { eventName } from '../block-names.ts';
import { AtelierError } from '../errors/index.ts';
import { DEFAULT_LANGUAGE, type Language } from '../i18n.ts';
import type { Clock, Robot, RobotInput } from '../robot.ts';
import type { RunEndReason, RunEvent } from '../run-events.ts';
import type { Program, Script, When } from '../schema.ts';
import type { RunContext } from './context.ts';
import { EdgeDetector, inputStarts, isRobotEvent, type SensorWatch, sensorWatches } from './events.ts';
import { runBody } from './statements.ts';

/** Default shortest loop turn, in ms: the runaway guard's tick and the sensor polling period. */
export const DEFAULT_LOOP_TICK_MS = 10;

export interface RunOptions {
  robot: Robot;
  clock: Clock;
  /** Every event of the run, in order; `done` is always the last one. */
  onEvent: (e: RunEvent) => void;
  /**
   * The profile's step length in cm. Distances reach the robot as the program wrote them (`{ steps }`
   * or `{ cm }`) and the robot converts, so the interpreter only carries it for the robot's drivers'
   * sake; it does not change how a program runs.
   */
  stepCm?: number;
  /** Shortest turn of a loop or of a `wait_until` poll, and the sensor polling period; default 10 ms. */
  loopTickMs?: number;
  /** End the run ('time_limit') after this much clock time; no limit by default. */
  timeLimitMs?: number;
  /** Source of `random`, uniform in [0, 1); Math.random by default. Tests pass a seeded one. */
  random?: () => number;
  /** Language of error messages and of displayed booleans; French by default. */
  lang?: Language;
}

export interface RunHandle {
  /** Resolves once, when the robot has been made safe after the end; never rejects. */
  readonly done: Promise<RunEndReason>;
  /** Stops every script at once; does nothing once the run has ended. */
  stop(): void;
  /** An event from outside (the editor's buttons, a bridge that listens to the robot). */
  input(i: RobotInput): void;
}

export function startProgram(program: Program, options: RunOptions): RunHandle {
  const { robot, clock } = options;
  const loopTickMs = options.loopTickMs ?? DEFAULT_LOOP_TICK_MS;
  if (!(Number.isFinite(loopTickMs) && loopTickMs > 0)) {
    throw new RangeError(`loopTickMs must be a positive number of milliseconds, got ${loopTickMs}`);
  }
  const lang = options.lang ?? DEFAULT_LANGUAGE;
  const controller = new AbortController();
  const { signal } = controller;
  const running = new Set<string>();
  const listening = program.scripts.some((script) => isRobotEvent(script.when));
  let ending = false;

  let resolveDone: (reason: RunEndReason) => void = () => {};
  const done = new Promise<RunEndReason>((resolve) => {
    resolveDone = resolve;
  });

  const deliver = (event: RunEvent): void => {
    try {
      options.onEvent(event);
    } catch (listenerError) {
      queueMicrotask(() => {
        throw listenerError;
      });
    }
  };

  const errorEvent = (error: AtelierError): RunEvent =>
    error.blockId === undefined
      ? { event: 'error', code: error.code, message: error.messageIn(lang) }
      : { event: 'error', code: error.code, message: error.messageIn(lang), blockId: error.blockId };

  let unsubscribe: (() => void) | undefined;

  const settle = async (reason: RunEndReason): Promise<void> => {
    let final = reason;
    try {
      if (reason === 'finished') await robot.stopMotors();
      else await robot.halt();
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      deliver(errorEvent(new AtelierError('RUN_HALT_FAILED', { params: { detail }, cause: error })));
      final = 'error';
    }
    deliver({ event: 'done', reason: final });
    resolveDone(final);
  };

  const finish = (reason: RunEndReason, error?: AtelierError): void => {
    if (ending) return;
    ending = true;
    if (error !== undefined) deliver(errorEvent(error));
    controller.abort(new AtelierError('RUN_STOPPED'));
    unsubscribe?.();
    void settle(reason);
  };

  /** Any error that is not already coded is a bug of ours, reported on the script's hat block. */
  const fail = (error: unknown, script: Script): void => {
    finish(
      'error',
      error instanceof AtelierError
        ? error
        : new AtelierError('RUN_INTERNAL', {
            params: {
              block: eventName(script.when.event, lang),
              detail: error instanceof Error ? error.message : String(error),
            },
            blockId: script.id,
            cause: error,
          }),
    );
  };

  const runScript = async (script: Script): Promise<void> => {
    running.add(script.id);
    try {
      await runBody(script.do, ctx, script.id);
    } catch (error) {
      // Once the run is ending, every script unwinds with the abort reason (or an error it caused).
      if (!ending) fail(error, script);
    } finally {
      running.delete(script.id);
      if (!ending && running.size === 0 && !listening) finish('finished');
    }
  };

  /** Starts every script `when` selects that is not already running (running ones ignore the event). */
  const trigger = (selects: (when: When) => boolean): void => {
    if (ending) return;
    for (const script of program.scripts) {
      if (selects(script.when) && !running.has(script.id)) void runScript(script);
    }
  };

  const onInput = (input: RobotInput): void => trigger((when) => inputStarts(when, input));

  const ctx: RunContext = {
    robot,
    clock,
    signal,
    variables: new Map(),
    procedures: new Map((program.procedures ?? []).map((procedure) => [procedure.name, procedure])),
    loopTickMs,
    startedAt: clock.now(),
    random: options.random ?? Math.random,
    lang,
    step(blockId, scriptId) {
      if (ending) throw signal.reason;
      deliver({ event: 'step', blockId, scriptId });
    },
    output(text) {
      if (!ending) deliver({ event: 'output', text });
    },
    broadcast(name) {
      trigger((when) => when.event === 'message' && when.name === name);
    },
    stopProgram() {
      finish('stopped');
    },
  };

  /** Polls the sensors event scripts need, on robots that do not push inputs themselves. */
  const poll = async (watches: readonly SensorWatch[]): Promise<void> => {
    const edges = new EdgeDetector();
    let watching: SensorWatch | undefined;
    try {
      for (;;) {
        for (const watch of watches) {
          watching = watch;
          const reading = await robot.readSensor(watch.sensor, signal);
          if (edges.fires(watch, reading)) onInput(watch.input);
        }
        await clock.sleep(loopTickMs, signal);
      }
    } catch (error) {
      // The poll ends with the run: its read or sleep rejects with the abort reason.
      if (ending) return;
      const input = watching?.input;
      const script = program.scripts.find((s) => input !== undefined && inputStarts(s.when, input));
      const detail = error instanceof Error ? error.message : String(error);
      finish(
        'error',
        new AtelierError('RUN_ROBOT_FAILED', {
          params: { block: eventName(script?.when.event ?? 'start', lang), detail },
          ...(script === undefined ? {} : { blockId: script.id }),
          cause: error,
        }),
      );
    }
  };

  unsubscribe = robot.onInput?.(onInput);
  trigger((when) => when.event === 'start');
  if (robot.onInput === undefined) {
    const watches = sensorWatches(program);
    if (watches.length > 0) void poll(watches);
  }
  if (options.timeLimitMs !== undefined) {
    clock.sleep(options.timeLimitMs, signal).then(
      () => finish('time_limit'),
      (error: unknown) => {
        // Rejected with the abort reason when the run ended first; anything else is the clock failing.
        if (ending) return;
        const detail = error instanceof Error ? error.message : String(error);
        const block = eventName('start', lang);
        finish('error', new AtelierError('RUN_INTERNAL', { params: { block, detail }, cause: error }));
      },
    );
  }
  if (!ending && running.size === 0 && !listening) finish('finished');

  return {
    done,
    stop: () => finish('stopped'),
    input: onInput,
  };
}
