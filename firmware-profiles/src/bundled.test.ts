import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLED_PROFILE_FILES, bundledProfiles } from './bundled.ts';
import { loadProfiles, PROFILES_DIR } from './load.ts';

describe('bundled profiles', () => {
  it('bundles every file of profiles/ (add a new profile to bundled.ts)', () => {
    const onDisk = readdirSync(PROFILES_DIR)
      .filter((name) => name.endsWith('.json'))
      .sort();
    expect(BUNDLED_PROFILE_FILES.map(({ file }) => file).sort()).toEqual(onDisk);
  });

  it('bundles each file under its own name', () => {
    for (const { file, json } of BUNDLED_PROFILE_FILES) {
      expect(json, file).toEqual(JSON.parse(readFileSync(join(PROFILES_DIR, file), 'utf8')));
    }
  });

  it('gives the same registry as the files on disk', () => {
    const bundled = bundledProfiles();
    expect(bundled.problems).toEqual([]);
    expect(bundled.profiles).toEqual(loadProfiles().profiles);
  });
});
