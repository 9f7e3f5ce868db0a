/**
 * What a robot model can do, as its firmware profile declares it. The capability check
 * (`capabilities.ts`) refuses, before anything moves, a program that uses anything not listed here.
 */
import { z } from 'zod';
import { BUTTONS, EVENT_NAMES, LIGHT_TARGETS, SENSORS, STATEMENT_OPS } from './vocabulary.ts';

export const CapabilitiesSchema = z.strictObject({
  /** Every statement the robot runs, control flow included (a Bee-Bot has no `if`). */
  statements: z.array(z.enum(STATEMENT_OPS)),
  sensors: z.array(z.enum(SENSORS)),
  events: z.array(z.enum(EVENT_NAMES)),
  /** Buttons a `button` event may name. */
  buttons: z.array(z.enum(BUTTONS)),
  lightTargets: z.array(z.enum(LIGHT_TARGETS)),
  /** `rgb`: any `#rrggbb`; `named`: only the named colours; the list: only those names. */
  colors: z.union([z.literal('rgb'), z.literal('named')]),
  /** How `move` may be given: in steps of the mat, in centimetres, or both. */
  moveUnits: z.array(z.enum(['steps', 'cm'])).min(1),
  /** Angles `turn` may take: any, or only these (a floor robot turns by 90°). */
  turnDegrees: z.union([z.literal('any'), z.array(z.number().positive().max(360)).min(1)]),
  /** Whether several scripts may run at the same time. */
  concurrentScripts: z.boolean(),
  /** `display`: none, a 5×5 LED matrix, or a screen that shows text. */
  display: z.enum(['none', 'matrix5x5', 'screen']),
});
export type Capabilities = z.infer<typeof CapabilitiesSchema>;

export const LimitsSchema = z.strictObject({
  /** Length of one `steps` unit, in centimetres (15 on floor-robot mats). */
  stepCm: z.number().positive().max(100),
  /** Speed that `motors` 100 % is mapped to, in percent of the motor's top speed. */
  maxSpeedPercent: z.number().min(1).max(100),
  /** A lower ceiling for young pupils, in percent of top speed. */
  safeSpeedPercent: z.number().min(1).max(100),
});
export type Limits = z.infer<typeof LimitsSchema>;
