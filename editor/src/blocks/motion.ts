/**
 * Motion blocks of the floor robot: whole steps (one cell of the mat) and quarter turns, as a Bee-Bot
 * does. A step count is a number field of the block itself: a child taps it and types, nothing to fit in.
 */
import { type BlockDefinition, iconField } from './definition.ts';
import { ICONS } from './icons.ts';

/** One to twenty cells: a mat is at most a few cells wide, and a big number is a typing slip. */
const steps = { type: 'field_number', name: 'STEPS', value: 1, min: 1, max: 20, precision: 1 } as const;

export const motionBlocks: readonly BlockDefinition[] = [
  {
    type: 'atelier_move_forward',
    message0: '%{BKY_ATELIER_MOVE_FORWARD}',
    args0: [iconField(ICONS.forward, 'ATELIER_ICON_FORWARD'), steps],
    previousStatement: null,
    nextStatement: null,
    style: 'motion_blocks',
    tooltip: '%{BKY_ATELIER_MOVE_FORWARD_TOOLTIP}',
  },
  {
    type: 'atelier_move_backward',
    message0: '%{BKY_ATELIER_MOVE_BACKWARD}',
    args0: [iconField(ICONS.backward, 'ATELIER_ICON_BACKWARD'), steps],
    previousStatement: null,
    nextStatement: null,
    style: 'motion_blocks',
    tooltip: '%{BKY_ATELIER_MOVE_BACKWARD_TOOLTIP}',
  },
  {
    type: 'atelier_turn_left',
    message0: '%{BKY_ATELIER_TURN_LEFT}',
    args0: [iconField(ICONS.turnLeft, 'ATELIER_ICON_TURN_LEFT')],
    previousStatement: null,
    nextStatement: null,
    style: 'motion_blocks',
    tooltip: '%{BKY_ATELIER_TURN_LEFT_TOOLTIP}',
  },
  {
    type: 'atelier_turn_right',
    message0: '%{BKY_ATELIER_TURN_RIGHT}',
    args0: [iconField(ICONS.turnRight, 'ATELIER_ICON_TURN_RIGHT')],
    previousStatement: null,
    nextStatement: null,
    style: 'motion_blocks',
    tooltip: '%{BKY_ATELIER_TURN_RIGHT_TOOLTIP}',
  },
];
