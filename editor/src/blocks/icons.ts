/**
 * Icons drawn on the blocks, for pupils who cannot read yet: an arrow says where the robot goes, a
 * bulb that it lights up. Drawn for this project (32×32 units, white on the block's colour so that they
 * read on every category), and shipped inline as data URIs so that a tablet fetches nothing more.
 */
import { COLOR_HEX, COLOR_NAMES, type ColorName } from '../../../program/src/vocabulary.ts';

export function svgDataUri(svg: string): string {
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}

const icon = (body: string): string =>
  svgDataUri(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">${body}</svg>`);

const WHITE = 'fill="#fff" stroke="#fff" stroke-linejoin="round"';
/** A white stroke `width` units wide (each attribute once: a repeated one makes the SVG invalid). */
const line = (width = 4) =>
  `fill="none" stroke="#fff" stroke-width="${width}" stroke-linecap="round" stroke-linejoin="round"`;

export const ICONS = {
  /** A green flag on a pole, on the yellow of the event blocks. */
  flag: icon(
    `<path d="M8 29V4" stroke="#3a3a3a" stroke-width="3" stroke-linecap="round"/>` +
      `<path d="M9 5c5-3 9 3 15 0v12c-6 3-10-3-15 0z" fill="#2fbf4a" stroke="#1d7a2f" stroke-width="2" stroke-linejoin="round"/>`,
  ),
  /** A thick arrow pointing up: straight ahead. */
  forward: icon(`<path d="M16 3 28 16h-7v13h-10V16H4z" ${WHITE} stroke-width="2"/>`),
  /** The same arrow pointing down: backwards. */
  backward: icon(`<path d="M16 29 4 16h7V3h10v13h7z" ${WHITE} stroke-width="2"/>`),
  /** Goes up, then bends to the left: a quarter turn left. */
  turnLeft: icon(
    `<path d="M22 29V16a6 6 0 0 0-6-6h-5" ${line()}/><path d="M12 2 3 10l9 8z" ${WHITE} stroke-width="2"/>`,
  ),
  /** Goes up, then bends to the right: a quarter turn right. */
  turnRight: icon(
    `<path d="M10 29V16a6 6 0 0 1 6-6h5" ${line()}/><path d="M20 2l9 8-9 8z" ${WHITE} stroke-width="2"/>`,
  ),
  /** Two arrows chasing each other round a circle. */
  repeat: icon(
    `<path d="M25 13a10 10 0 0 0-17-4" ${line()}/><path d="M4 4v8h8z" ${WHITE} stroke-width="2"/>` +
      `<path d="M7 19a10 10 0 0 0 17 4" ${line()}/><path d="M28 28v-8h-8z" ${WHITE} stroke-width="2"/>`,
  ),
  /** An hourglass. */
  wait: icon(
    `<path d="M8 3h16M8 29h16" ${line()}/>` +
      `<path d="M10 4c0 7 12 7 12 12s-12 5-12 12h12c0-7-12-7-12-12s12-5 12-12z" fill="none" stroke="#fff" stroke-width="2.5" stroke-linejoin="round"/>` +
      `<path d="M12 26c1-3 7-3 8 0z" fill="#fff"/>`,
  ),
  /** A light bulb with its rays. */
  light: icon(
    `<path d="M16 6a8 8 0 0 0-5 14c1 1 2 3 2 4h6c0-1 1-3 2-4a8 8 0 0 0-5-14z" ${WHITE} stroke-width="1.5"/>` +
      `<path d="M13 27h6M14 30h4" ${line(2.5)}/>` +
      `<path d="M16 1v1M4 8l1 1M28 8l-1 1M2 17h1M30 17h-1" ${line(2.5)}/>`,
  ),
  /** A quaver. */
  sound: icon(
    `<path d="M13 24V5l12-3v18" ${line(3)}/>` +
      `<ellipse cx="9.5" cy="24.5" rx="4.5" ry="3.5" fill="#fff"/><ellipse cx="21.5" cy="20.5" rx="4.5" ry="3.5" fill="#fff"/>`,
  ),
} as const;

/** A round swatch of a light colour for the colour menu; `off` is a dark disc crossed out. */
export function colorSwatch(color: ColorName): string {
  const disc = `<circle cx="16" cy="16" r="13" fill="${COLOR_HEX[color]}" stroke="#333" stroke-width="2"/>`;
  const cross =
    color === 'off' ? `<path d="M7 25 25 7" stroke="#fff" stroke-width="3" stroke-linecap="round"/>` : '';
  return icon(disc + cross);
}

export const COLOR_SWATCHES: Readonly<Record<ColorName, string>> = Object.fromEntries(
  COLOR_NAMES.map((name) => [name, colorSwatch(name)]),
) as Record<ColorName, string>;
