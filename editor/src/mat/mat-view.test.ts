import { describe, expect, test } from 'vitest';
import type { GridRobotState } from '../../../simulator/src/grid/state.ts';
import type { GridWorld } from '../../../simulator/src/grid/world.ts';
import { CELL, cellCentre, continuedRotation, rangeSize, visibleCells } from './mat-view.ts';

const world = (size: GridWorld['size']): GridWorld => ({
  kind: 'grid',
  size,
  cellCm: 15,
  start: { x: 0, y: 0, heading: 0 },
  obstacles: [],
  pictures: [],
});

const state = (x: number, y: number, trail: { x: number; y: number }[]): GridRobotState => ({
  kind: 'grid',
  x,
  y,
  heading: 0,
  light: '#000000',
  display: null,
  trail,
  sounds: [],
  moving: false,
  bumped: false,
});

describe('visibleCells', () => {
  test('a bounded mat is drawn whole', () => {
    expect(visibleCells(world({ width: 7, height: 5 }), state(3, 2, []))).toEqual({
      minX: 0,
      maxX: 6,
      minY: 0,
      maxY: 4,
    });
  });

  test('an unbounded mat shows at least 5×5 cells around a robot that has not moved', () => {
    const range = visibleCells(world(null), null);
    expect(range).toEqual({ minX: -2, maxX: 2, minY: -2, maxY: 2 });
  });

  test('an unbounded mat follows the trail, with a cell of margin', () => {
    const trail = [
      { x: 0, y: 0 },
      { x: 0, y: 1 },
      { x: 0, y: 2 },
      { x: 1, y: 2 },
      { x: 9, y: 2 },
      { x: 9, y: -4 },
    ];
    expect(visibleCells(world(null), state(9, -4, trail))).toEqual({ minX: -1, maxX: 10, minY: -5, maxY: 3 });
  });
});

describe('drawing', () => {
  test('north is up: the mat y is flipped, a cell is CELL units', () => {
    const range = { minX: 0, maxX: 6, minY: 0, maxY: 6 };
    expect(rangeSize(range)).toEqual({ width: 7 * CELL, height: 7 * CELL });
    expect(cellCentre(range, { x: 0, y: 0 })).toEqual({ x: CELL / 2, y: 6.5 * CELL });
    expect(cellCentre(range, { x: 6, y: 6 })).toEqual({ x: 6.5 * CELL, y: CELL / 2 });
  });

  test.each([
    [0, 90, 90],
    [90, 0, 0],
    [270, 0, 360],
    [0, 270, -90],
    [360, 90, 450],
    [-90, 180, -180],
    [90, 90, 90],
  ])('from %i° a heading of %i° is drawn at %i°', (previous, heading, expected) => {
    expect(continuedRotation(previous, heading)).toBe(expected);
  });
});
