/**
 * The toolbox of the floor robot (Bee-Bot style), as plain data: every block always in sight in one
 * column, no categories to open, since most pupils of this level cannot read a category's name.
 * Lessons and levels will bring their own toolboxes in this same shape.
 */
import type * as Blockly from 'blockly/core';

export const floorRobotToolbox: Blockly.utils.toolbox.ToolboxInfo = {
  kind: 'flyoutToolbox',
  contents: [
    { kind: 'block', type: 'atelier_when_start' },
    { kind: 'block', type: 'atelier_move_forward' },
    { kind: 'block', type: 'atelier_move_backward' },
    { kind: 'block', type: 'atelier_turn_left' },
    { kind: 'block', type: 'atelier_turn_right' },
    { kind: 'block', type: 'atelier_repeat' },
    { kind: 'block', type: 'atelier_wait' },
    { kind: 'block', type: 'atelier_light', fields: { COLOR: 'green' } },
    { kind: 'block', type: 'atelier_sound' },
  ],
};
