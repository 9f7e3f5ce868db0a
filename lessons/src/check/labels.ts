/** Words the lesson check puts in its messages: which program, which part of the mat. French first. */
import type { Language, Translations } from '../../../program/src/i18n.ts';
import { format } from '../../../program/src/i18n.ts';

const LABELS = {
  start: { fr: 'le programme de départ', en: 'the starting program' },
  solution: { fr: 'la solution {n}', en: 'solution {n}' },
  wrong: { fr: 'l’erreur type {n} (« {mistake} »)', en: 'typical mistake {n} ("{mistake}")' },
  empty: { fr: 'le programme vide (le drapeau seul)', en: 'the empty program (the flag alone)' },
  truncated: {
    fr: 'la solution 1 sans son dernier bloc',
    en: 'solution 1 without its last block',
  },
  startCell: { fr: 'le départ du robot', en: 'the robot’s start' },
  obstacle: { fr: 'un obstacle', en: 'an obstacle' },
  picture: { fr: 'l’image « {picture} »', en: 'the picture "{picture}"' },
  target: { fr: 'une cible', en: 'a target' },
  goalCell: { fr: 'une case du but', en: 'a square of the goal' },
  offMat: { fr: 'hors du tapis', en: 'off the mat' },
  onObstacle: { fr: 'sur un obstacle', en: 'on an obstacle' },
  characters: { fr: 'caractères', en: 'characters' },
  sentences: { fr: 'phrases', en: 'sentences' },
} as const satisfies Record<string, Translations>;

export type LabelKey = keyof typeof LABELS;

export function label(key: LabelKey, lang: Language, params: Record<string, string | number> = {}): string {
  const entry: Translations = LABELS[key];
  return format(entry[lang] ?? entry.fr, params);
}
