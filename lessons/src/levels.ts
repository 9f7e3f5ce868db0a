/**
 * The eight classes of French primary school, in order, and the cycle each belongs to (cycle 1:
 * maternelle; cycle 2: CP to CE2; cycle 3: CM1 and CM2, with the sixième of collège).
 */
import { z } from 'zod';

export const LEVELS = ['PS', 'MS', 'GS', 'CP', 'CE1', 'CE2', 'CM1', 'CM2'] as const;
export type Level = (typeof LEVELS)[number];
export const LevelSchema = z.enum(LEVELS);

export const CYCLES = [1, 2, 3] as const;
export type Cycle = (typeof CYCLES)[number];
export const CycleSchema = z.union([z.literal(1), z.literal(2), z.literal(3)]);

export const LEVEL_CYCLE: Readonly<Record<Level, Cycle>> = {
  PS: 1,
  MS: 1,
  GS: 1,
  CP: 2,
  CE1: 2,
  CE2: 2,
  CM1: 3,
  CM2: 3,
};

/** Position of a level in the progression, 0 for PS. */
export function levelRank(level: Level): number {
  return LEVELS.indexOf(level);
}
