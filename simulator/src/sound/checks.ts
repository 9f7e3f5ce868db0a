/**
 * What a simulated robot accepts as a note, a duration and a tune. The validator already refuses a
 * malformed program; these checks guard the `Robot` methods themselves, which also receive values
 * computed while the program runs (`beats` may be a variable).
 */
import { AtelierError } from '../../../program/src/errors/index.ts';
import { BEAT_MS, MELODIES, type MelodyName, NOTE_PATTERN } from '../../../program/src/vocabulary.ts';
import { melodyBeats } from './melodies.ts';

/** Throws ROBOT_NOTE_INVALID unless `note` is `rest` or a pitch from C4 to C7. */
export function checkNote(note: string): void {
  if (note !== 'rest' && !NOTE_PATTERN.test(note)) {
    throw new AtelierError('ROBOT_NOTE_INVALID', { params: { note } });
  }
}

/** Milliseconds that `beats` beats last; throws ROBOT_BEATS_INVALID for a negative or non-finite count. */
export function beatsToMs(beats: number): number {
  if (!Number.isFinite(beats) || beats < 0) {
    throw new AtelierError('ROBOT_BEATS_INVALID', { params: { beats: String(beats) } });
  }
  return beats * BEAT_MS;
}

export function isMelodyName(name: string): name is MelodyName {
  return (MELODIES as readonly string[]).includes(name);
}

/** Milliseconds the tune lasts; throws ROBOT_MELODY_UNKNOWN for a name outside MELODIES. */
export function melodyMs(name: string): number {
  if (!isMelodyName(name)) throw new AtelierError('ROBOT_MELODY_UNKNOWN', { params: { melody: name } });
  return melodyBeats(name) * BEAT_MS;
}
