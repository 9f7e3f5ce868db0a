/**
 * `atelier run <program.json> --device <target> [--profile <id>] [--json] [--time-limit <s>]`
 *
 * On `virtual:grid` the program runs on a simulated floor robot with a virtual clock: a 5-minute
 * program takes milliseconds, and the same program always gives the same result. With `--json`, one
 * JSON object per line: step, output, error, and last done with the robot's final state.
 */
import { readFile } from 'node:fs/promises';
import type { Profiles } from '../../../../firmware-profiles/src/load.ts';
import { VirtualClock } from '../../../../program/src/clock.ts';
import { AtelierError } from '../../../../program/src/errors/index.ts';
import { type Params, translate } from '../../../../program/src/i18n.ts';
import { startProgram } from '../../../../program/src/interpreter/index.ts';
import type { RunEndReason, RunEvent } from '../../../../program/src/run-events.ts';
import type { Program } from '../../../../program/src/schema.ts';
import { GridRobot } from '../../../../simulator/src/grid/grid-robot.ts';
import { emptyGrid } from '../../../../simulator/src/grid/world-helpers.ts';
import { parseTarget } from '../../devices/target.ts';
import { VIRTUAL_FLOOR_PROFILE_ID } from '../../fleet/virtual-fleet.ts';
import { prepareProgramText } from '../../runs/prepare.ts';
import { ProgramRejectedError } from '../../runs/program-rejected.ts';
import { type CliOutput, EXIT } from '../output.ts';
import { findProfile } from '../profiles.ts';
import { cliTexts } from '../texts.ts';

export interface RunArgs {
  file: string;
  device: string;
  profile: string | undefined;
  json: boolean;
  timeLimitS: number;
}

/** Five minutes: longer than any lesson's program, short enough that a forgotten `forever` ends. */
export const DEFAULT_TIME_LIMIT_S = 300;

const t = (key: keyof typeof cliTexts, params: Params = {}) => translate(cliTexts, key, params);

const DONE_TEXT = {
  finished: 'doneFinished',
  stopped: 'doneStopped',
  error: 'doneError',
  time_limit: 'doneTimeLimit',
} as const satisfies Record<RunEndReason, keyof typeof cliTexts>;

/** Prints run events, as JSON lines or as French sentences; `done` carries the robot's final state. */
function printer(args: RunArgs, robot: GridRobot, io: CliOutput): (event: RunEvent) => void {
  return (event) => {
    if (args.json) {
      io.out(JSON.stringify(event.event === 'done' ? { ...event, state: robot.state } : event));
      return;
    }
    switch (event.event) {
      case 'step':
        io.out(t('step', { blockId: event.blockId }));
        return;
      case 'output':
        io.out(t('output', { text: event.text }));
        return;
      case 'error':
        io.err(
          event.blockId === undefined
            ? t('error', { message: event.message })
            : t('errorOnBlock', { message: event.message, blockId: event.blockId }),
        );
        return;
      case 'done': {
        io.out(t(DONE_TEXT[event.reason], { seconds: args.timeLimitS }));
        const { x, y, heading } = robot.state;
        io.out(t('finalState', { x, y, heading }));
        return;
      }
    }
  };
}

async function readProgramFile(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    throw new AtelierError('FILE_UNREADABLE', {
      params: { file, detail: error instanceof Error ? error.message : String(error) },
      cause: error,
    });
  }
}

export async function runCommand(args: RunArgs, profiles: Profiles, io: CliOutput): Promise<number> {
  const target = parseTarget(args.device);
  if (target.kind !== 'virtual') {
    throw new AtelierError('DEVICE_TRANSPORT_UNAVAILABLE', {
      params: {
        transport: target.kind,
        reason: "pas encore pris en charge par cette version d'Atelier Robots",
      },
    });
  }
  const profile = findProfile(profiles, args.profile ?? VIRTUAL_FLOOR_PROFILE_ID);
  const text = await readProgramFile(args.file);

  const clock = new VirtualClock();
  const robot = new GridRobot({ world: emptyGrid(), clock });
  const print = printer(args, robot, io);

  let program: Program;
  try {
    program = prepareProgramText(text, profile);
  } catch (error) {
    if (!(error instanceof ProgramRejectedError)) throw error;
    if (!args.json) io.err(t('error', { message: error.message }));
    for (const problem of error.problems) print({ event: 'error', ...problem });
    print({ event: 'done', reason: 'error' });
    return EXIT.programFailed;
  }

  const timeLimitMs = args.timeLimitS * 1000;
  const handle = startProgram(program, {
    robot,
    clock,
    stepCm: profile.limits.stepCm,
    timeLimitMs,
    onEvent: print,
  });
  const outcome = await clock.advanceUntil(handle.done, timeLimitMs + 1_000);
  if (outcome === 'limit') {
    // The interpreter enforces the limit itself; this is the safety net should a robot call hang.
    handle.stop();
  }
  const reason = await handle.done;
  return reason === 'error' ? EXIT.programFailed : EXIT.ok;
}
