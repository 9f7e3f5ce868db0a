import { describe, expect, it } from 'vitest';
import { cellAlong, turnHeading } from './heading.ts';
import { type GridWorld, GridWorldSchema } from './world.ts';
import { blockage, copyWorld, emptyGrid, inBounds, isFree } from './world-helpers.ts';

const mat: GridWorld = GridWorldSchema.parse({
  kind: 'grid',
  size: { width: 3, height: 2 },
  start: { x: 0, y: 0, heading: 0 },
  obstacles: [{ x: 1, y: 1 }],
});

describe('world helpers', () => {
  it('emptyGrid() is the unbounded, empty mat of virtual:grid, valid and fresh each time', () => {
    const world = emptyGrid();
    expect(GridWorldSchema.parse(world)).toEqual(world);
    expect(world).toMatchObject({ size: null, cellCm: 15, start: { x: 0, y: 0, heading: 0 }, obstacles: [] });
    world.obstacles.push({ x: 1, y: 1 });
    expect(emptyGrid().obstacles).toEqual([]);
  });

  it.each([
    [{ x: 0, y: 0 }, true, null],
    [{ x: 2, y: 1 }, true, null],
    [{ x: 1, y: 1 }, true, 'obstacle'],
    [{ x: 3, y: 0 }, false, 'edge'],
    [{ x: 0, y: 2 }, false, 'edge'],
    [{ x: -1, y: 0 }, false, 'edge'],
  ] as const)('cell %o: on the mat %s, blocked by %s', (cell, onMat, by) => {
    expect(inBounds(mat, cell)).toBe(onMat);
    expect(blockage(mat, cell)).toBe(by);
    expect(isFree(mat, cell)).toBe(by === null);
  });

  it('has no edge on an unbounded mat', () => {
    expect(isFree(emptyGrid(), { x: -1000, y: 1000 })).toBe(true);
  });

  it('copyWorld() shares nothing with its source', () => {
    const copy = copyWorld(mat);
    expect(copy).toEqual(mat);
    copy.obstacles.push({ x: 0, y: 1 });
    expect(mat.obstacles).toHaveLength(1);
  });
});

describe('headings', () => {
  it.each([
    [0, 1, 90],
    [270, 1, 0],
    [0, -1, 270],
    [90, 6, 270],
    [180, -5, 90],
  ] as const)('from %i, %i quarter turn(s) give %i', (from, quarters, to) => {
    expect(turnHeading(from, quarters)).toBe(to);
  });

  it.each([
    [0, { x: 0, y: 1 }],
    [90, { x: 1, y: 0 }],
    [180, { x: 0, y: -1 }],
    [270, { x: -1, y: 0 }],
  ] as const)('heading %i goes to %o', (heading, cell) => {
    expect(cellAlong({ x: 0, y: 0 }, heading, 1)).toEqual(cell);
  });
});
