/**
 * A robot the bridge drives, whatever its wire and however it runs programs: a simulated floor robot,
 * a streamed robot (the bridge interprets, the robot obeys one command at a time), or an on-robot one
 * (micro:bit, Thymio: the program is compiled, uploaded and runs on the robot). The run manager and the
 * command line only see this.
 */

import type { Profile } from '../../../firmware-profiles/src/schema.ts';
import type { RunHandle } from '../../../program/src/interpreter/index.ts';
import type { RunEvent } from '../../../program/src/run-events.ts';
import type { Program } from '../../../program/src/schema.ts';
import type { GridRobotState } from '../../../simulator/src/grid/state.ts';
import type { GridWorld } from '../../../simulator/src/grid/world.ts';

export type TransportKind = 'virtual' | 'serial' | 'tcp' | 'ble';

export interface DeviceRunOptions {
  /** Every event of the run, `done` last and exactly once. */
  onEvent: (event: RunEvent) => void;
  /** Ends the run with `time_limit` after this long (ms of the device's clock). */
  timeLimitMs?: number;
}

export interface FleetRobot {
  readonly id: string;
  /** What a pupil sees in the robot picker. */
  readonly name: string;
  readonly transport: TransportKind;
  readonly profile: Profile;
  /** The mat of a simulated robot; null for a real one. */
  readonly world: GridWorld | null;
  /** Live state of a simulated robot; null when the robot reports none. */
  state(): GridRobotState | null;
  /** Called after every change of state. Returns an unsubscribe function. */
  onStateChange(listener: (state: GridRobotState | null) => void): () => void;
  /**
   * Runs a program already checked against this robot's profile. The handle's `done` resolves once the
   * robot is safe; `stop()` must stop the robot for real (wheels at 0), not only the program.
   */
  run(program: Program, options: DeviceRunOptions): RunHandle;
  /** Makes the robot safe now, with no run in progress (wheels stopped). */
  halt(): Promise<void>;
  /** Puts the robot back as it was at the start (a virtual robot returns to its start cell). */
  reset(): void;
  /** Lets go of the wire. */
  close(): Promise<void>;
}
