/**
 * The values program format v1 gives a field that is left out (../shared/spec/program-v1.md). The
 * capability check and the interpreter read them from here, so both agree on what a program means.
 */
import type { LightTarget } from './vocabulary.ts';

/** `turn` without `degrees` turns a quarter turn. */
export const DEFAULT_TURN_DEGREES = 90;

/** `light` without `target` sets every light the robot has. */
export const DEFAULT_LIGHT_TARGET: LightTarget = 'all';
