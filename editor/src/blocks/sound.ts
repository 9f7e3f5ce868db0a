/** Sound blocks: one note of the C major scale, for a number of beats (one beat = 0.5 s, BEAT_MS). */
import { type BlockDefinition, iconField } from './definition.ts';
import { ICONS } from './icons.ts';

/** The notes offered: one octave from middle C, the range of a classroom xylophone. */
export const SCALE = ['C4', 'D4', 'E4', 'F4', 'G4', 'A4', 'B4', 'C5'] as const;

export const soundBlocks: readonly BlockDefinition[] = [
  {
    type: 'atelier_sound',
    message0: '%{BKY_ATELIER_SOUND}',
    args0: [
      iconField(ICONS.sound, 'ATELIER_ICON_SOUND'),
      {
        type: 'field_dropdown',
        name: 'NOTE',
        options: SCALE.map((note) => [`%{BKY_ATELIER_NOTE_${note}}`, note]),
      },
      { type: 'field_number', name: 'BEATS', value: 1, min: 0.5, max: 8, precision: 0.5 },
    ],
    previousStatement: null,
    nextStatement: null,
    style: 'sound_blocks',
    tooltip: '%{BKY_ATELIER_SOUND_TOOLTIP}',
  },
];
