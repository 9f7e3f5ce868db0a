/**
 * The profiles of firmware-profiles/profiles/, read from disk (Node only: the bridge and the command
 * line). Every `*.json` file is read, in name order; a file that cannot be read or parsed is reported
 * like an invalid one, never thrown, so that one broken file leaves the other robots usable.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildRegistry, type ProfileFile, type ProfileProblem, type ProfileRegistry } from './registry.ts';

export type Profiles = ProfileRegistry;

export const PROFILES_DIR = fileURLToPath(new URL('../profiles/', import.meta.url));

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Synchronous on purpose: it runs once at start-up, before anything else needs the profiles. */
export function loadProfiles(dir: string = PROFILES_DIR): Profiles {
  const problems: ProfileProblem[] = [];
  let names: string[];
  try {
    names = readdirSync(dir)
      .filter((name) => name.endsWith('.json'))
      .sort();
  } catch (error) {
    return {
      profiles: new Map(),
      problems: [{ file: dir, problem: `dossier des profils illisible : ${reason(error)}` }],
    };
  }
  const files: ProfileFile[] = [];
  for (const file of names) {
    try {
      files.push({ file, json: JSON.parse(readFileSync(join(dir, file), 'utf8')) });
    } catch (error) {
      problems.push({ file, problem: `fichier illisible ou JSON invalide : ${reason(error)}` });
    }
  }
  const registry = buildRegistry(files);
  return { profiles: registry.profiles, problems: [...problems, ...registry.problems] };
}
