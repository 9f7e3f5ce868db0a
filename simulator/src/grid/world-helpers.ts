/**
 * Questions about a grid mat (world.ts), and the mat of `virtual:grid`. Pure functions: the world is
 * data, and a robot asks these for every cell it is about to enter.
 */
import type { Cell } from './state.ts';
import type { GridWorld } from './world.ts';

/** The cell size of floor-robot mats (Bee-Bot, Blue-Bot), in centimetres. */
export const DEFAULT_CELL_CM = 15;

/**
 * The mat of `atelier run --device virtual:grid` (DESIGN.md): unbounded, empty, the robot at (0, 0)
 * facing north. A fresh object each call, so that no caller shares another's world.
 */
export function emptyGrid(): GridWorld {
  return {
    kind: 'grid',
    size: null,
    cellCm: DEFAULT_CELL_CM,
    start: { x: 0, y: 0, heading: 0 },
    obstacles: [],
    pictures: [],
  };
}

/** Whether `cell` lies on the mat; every cell does on an unbounded mat. */
export function inBounds(world: GridWorld, cell: Cell): boolean {
  if (world.size === null) return true;
  return cell.x >= 0 && cell.y >= 0 && cell.x < world.size.width && cell.y < world.size.height;
}

export function isObstacle(world: GridWorld, cell: Cell): boolean {
  return world.obstacles.some((obstacle) => obstacle.x === cell.x && obstacle.y === cell.y);
}

/** What keeps a robot out of `cell`: the edge of the mat, an obstacle, or nothing (null). */
export function blockage(world: GridWorld, cell: Cell): 'edge' | 'obstacle' | null {
  if (!inBounds(world, cell)) return 'edge';
  if (isObstacle(world, cell)) return 'obstacle';
  return null;
}

/** Whether a robot may stand on `cell`. */
export function isFree(world: GridWorld, cell: Cell): boolean {
  return blockage(world, cell) === null;
}

/** A deep copy of `world`, so that a robot keeps the mat it was given even if the caller edits its own. */
export function copyWorld(world: GridWorld): GridWorld {
  return {
    kind: 'grid',
    size: world.size === null ? null : { width: world.size.width, height: world.size.height },
    cellCm: world.cellCm,
    start: { x: world.start.x, y: world.start.y, heading: world.start.heading },
    obstacles: world.obstacles.map(({ x, y }) => ({ x, y })),
    pictures: world.pictures.map(({ x, y, picture }) => ({ x, y, picture })),
  };
}
