/**
 * A simulated floor robot on a grid mat, offered by the bridge when no real robot is plugged in (and
 * by `atelier run --device virtual:grid`). The simulation is the simulator's `GridRobot`; programs run
 * on the interpreter, as they do for every streamed robot.
 */

import type { Profile } from '../../../firmware-profiles/src/schema.ts';
import { type RunHandle, startProgram } from '../../../program/src/interpreter/index.ts';
import type { Clock } from '../../../program/src/robot.ts';
import type { Program } from '../../../program/src/schema.ts';
import { GridRobot, type GridTiming } from '../../../simulator/src/grid/grid-robot.ts';
import type { GridRobotState } from '../../../simulator/src/grid/state.ts';
import type { GridWorld } from '../../../simulator/src/grid/world.ts';
import type { DeviceRunOptions, FleetRobot } from './fleet-robot.ts';

export class VirtualGridRobot implements FleetRobot {
  readonly transport = 'virtual' as const;
  readonly robot: GridRobot;

  constructor(
    readonly id: string,
    readonly name: string,
    readonly profile: Profile,
    readonly world: GridWorld,
    readonly clock: Clock,
    timing: Partial<GridTiming> = {},
  ) {
    this.robot = new GridRobot({ world, clock, timing });
  }

  state(): GridRobotState {
    return this.robot.state;
  }

  onStateChange(listener: (state: GridRobotState) => void): () => void {
    return this.robot.onChange(listener);
  }

  run(program: Program, options: DeviceRunOptions): RunHandle {
    return startProgram(program, {
      robot: this.robot,
      clock: this.clock,
      stepCm: this.profile.limits.stepCm,
      onEvent: options.onEvent,
      ...(options.timeLimitMs === undefined ? {} : { timeLimitMs: options.timeLimitMs }),
    });
  }

  halt(): Promise<void> {
    return this.robot.halt();
  }

  reset(): void {
    this.robot.reset();
  }

  async close(): Promise<void> {
    await this.robot.halt();
  }
}
