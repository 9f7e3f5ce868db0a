/**
 * Reads the lesson packs and the competence catalogue from disk (Node only: the command line and the
 * tests; the editor bundles its lessons). A file that cannot be read or is not JSON becomes a failed
 * report of its own, so that one broken file never hides the other lessons.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FRENCH_ISSUES } from '../../../firmware-profiles/src/issues.ts';
import { AtelierError } from '../../../program/src/errors/index.ts';
import { DEFAULT_LANGUAGE, type Language } from '../../../program/src/i18n.ts';
import { type Catalogue, CatalogueSchema } from '../catalogue.ts';
import type { LessonFile, LessonReport } from '../check/check-lesson.ts';
import { LEVELS } from '../levels.ts';
import { lessonProblem } from '../problem.ts';

export const PACKS_DIR = fileURLToPath(new URL('../../packs/', import.meta.url));
export const CATALOGUE_FILE = fileURLToPath(new URL('../../catalogue/competences.json', import.meta.url));

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

export interface ReadLessons {
  files: LessonFile[];
  /** Files that could not be read as JSON, already reported as failed. */
  unreadable: LessonReport[];
}

/** Every `<dir>/<folder>/*.json`, in name order; paths are relative to `dir` (`PS/ps-01-….json`). */
export function readLessonFiles(dir: string = PACKS_DIR, lang: Language = DEFAULT_LANGUAGE): ReadLessons {
  const files: LessonFile[] = [];
  const unreadable: LessonReport[] = [];
  let folders: string[];
  try {
    folders = readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
  } catch (error) {
    throw new AtelierError('LESSON_PACKS_UNREADABLE', {
      params: { dir, detail: reason(error) },
      cause: error,
    });
  }
  for (const folder of folders) {
    const names = readdirSync(join(dir, folder))
      .filter((name) => name.endsWith('.json'))
      .sort();
    for (const name of names) {
      const full = join(dir, folder, name);
      const path = relative(dir, full);
      try {
        files.push({ path, json: JSON.parse(readFileSync(full, 'utf8')) });
      } catch (error) {
        const level = LEVELS.find((candidate) => candidate === folder) ?? null;
        const problem = lessonProblem('LESSON_NOT_JSON', { file: path, detail: reason(error) }, lang);
        unreadable.push({ lesson: name.replace(/\.json$/, ''), level, passed: false, problems: [problem] });
      }
    }
  }
  return { files, unreadable };
}

/** The catalogue, checked; throws LESSON_CATALOGUE_INVALID (or LESSON_NOT_JSON) when it is not one. */
export function readCatalogue(file: string = CATALOGUE_FILE): Catalogue {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new AtelierError('LESSON_NOT_JSON', { params: { file, detail: reason(error) }, cause: error });
  }
  const parsed = CatalogueSchema.safeParse(json, { error: FRENCH_ISSUES });
  if (!parsed.success) {
    const [first] = parsed.error.issues;
    const field = first === undefined ? '' : first.path.join('.');
    throw new AtelierError('LESSON_CATALOGUE_INVALID', {
      params: { field, detail: first?.message ?? '' },
      cause: parsed.error,
    });
  }
  return parsed.data;
}
