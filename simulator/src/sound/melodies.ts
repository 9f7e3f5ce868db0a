/**
 * The stored tunes of the `melody` statement, as notes, so that a simulated robot plays (and records)
 * them for as long as a real one would. Each is short (1 to 3 s) and stays within C4…C7, the range of
 * the program format, so that a driver can send the same notes to a robot's buzzer.
 * Beats are the program format's: one beat = BEAT_MS (0.5 s).
 */
import type { MelodyName } from '../../../program/src/vocabulary.ts';

export interface MelodyNote {
  /** Scientific pitch (`C5`, `F#4`) or `rest`. */
  readonly note: string;
  readonly beats: number;
}

export const MELODY_NOTES: Readonly<Record<MelodyName, readonly MelodyNote[]>> = {
  /** A rising C major arpeggio: do mi sol do. */
  happy: [
    { note: 'C5', beats: 0.5 },
    { note: 'E5', beats: 0.5 },
    { note: 'G5', beats: 0.5 },
    { note: 'C6', beats: 1 },
  ],
  /** A slow chromatic fall, the "wah wah wah waah" of cartoons. */
  sad: [
    { note: 'G4', beats: 1 },
    { note: 'F#4', beats: 1 },
    { note: 'F4', beats: 1 },
    { note: 'E4', beats: 2 },
  ],
  /** A short fanfare: three quick notes, then the arpeggio up to a long high C. */
  victory: [
    { note: 'G4', beats: 0.25 },
    { note: 'G4', beats: 0.25 },
    { note: 'G4', beats: 0.25 },
    { note: 'C5', beats: 0.75 },
    { note: 'E5', beats: 0.5 },
    { note: 'G5', beats: 0.5 },
    { note: 'C6', beats: 1.5 },
  ],
  /** Two notes a fourth apart, alternating quickly, like a siren. */
  alarm: [
    { note: 'A5', beats: 0.5 },
    { note: 'E5', beats: 0.5 },
    { note: 'A5', beats: 0.5 },
    { note: 'E5', beats: 0.5 },
    { note: 'A5', beats: 0.5 },
    { note: 'E5', beats: 0.5 },
  ],
  /** A falling minor third, the "cou-cou" of a greeting. */
  hello: [
    { note: 'G5', beats: 1 },
    { note: 'E5', beats: 1 },
  ],
};

/** How many beats a stored tune lasts. */
export function melodyBeats(name: MelodyName): number {
  return MELODY_NOTES[name].reduce((sum, { beats }) => sum + beats, 0);
}
