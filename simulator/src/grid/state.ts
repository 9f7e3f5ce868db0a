/**
 * The observable state of a floor robot on a grid mat. The bridge streams it to the editor (as part of a
 * robot's live state) and `atelier run --json` prints it in its `done` event; its field names are public
 * (DESIGN.md: a virtual robot's state holds at least x, y, heading, light and display).
 *
 * Coordinates: cells, x to the east, y to the north, the start cell of an unbounded mat at (0, 0).
 * Heading in degrees clockwise from north: 0 north (y+1), 90 east (x+1), 180 south, 270 west.
 */
import { z } from 'zod';

export const HeadingSchema = z.union([z.literal(0), z.literal(90), z.literal(180), z.literal(270)]);
export type Heading = z.infer<typeof HeadingSchema>;

export const CellSchema = z.strictObject({ x: z.number().int(), y: z.number().int() });
export type Cell = z.infer<typeof CellSchema>;

export const SoundRecordSchema = z.strictObject({
  /** Clock time when it started, ms. */
  at: z.number(),
  /** A note (`C4`…), `rest`, or `melody:<name>`. */
  sound: z.string(),
  durationMs: z.number(),
});
export type SoundRecord = z.infer<typeof SoundRecordSchema>;

export const GridRobotStateSchema = z.strictObject({
  kind: z.literal('grid'),
  x: z.number().int(),
  y: z.number().int(),
  heading: HeadingSchema,
  /** `#rrggbb` of the robot's lights; `#000000` when off. */
  light: z.string(),
  /** What its display shows: an image name, a 25-character bitmap, a text, or null when blank. */
  display: z.string().nullable(),
  /** Every cell the robot has stood on, in order, starting with its start cell. */
  trail: z.array(CellSchema),
  /** Every sound it has played, in order. */
  sounds: z.array(SoundRecordSchema),
  /** Whether it is moving or turning right now (the editor animates while true). */
  moving: z.boolean(),
  /** Set when its last move was refused by an obstacle or the edge of the mat. */
  bumped: z.boolean(),
});
export type GridRobotState = z.infer<typeof GridRobotStateSchema>;
