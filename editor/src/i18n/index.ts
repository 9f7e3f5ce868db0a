/**
 * The editor's translation table, looked up through program/src/i18n.ts's `translate`, and the
 * language of the page. French first; a language we lack falls back to French word by word.
 */
import {
  DEFAULT_LANGUAGE,
  isLanguage,
  type Language,
  type MessageTable,
  type Params,
  type Translations,
  translate,
} from '../../../program/src/i18n.ts';
import { en } from './en.ts';
import { type EditorMessageKey, fr } from './fr.ts';

export type { EditorMessageKey };

export const editorMessages: MessageTable = Object.fromEntries(
  (Object.keys(fr) as EditorMessageKey[]).map((key): [string, Translations] => [
    key,
    { fr: fr[key], en: en[key] },
  ]),
);

/** Block texts handed to Blockly (`Blockly.Msg`), named `%{BKY_…}` in block definitions. */
export const BLOCK_MESSAGE_KEYS = (Object.keys(fr) as EditorMessageKey[]).filter((key) =>
  key.startsWith('ATELIER_'),
);

/**
 * The page's language: `<html lang>`, which main.ts sets once from `?lang=` before anything renders.
 * Outside a page (Node tests) it is French.
 */
export function pageLanguage(): Language {
  const lang = globalThis.document?.documentElement.lang.slice(0, 2);
  return isLanguage(lang) ? lang : DEFAULT_LANGUAGE;
}

export function t(key: EditorMessageKey, params: Params = {}, lang: Language = pageLanguage()): string {
  return translate(editorMessages, key, params, lang);
}
