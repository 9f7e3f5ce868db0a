/** Looks blocks: the robot's light. The colour menu shows swatches, so no reading is needed. */
import { COLOR_NAMES } from '../../../program/src/vocabulary.ts';
import { type BlockDefinition, ICON_SIZE, iconField } from './definition.ts';
import { COLOR_SWATCHES, ICONS } from './icons.ts';

const colorOptions = COLOR_NAMES.map((name) => [
  {
    src: COLOR_SWATCHES[name],
    width: ICON_SIZE,
    height: ICON_SIZE,
    alt: `%{BKY_ATELIER_COLOR_${name.toUpperCase()}}`,
  },
  name,
]);

export const looksBlocks: readonly BlockDefinition[] = [
  {
    type: 'atelier_light',
    message0: '%{BKY_ATELIER_LIGHT}',
    args0: [
      iconField(ICONS.light, 'ATELIER_ICON_LIGHT'),
      { type: 'field_dropdown', name: 'COLOR', options: colorOptions },
    ],
    previousStatement: null,
    nextStatement: null,
    style: 'looks_blocks',
    tooltip: '%{BKY_ATELIER_LIGHT_TOOLTIP}',
  },
];
