/** Event blocks: the hats a script hangs from. */
import { type BlockDefinition, iconField } from './definition.ts';
import { ICONS } from './icons.ts';

export const eventBlocks: readonly BlockDefinition[] = [
  {
    type: 'atelier_when_start',
    message0: '%{BKY_ATELIER_WHEN_START}',
    args0: [iconField(ICONS.flag, 'ATELIER_ICON_FLAG')],
    nextStatement: null,
    style: 'events_blocks',
    tooltip: '%{BKY_ATELIER_WHEN_START_TOOLTIP}',
  },
];
