import type { FleetRobot } from '../fleet/fleet-robot.ts';
import type { RobotInfo } from '../protocol/messages.ts';
import type { RunManager } from '../runs/run-manager.ts';

/** What tablets are told about a robot: identity, status and live state. */
export function robotInfo(robot: FleetRobot, runs: RunManager): RobotInfo {
  const run = runs.activeOn(robot.id);
  return {
    id: robot.id,
    name: robot.name,
    transport: robot.transport,
    profile: robot.profile.id,
    status: run ? 'running' : 'idle',
    runId: run?.runId ?? null,
    state: robot.state(),
    world: robot.world,
  };
}
