/**
 * The robots the bridge knows, by id. An instance, passed to whoever needs it (no module singleton).
 */
import { AtelierError } from '../../../program/src/errors/index.ts';
import type { FleetRobot } from './fleet-robot.ts';

export class Fleet {
  readonly #robots = new Map<string, FleetRobot>();

  add(robot: FleetRobot): void {
    if (this.#robots.has(robot.id)) throw new Error(`robot id ${robot.id} added twice`);
    this.#robots.set(robot.id, robot);
  }

  list(): FleetRobot[] {
    return [...this.#robots.values()];
  }

  get(robotId: string): FleetRobot {
    const robot = this.#robots.get(robotId);
    if (!robot) throw new AtelierError('ROBOT_UNKNOWN', { params: { robotId } });
    return robot;
  }
}
