import { AtelierError } from '../../../program/src/errors/index.ts';
import { COLOR_HEX, COLOR_NAMES, type ColorName } from '../../../program/src/vocabulary.ts';

const HEX = /^#[0-9a-f]{6}$/i;

/**
 * The `#rrggbb` (lower case) a light shows for `color`. Colours reach a robot already resolved to hex
 * (robot.ts), but a named colour is accepted too, so that a caller's slip is not a pupil's error.
 * Throws ROBOT_COLOR_INVALID for anything else.
 */
export function resolveColor(color: string): string {
  if (HEX.test(color)) return color.toLowerCase();
  if ((COLOR_NAMES as readonly string[]).includes(color)) return COLOR_HEX[color as ColorName];
  throw new AtelierError('ROBOT_COLOR_INVALID', { params: { color } });
}
