/**
 * A text a pupil, teacher or parent reads, in French first, with room for the other languages of the
 * project (program/src/i18n.ts: en, ar, tr, pt) to be added field by field, without changing the
 * lesson format. A missing translation falls back to French.
 */
import { z } from 'zod';
import { DEFAULT_LANGUAGE, type Language } from '../../program/src/i18n.ts';

const text = z.string().trim().min(1).max(2000);

export const LocalizedTextSchema = z.strictObject({
  fr: text,
  en: text.exactOptional(),
  ar: text.exactOptional(),
  tr: text.exactOptional(),
  pt: text.exactOptional(),
});
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

/** The text in `lang`, or in French when it has not been translated yet. */
export function localize(value: LocalizedText, lang: Language = DEFAULT_LANGUAGE): string {
  return value[lang] ?? value.fr;
}

/** Sentences of a French text, counted by their final punctuation (a text without any is one). */
export function sentenceCount(value: string): number {
  const ends = value.match(/[.!?…]+(?=\s|$)/g);
  return Math.max(1, ends?.length ?? 0);
}
