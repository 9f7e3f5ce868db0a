/**
 * Runs a program on a lesson's world in the simulator, on a virtual clock: the same run every time, a
 * two-minute program in milliseconds. What comes back is what the goals are judged on.
 *
 * Time is the simulator's default pace (simulator/src/grid/timing.ts: 1 s per cell, 0.6 s per quarter
 * turn), so the times at which a lesson presses the robot's buttons (`run.inputs`) read as a pupil's
 * watch would.
 */
import { VirtualClock } from '../../../program/src/clock.ts';
import type { ErrorCode } from '../../../program/src/errors/index.ts';
import { DEFAULT_LANGUAGE, type Language } from '../../../program/src/i18n.ts';
import { startProgram } from '../../../program/src/interpreter/index.ts';
import type { RunEndReason } from '../../../program/src/run-events.ts';
import type { Program } from '../../../program/src/schema.ts';
import { GridRobot } from '../../../simulator/src/grid/grid-robot.ts';
import type { GridRobotState } from '../../../simulator/src/grid/state.ts';
import type { RunSettings } from '../run-settings.ts';
import { type LessonWorld, toGridWorld } from '../world.ts';
import { seededRandom } from './seeded-random.ts';

export interface RunError {
  code: ErrorCode;
  message: string;
  blockId?: string;
}

export interface RunOutcome {
  reason: RunEndReason;
  /** The robot's state when the run ended: position, heading, light, display, trail, sounds. */
  state: GridRobotState;
  errors: RunError[];
  /** Clock time when the run ended, ms. */
  endedAtMs: number;
}

export async function runOnWorld(
  program: Program,
  world: LessonWorld,
  settings: RunSettings,
  lang: Language = DEFAULT_LANGUAGE,
): Promise<RunOutcome> {
  const clock = new VirtualClock();
  const robot = new GridRobot({ world: toGridWorld(world), clock });
  const errors: RunError[] = [];
  const timeLimitMs = settings.timeLimitS * 1000;
  const handle = startProgram(program, {
    robot,
    clock,
    timeLimitMs,
    random: seededRandom(settings.seed),
    lang,
    onEvent: (event) => {
      if (event.event !== 'error') return;
      const { code, message, blockId } = event;
      errors.push(blockId === undefined ? { code, message } : { code, message, blockId });
    },
  });
  for (const { at, press } of settings.inputs) {
    // A press after the end of the run does nothing: the interpreter ignores inputs once it has ended.
    void clock.sleep(at * 1000).then(() => handle.input({ kind: 'button', button: press }));
  }
  // The interpreter ends the run at the time limit; the extra second is the safety net should a robot
  // call never settle.
  const outcome = await clock.advanceUntil(handle.done, timeLimitMs + 1000);
  if (outcome === 'limit') handle.stop();
  const reason = await handle.done;
  return { reason, state: robot.state, errors, endedAtMs: clock.now() };
}
