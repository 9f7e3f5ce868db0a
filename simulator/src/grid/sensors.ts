/**
 * What a floor robot's front sensor reports on a grid mat. The robot stands in the middle of its cell
 * and looks along its heading; the edge of a bounded mat counts as an obstacle.
 */
import { cellAlong } from './heading.ts';
import type { Cell, Heading } from './state.ts';
import type { GridWorld } from './world.ts';
import { isFree } from './world-helpers.ts';

export interface Pose extends Cell {
  heading: Heading;
}

/** The most `distance_cm` reports, as an ultrasonic sensor of a classroom robot (mBot, Thymio…) does. */
export const DISTANCE_CAP_CM = 100;

/** `obstacle_front`: the next cell ahead is an obstacle or off the mat. */
export function obstacleFront(world: GridWorld, pose: Pose): boolean {
  return !isFree(world, cellAlong(pose, pose.heading, 1));
}

/**
 * `distance_cm`: how far the robot can still drive straight ahead before it bumps, in centimetres,
 * i.e. the free cells ahead times the cell size; 0 exactly when `obstacle_front` is true. Capped at
 * DISTANCE_CAP_CM, which is also the answer on an unbounded mat with nothing ahead.
 */
export function distanceAheadCm(world: GridWorld, pose: Pose): number {
  let free = 0;
  while (free * world.cellCm < DISTANCE_CAP_CM) {
    if (!isFree(world, cellAlong(pose, pose.heading, free + 1))) return free * world.cellCm;
    free += 1;
  }
  return DISTANCE_CAP_CM;
}
