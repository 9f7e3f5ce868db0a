/**
 * Which cells of a grid mat to draw, and where a cell lands in the drawing. Pure geometry, no DOM.
 *
 * A bounded mat is drawn whole. An unbounded one (`size: null`, the command line's `virtual:grid`) is
 * drawn around what matters: the start cell, the trail, the robot, obstacles and pictures, one cell of
 * margin, and at least MIN_SPAN cells each way so that a robot that has not moved yet sits in a mat.
 *
 * Drawing units: one cell is CELL units; x grows to the east as on the mat, but y is flipped (the mat's
 * y grows to the north, the drawing's downwards), so that north is up on the screen.
 */
import type { Cell, GridRobotState } from '../../../simulator/src/grid/state.ts';
import type { GridWorld } from '../../../simulator/src/grid/world.ts';

export const CELL = 100;
export const MIN_SPAN = 5;

/** Cells from min to max, both included. */
export interface CellRange {
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
}

export function visibleCells(world: GridWorld, state: GridRobotState | null): CellRange {
  if (world.size) return { minX: 0, maxX: world.size.width - 1, minY: 0, maxY: world.size.height - 1 };
  const cells: Cell[] = [world.start, ...world.obstacles, ...world.pictures];
  if (state) cells.push(...state.trail, { x: state.x, y: state.y });
  const xs = cells.map((cell) => cell.x);
  const ys = cells.map((cell) => cell.y);
  const [minX, maxX] = widen(Math.min(...xs) - 1, Math.max(...xs) + 1);
  const [minY, maxY] = widen(Math.min(...ys) - 1, Math.max(...ys) + 1);
  return { minX, maxX, minY, maxY };
}

/** Grows [min, max] evenly to at least MIN_SPAN cells. */
function widen(min: number, max: number): [number, number] {
  const missing = MIN_SPAN - (max - min + 1);
  if (missing <= 0) return [min, max];
  const before = Math.floor(missing / 2);
  return [min - before, max + (missing - before)];
}

export function rangeSize(range: CellRange): { width: number; height: number } {
  return { width: (range.maxX - range.minX + 1) * CELL, height: (range.maxY - range.minY + 1) * CELL };
}

/** The centre of a cell, in drawing units. */
export function cellCentre(range: CellRange, cell: Cell): { x: number; y: number } {
  return { x: (cell.x - range.minX + 0.5) * CELL, y: (range.maxY - cell.y + 0.5) * CELL };
}

/**
 * The rotation to draw for `heading`, continuing from `previous` by the shorter way round, so that a
 * turn from west (270) to north (0) animates a quarter turn right, not three quarters left.
 */
export function continuedRotation(previous: number, heading: number): number {
  const delta = ((((heading - previous) % 360) + 540) % 360) - 180;
  return previous + delta;
}
