/**
 * A robot the bridge drives, whatever its wire: the `Robot` the interpreter talks to, its profile, and
 * what the editor can be shown of it. Real robots (serial, TCP, BLE) and virtual ones implement this.
 */

import type { Profile } from '../../../firmware-profiles/src/schema.ts';
import type { Clock, Robot } from '../../../program/src/robot.ts';
import type { GridRobotState } from '../../../simulator/src/grid/state.ts';
import type { GridWorld } from '../../../simulator/src/grid/world.ts';

export type TransportKind = 'virtual' | 'serial' | 'tcp' | 'ble';

export interface FleetRobot {
  readonly id: string;
  /** What a pupil sees in the robot picker. */
  readonly name: string;
  readonly transport: TransportKind;
  readonly profile: Profile;
  readonly robot: Robot;
  /** The clock this robot's programs run on (real for anything a pupil watches). */
  readonly clock: Clock;
  /** The mat of a simulated robot; null for a real one. */
  readonly world: GridWorld | null;
  /** Live state of a simulated robot; null when the robot reports none. */
  state(): GridRobotState | null;
  /** Called after every change of state. Returns an unsubscribe function. */
  onStateChange(listener: (state: GridRobotState | null) => void): () => void;
  /** Put the robot back as it was at the start (a virtual robot returns to its start cell). */
  reset(): void;
}
