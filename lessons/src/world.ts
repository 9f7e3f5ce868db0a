/**
 * The world a lesson is played in. A discriminated union on `kind`, so that other worlds join without
 * touching the lessons already written:
 *  - `grid`: a bounded floor-robot mat (Bee-Bot style), the simulator's GridWorld plus the cells the
 *    editor marks as targets. Every lesson today.
 *  - to come: `floor` (a wheeled robot among walls and dark tracks, Thymio style) and `board` (the
 *    micro:bit's 5×5 display and buttons, no geometry), each with its own schema here and its own
 *    runner in goals/run.ts.
 *
 * Coordinates are the simulator's: x to the east, y to the north, (0, 0) the bottom-left cell; heading
 * in degrees clockwise from north (0 north, 90 east, 180 south, 270 west).
 */
import { z } from 'zod';
import { CellSchema, HeadingSchema } from '../../simulator/src/grid/state.ts';
import type { GridWorld } from '../../simulator/src/grid/world.ts';
import { PictureSchema } from '../../simulator/src/grid/world.ts';
import { DEFAULT_CELL_CM } from '../../simulator/src/grid/world-helpers.ts';

/** Classroom mats are at most a few metres across: 12 cells of 15 cm is 1.80 m. */
export const MAX_MAT_CELLS = 12;

export const GridMatSchema = z.strictObject({
  kind: z.literal('grid'),
  size: z.strictObject({
    width: z.number().int().min(1).max(MAX_MAT_CELLS),
    height: z.number().int().min(1).max(MAX_MAT_CELLS),
  }),
  cellCm: z.number().positive().default(DEFAULT_CELL_CM),
  start: z.strictObject({ x: z.number().int(), y: z.number().int(), heading: HeadingSchema }),
  obstacles: z.array(CellSchema).default([]),
  /** Pictures printed on the mat (`house`, `apple`…): what the instructions name. */
  pictures: z.array(PictureSchema).default([]),
  /** Cells the editor marks as where to go; drawing only, the goal is what is checked. */
  targets: z.array(CellSchema).default([]),
});
export type GridMat = z.infer<typeof GridMatSchema>;

export const LessonWorldSchema = z.discriminatedUnion('kind', [GridMatSchema]);
export type LessonWorld = z.infer<typeof LessonWorldSchema>;

/** The simulator's world for a grid mat (targets are the editor's, the robot does not see them). */
export function toGridWorld(mat: GridMat): GridWorld {
  return {
    kind: 'grid',
    size: { width: mat.size.width, height: mat.size.height },
    cellCm: mat.cellCm,
    start: { ...mat.start },
    obstacles: mat.obstacles.map(({ x, y }) => ({ x, y })),
    pictures: mat.pictures.map(({ x, y, picture }) => ({ x, y, picture })),
  };
}
