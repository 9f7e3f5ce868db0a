/**
 * The virtual robots the bridge offers so that a class can work with no robot plugged in: four floor
 * robots, each on its own 7×7 mat (a Bee-Bot mat is usually 6×6 to 8×8 squares of 15 cm), starting in
 * the bottom-left corner facing north, with a few obstacles to go around.
 */

import type { Profile } from '../../../firmware-profiles/src/schema.ts';
import { type MessageTable, translate } from '../../../program/src/i18n.ts';
import type { Clock } from '../../../program/src/robot.ts';
import type { GridTiming } from '../../../simulator/src/grid/grid-robot.ts';
import { type GridWorld, GridWorldSchema } from '../../../simulator/src/grid/world.ts';
import type { Fleet } from './fleet.ts';
import { VirtualGridRobot } from './virtual-grid-robot.ts';

export const VIRTUAL_FLOOR_PROFILE_ID = 'virtual-floor-robot';

/** The mat of the classroom's virtual robots. */
export function classroomMat(): GridWorld {
  return GridWorldSchema.parse({
    kind: 'grid',
    size: { width: 7, height: 7 },
    start: { x: 0, y: 0, heading: 0 },
    obstacles: [
      { x: 3, y: 3 },
      { x: 5, y: 1 },
    ],
    pictures: [
      { x: 6, y: 6, picture: 'house' },
      { x: 2, y: 5, picture: 'flower' },
      { x: 4, y: 0, picture: 'apple' },
    ],
  });
}

const names = {
  virtualRobot: { fr: 'Robot virtuel {n}', en: 'Virtual robot {n}' },
} as const satisfies MessageTable;

export function addVirtualRobots(
  fleet: Fleet,
  profile: Profile,
  clock: Clock,
  count: number,
  timing: Partial<GridTiming> = {},
): void {
  for (let n = 1; n <= count; n++) {
    const name = translate(names, 'virtualRobot', { n });
    fleet.add(new VirtualGridRobot(`virtual-${n}`, name, profile, classroomMat(), clock, timing));
  }
}
