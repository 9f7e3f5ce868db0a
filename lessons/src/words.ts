/**
 * Words the goal messages put in their sentences: the four ways a robot can face, seen from above the
 * mat as the pupil sees it on the tablet, colours and notes as the editor names them. French first.
 */
import type { Language, Translations } from '../../program/src/i18n.ts';
import {
  BITMAP_PATTERN,
  COLOR_HEX,
  COLOR_NAMES,
  type ColorName,
  IMAGES,
  type ImageName,
} from '../../program/src/vocabulary.ts';
import type { Heading } from '../../simulator/src/grid/state.ts';

const pick = (entry: Translations, lang: Language): string => entry[lang] ?? entry.fr;

const HEADING_WORDS: Readonly<Record<Heading, Translations>> = {
  0: { fr: 'vers le haut du tapis', en: 'towards the top of the mat' },
  90: { fr: 'vers la droite du tapis', en: 'towards the right of the mat' },
  180: { fr: 'vers le bas du tapis', en: 'towards the bottom of the mat' },
  270: { fr: 'vers la gauche du tapis', en: 'towards the left of the mat' },
};

export function headingWords(heading: Heading, lang: Language): string {
  return pick(HEADING_WORDS[heading], lang);
}

const COLOR_WORDS: Readonly<Record<ColorName, Translations>> = {
  red: { fr: 'rouge', en: 'red' },
  green: { fr: 'verte', en: 'green' },
  blue: { fr: 'bleue', en: 'blue' },
  yellow: { fr: 'jaune', en: 'yellow' },
  cyan: { fr: 'bleu clair', en: 'light blue' },
  magenta: { fr: 'rose', en: 'pink' },
  white: { fr: 'blanche', en: 'white' },
  orange: { fr: 'orange', en: 'orange' },
  purple: { fr: 'violette', en: 'purple' },
  off: { fr: 'éteinte', en: 'off' },
};

/** A light's colour in words when it is a named one, its `#rrggbb` otherwise. */
export function colorWords(hex: string, lang: Language): string {
  const name = COLOR_NAMES.find((color) => COLOR_HEX[color] === hex.toLowerCase());
  return name === undefined ? hex : pick(COLOR_WORDS[name], lang);
}

const NOTE_WORDS: Readonly<Record<string, Translations>> = {
  C: { fr: 'do', en: 'C' },
  D: { fr: 'ré', en: 'D' },
  E: { fr: 'mi', en: 'E' },
  F: { fr: 'fa', en: 'F' },
  G: { fr: 'sol', en: 'G' },
  A: { fr: 'la', en: 'A' },
  B: { fr: 'si', en: 'B' },
};

/** `C4` → « do », `C5` → « do aigu », as the editor's note menu says; other octaves keep their number. */
export function noteWords(note: string, lang: Language): string {
  const letter = NOTE_WORDS[note.charAt(0)];
  if (letter === undefined) return note;
  const accidental = note.charAt(1) === '#' ? '♯' : note.charAt(1) === 'b' ? '♭' : '';
  const octave = note.replace(/^[A-G][#b]?/, '');
  const name = `${pick(letter, lang)}${accidental}`;
  if (octave === '4') return name;
  if (octave === '5') return lang === 'fr' ? `${name} aigu` : `high ${name}`;
  return `${name}${octave}`;
}

const NOTHING: Translations = { fr: 'rien', en: 'nothing' };
export function nothingWord(lang: Language): string {
  return pick(NOTHING, lang);
}

const LIST_AND: Translations = { fr: ' puis ', en: ' then ' };
export function sequenceWords(items: readonly string[], lang: Language): string {
  return items.length === 0 ? nothingWord(lang) : items.join(pick(LIST_AND, lang));
}

const IMAGE_WORDS: Readonly<Record<ImageName, Translations>> = {
  heart: { fr: 'un cœur', en: 'a heart' },
  happy: { fr: 'un visage content', en: 'a happy face' },
  sad: { fr: 'un visage triste', en: 'a sad face' },
  yes: { fr: 'le signe « oui »', en: 'the "yes" sign' },
  no: { fr: 'le signe « non »', en: 'the "no" sign' },
  arrow_n: { fr: 'une flèche vers le haut', en: 'an arrow pointing up' },
  arrow_e: { fr: 'une flèche vers la droite', en: 'an arrow pointing right' },
  arrow_s: { fr: 'une flèche vers le bas', en: 'an arrow pointing down' },
  arrow_w: { fr: 'une flèche vers la gauche', en: 'an arrow pointing left' },
};
const DRAWING: Translations = { fr: 'un dessin de points', en: 'a drawing of dots' };

/** What a display shows, in words: nothing, a named image, a 5×5 drawing, or a text in quotes. */
export function displayWords(display: string | null, lang: Language): string {
  if (display === null) return nothingWord(lang);
  const image = IMAGES.find((name) => name === display);
  if (image !== undefined) return pick(IMAGE_WORDS[image], lang);
  if (BITMAP_PATTERN.test(display)) return pick(DRAWING, lang);
  return lang === 'fr' ? `« ${display} »` : `"${display}"`;
}
