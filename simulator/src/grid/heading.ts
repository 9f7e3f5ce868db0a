/**
 * Headings on a grid mat, in degrees clockwise from north (state.ts): 0 north (y+1), 90 east (x+1),
 * 180 south (y−1), 270 west (x−1).
 */
import type { Cell, Heading } from './state.ts';

export const HEADINGS: readonly Heading[] = [0, 90, 180, 270];

/** The heading after `quarters` quarter turns, clockwise when positive (a right turn). */
export function turnHeading(heading: Heading, quarters: number): Heading {
  const index = (((heading / 90 + quarters) % 4) + 4) % 4;
  return HEADINGS[index] ?? heading;
}

/** The cell `cells` cells away along `heading` (negative: behind). */
export function cellAlong(from: Cell, heading: Heading, cells: number): Cell {
  switch (heading) {
    case 0:
      return { x: from.x, y: from.y + cells };
    case 90:
      return { x: from.x + cells, y: from.y };
    case 180:
      return { x: from.x, y: from.y - cells };
    case 270:
      return { x: from.x - cells, y: from.y };
  }
}
