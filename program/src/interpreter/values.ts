/**
 * The values a program computes with, and the conversions the interpreter makes between them.
 *
 * A value is a number (a JS double), a boolean or a text. There is no silent conversion between kinds:
 * a text where a number is needed is a runtime error naming the block (the validator already refuses
 * text literals there; a variable set to a text can still get there). The one lenient place is `=` and
 * `!=`, which compare numbers numerically, texts without regard to case, and a number with a text that
 * reads as a number numerically ("3" = 3), as a pupil would.
 */
import { word } from '../block-names.ts';
import type { Language } from '../i18n.ts';

export type Value = number | boolean | string;

/**
 * A number as a pupil writes it: no trailing `.0`, no binary noise (0.1 + 0.2 shows as 0.3): at most
 * 12 significant digits.
 */
export function formatNumber(n: number): string {
  if (Object.is(n, -0)) return '0';
  if (Number.isInteger(n)) return String(n);
  return String(Number(n.toPrecision(12)));
}

/** The text `display` shows for a value, and what error messages quote. */
export function displayText(value: Value, lang: Language): string {
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'boolean') return word(value ? 'true' : 'false', lang);
  return value;
}

function numericText(text: string): number | undefined {
  if (text.trim() === '') return undefined;
  const n = Number(text);
  return Number.isFinite(n) ? n : undefined;
}

/** `=`: numbers numerically, texts case-insensitively, booleans with booleans only. */
export function valuesEqual(a: Value, b: Value): boolean {
  if (typeof a === 'boolean' || typeof b === 'boolean') return a === b;
  if (typeof a === 'number' && typeof b === 'number') return a === b;
  if (typeof a === 'string' && typeof b === 'string') return a.toLowerCase() === b.toLowerCase();
  if (typeof a === 'number') return typeof b === 'string' && numericText(b) === a;
  return typeof b === 'number' && numericText(a) === b;
}

/** A whole number between `min` and `max` included, whatever their order; bounds are rounded first. */
export function randomInteger(a: number, b: number, random: () => number): number {
  const low = Math.round(Math.min(a, b));
  const high = Math.round(Math.max(a, b));
  return low + Math.min(high - low, Math.floor(random() * (high - low + 1)));
}
