import type { Profiles } from '../../../firmware-profiles/src/load.ts';
import type { Profile } from '../../../firmware-profiles/src/schema.ts';
import { AtelierError } from '../../../program/src/errors/index.ts';

export function findProfile(profiles: Profiles, id: string): Profile {
  const profile = profiles.profiles.get(id);
  if (!profile) {
    throw new AtelierError('PROFILE_UNKNOWN', {
      params: { profile: id, known: [...profiles.profiles.keys()].sort().join(', ') },
    });
  }
  return profile;
}
