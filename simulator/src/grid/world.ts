/**
 * A grid mat: the world of a floor robot (Bee-Bot style). Cells are 15 cm squares by default.
 * A mat with `size` has cells x in [0, width) and y in [0, height), y = 0 at the bottom (south) edge;
 * a mat with `size: null` is unbounded (the `virtual:grid` of the command line).
 */
import { z } from 'zod';
import { CellSchema, HeadingSchema } from './state.ts';

export const PictureSchema = z.strictObject({
  x: z.number().int(),
  y: z.number().int(),
  /** A picture's key (`house`, `apple`, `flower`…); the editor draws it, lessons name it. */
  picture: z.string().min(1).max(40),
});
export type Picture = z.infer<typeof PictureSchema>;

export const GridWorldSchema = z.strictObject({
  kind: z.literal('grid'),
  size: z
    .strictObject({ width: z.number().int().min(1).max(50), height: z.number().int().min(1).max(50) })
    .nullable(),
  cellCm: z.number().positive().default(15),
  start: z.strictObject({ x: z.number().int(), y: z.number().int(), heading: HeadingSchema }),
  obstacles: z.array(CellSchema).default([]),
  pictures: z.array(PictureSchema).default([]),
});
export type GridWorld = z.infer<typeof GridWorldSchema>;
export type GridWorldInput = z.input<typeof GridWorldSchema>;
