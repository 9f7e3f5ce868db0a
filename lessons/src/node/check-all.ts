/**
 * Checks every lesson on disk against the catalogue and the firmware profiles on disk: what
 * `atelier lessons check` and tests/lessons run.
 */
import { loadProfiles } from '../../../firmware-profiles/src/load.ts';
import { DEFAULT_LANGUAGE, type Language } from '../../../program/src/i18n.ts';
import type { LessonReport } from '../check/check-lesson.ts';
import { checkLessonFiles } from '../check/check-packs.ts';
import { readCatalogue, readLessonFiles } from './load.ts';

export interface CheckAllOptions {
  packsDir?: string;
  catalogueFile?: string;
  profilesDir?: string;
  lang?: Language;
}

export async function checkAllLessons(options: CheckAllOptions = {}): Promise<LessonReport[]> {
  const lang = options.lang ?? DEFAULT_LANGUAGE;
  const catalogue = readCatalogue(options.catalogueFile);
  const { profiles } = loadProfiles(options.profilesDir);
  const { files, unreadable } = readLessonFiles(options.packsDir, lang);
  const reports = await checkLessonFiles(files, { catalogue, profiles, lang });
  return [...reports, ...unreadable];
}
