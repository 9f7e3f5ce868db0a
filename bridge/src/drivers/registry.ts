/**
 * From a profile's `driver` to the code that opens such a robot on a given target. Drivers load
 * lazily: a bridge with no micro:bit never loads the micro:bit driver (and a machine with no Bluetooth
 * never loads noble). Adding a protocol family is one line here and one folder beside this file.
 */
import type { Profile } from '../../../firmware-profiles/src/schema.ts';
import type { DeviceTarget } from '../devices/target.ts';
import type { FleetRobot } from '../fleet/fleet-robot.ts';

export interface DriverContext {
  log: (line: string) => void;
}

export interface DriverModule {
  /** Connects to the robot at `target` and returns it ready to run programs; coded errors otherwise. */
  openDevice(target: DeviceTarget, profile: Profile, context: DriverContext): Promise<FleetRobot>;
}

export const DRIVERS: Partial<Record<Profile['driver'], () => Promise<DriverModule>>> = {};
