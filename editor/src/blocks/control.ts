/** Control blocks: repeating and waiting. */
import { type BlockDefinition, iconField } from './definition.ts';
import { ICONS } from './icons.ts';

export const controlBlocks: readonly BlockDefinition[] = [
  {
    type: 'atelier_repeat',
    message0: '%{BKY_ATELIER_REPEAT}',
    args0: [
      iconField(ICONS.repeat, 'ATELIER_ICON_REPEAT'),
      { type: 'field_number', name: 'TIMES', value: 4, min: 1, max: 100, precision: 1 },
    ],
    message1: '%1',
    args1: [{ type: 'input_statement', name: 'DO' }],
    previousStatement: null,
    nextStatement: null,
    style: 'control_blocks',
    tooltip: '%{BKY_ATELIER_REPEAT_TOOLTIP}',
  },
  {
    type: 'atelier_wait',
    message0: '%{BKY_ATELIER_WAIT}',
    args0: [
      iconField(ICONS.wait, 'ATELIER_ICON_WAIT'),
      // Tenths of a second at most: a pupil counts seconds; a minute is longer than any lesson needs.
      { type: 'field_number', name: 'SECONDS', value: 1, min: 0, max: 60, precision: 0.1 },
    ],
    previousStatement: null,
    nextStatement: null,
    style: 'control_blocks',
    tooltip: '%{BKY_ATELIER_WAIT_TOOLTIP}',
  },
];
