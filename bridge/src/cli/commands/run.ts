/**
 * `atelier run <program.json> --device <target> [--profile <id>] [--json] [--time-limit <s>]`
 *
 * On `virtual:grid` the program runs on a simulated floor robot with a virtual clock: a 5-minute
 * program takes milliseconds, and the same program always gives the same result. With `--json`, one
 * JSON object per line: step, output, error, and last done with the robot's final state.
 */
import type { Profiles } from '../../../../firmware-profiles/src/load.ts';
import type { Profile } from '../../../../firmware-profiles/src/schema.ts';
import { VirtualClock } from '../../../../program/src/clock.ts';
import { AtelierError } from '../../../../program/src/errors/index.ts';
import { type Params, translate } from '../../../../program/src/i18n.ts';
import type { RunEndReason, RunEvent } from '../../../../program/src/run-events.ts';
import type { Program } from '../../../../program/src/schema.ts';
import { emptyGrid } from '../../../../simulator/src/grid/world-helpers.ts';
import { type DeviceTarget, parseTarget } from '../../devices/target.ts';
import { DRIVERS } from '../../drivers/registry.ts';
import type { FleetRobot } from '../../fleet/fleet-robot.ts';
import { VIRTUAL_FLOOR_PROFILE_ID } from '../../fleet/virtual-fleet.ts';
import { VirtualGridRobot } from '../../fleet/virtual-grid-robot.ts';
import { prepareProgramText } from '../../runs/prepare.ts';
import { ProgramRejectedError } from '../../runs/program-rejected.ts';
import { type CliOutput, EXIT } from '../output.ts';
import { findProfile } from '../profiles.ts';
import { readProgramFile } from '../read-program-file.ts';
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
function printer(args: RunArgs, device: FleetRobot, io: CliOutput): (event: RunEvent) => void {
  return (event) => {
    if (args.json) {
      io.out(JSON.stringify(event.event === 'done' ? { ...event, state: device.state() } : event));
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
        const state = device.state();
        if (state) io.out(t('finalState', { x: state.x, y: state.y, heading: state.heading }));
        return;
      }
    }
  };
}

/** Opens the robot the target names, with the driver its profile says. */
async function openRealDevice(target: DeviceTarget, profile: Profile, io: CliOutput): Promise<FleetRobot> {
  const load = DRIVERS[profile.driver];
  if (!load) {
    throw new AtelierError('DEVICE_TRANSPORT_UNAVAILABLE', {
      params: { transport: target.kind, reason: translate(cliTexts, 'noDriver', { profile: profile.id }) },
    });
  }
  const driver = await load();
  return driver.openDevice(target, profile, { log: (line) => io.err(line) });
}

export async function runCommand(args: RunArgs, profiles: Profiles, io: CliOutput): Promise<number> {
  const target = parseTarget(args.device);
  if (target.kind !== 'virtual' && args.profile === undefined) {
    throw new AtelierError('PROFILE_REQUIRED', {
      params: { known: [...profiles.profiles.keys()].sort().join(', ') },
    });
  }
  const profile = findProfile(profiles, args.profile ?? VIRTUAL_FLOOR_PROFILE_ID);
  const text = await readProgramFile(args.file);

  // On virtual:grid, time is virtual: the run is advanced timer by timer, instantly and always alike.
  const clock = target.kind === 'virtual' ? new VirtualClock() : null;
  const device: FleetRobot =
    clock !== null
      ? new VirtualGridRobot('virtual:grid', profile.name, profile, emptyGrid(), clock)
      : await openRealDevice(target, profile, io);
  try {
    const print = printer(args, device, io);
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
    const handle = device.run(program, { onEvent: print, timeLimitMs });
    // Ctrl-C stops the robot for real before the command ends.
    const interrupt = () => handle.stop();
    process.once('SIGINT', interrupt);
    try {
      if (clock !== null) {
        const outcome = await clock.advanceUntil(handle.done, timeLimitMs + 1_000);
        // The interpreter enforces the limit itself; this is the safety net should a robot call hang.
        if (outcome === 'limit') handle.stop();
      }
      const reason = await handle.done;
      return reason === 'error' ? EXIT.programFailed : EXIT.ok;
    } finally {
      process.off('SIGINT', interrupt);
    }
  } finally {
    await device.close();
  }
}
