/**
 * The translation layer. Every word a pupil, parent or teacher sees is looked up here by key, in the
 * chosen language, with French as the first language and the fallback. Tables are plain data: each
 * part of the project keeps its own table of keys (errors, editor, lessons) beside its code.
 *
 * Templates use `{name}` placeholders, filled from `params`; a missing parameter is left visible as
 * `{name}` so that a forgotten one shows up in tests instead of printing "undefined".
 */

export const LANGUAGES = ['fr', 'en', 'ar', 'tr', 'pt'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'fr';

/** A message in every language we have it in; French is always there. */
export type Translations = { fr: string } & Partial<Record<Exclude<Language, 'fr'>, string>>;
export type MessageTable = Readonly<Record<string, Translations>>;
export type Params = Readonly<Record<string, string | number | boolean>>;

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

export function format(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/** The message for `key` in `lang`, falling back to French; the key itself when the table lacks it. */
export function translate(
  table: MessageTable,
  key: string,
  params: Params = {},
  lang: Language = DEFAULT_LANGUAGE,
): string {
  const entry = table[key];
  if (!entry) return key;
  return format(entry[lang] ?? entry.fr, params);
}
