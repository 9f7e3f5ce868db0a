import { describe, expect, it } from 'vitest';
import { NoteSchema } from '../../../program/src/schema.ts';
import { BEAT_MS, MELODIES } from '../../../program/src/vocabulary.ts';
import { melodyMs } from './checks.ts';
import { MELODY_NOTES } from './melodies.ts';

describe('stored tunes', () => {
  it.each(MELODIES)('%s is a short tune of valid notes', (name) => {
    const notes = MELODY_NOTES[name];
    expect(notes.length).toBeGreaterThanOrEqual(2);
    for (const { note, beats } of notes) {
      expect(NoteSchema.safeParse(note).success, note).toBe(true);
      expect(beats).toBeGreaterThan(0);
    }
    const ms = melodyMs(name);
    expect(ms).toBe(notes.reduce((sum, { beats }) => sum + beats, 0) * BEAT_MS);
    expect(ms).toBeGreaterThanOrEqual(1000);
    expect(ms).toBeLessThanOrEqual(3000);
  });
});
