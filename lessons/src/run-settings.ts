/**
 * How a lesson's programs are run when they are checked: how long at most, which buttons of the robot
 * are pressed and when (for lessons on events), and the seed of `random`.
 */
import { z } from 'zod';
import { FLOOR_BUTTONS } from '../../simulator/src/grid/grid-robot.ts';

export const RunSettingsSchema = z.strictObject({
  /** Seconds of the robot's time; a program still running then is stopped (and judged as it stands). */
  timeLimitS: z.number().positive().max(600).default(120),
  /** Button presses, `at` seconds after the start, in any order. */
  inputs: z
    .array(z.strictObject({ at: z.number().min(0).max(600), press: z.enum(FLOOR_BUTTONS) }))
    .max(50)
    .default([]),
  seed: z.number().int().min(0).default(1),
});
export type RunSettings = z.infer<typeof RunSettingsSchema>;

export const DEFAULT_RUN_SETTINGS: RunSettings = { timeLimitS: 120, inputs: [], seed: 1 };
