/**
 * The colours of the blocks, one per category, and the look of the workspace. Bright, distinct hues a
 * pupil can name (« les blocs bleus font bouger le robot »), with white text and icons on them.
 */
import * as Blockly from 'blockly/core';
import type { BlockStyleName } from './definition.ts';

const style = (colourPrimary: string, colourSecondary: string, colourTertiary: string) => ({
  colourPrimary,
  colourSecondary,
  colourTertiary,
});

const blockStyles: Record<BlockStyleName, Partial<Blockly.Theme.BlockStyle>> = {
  // A round cap on top says « a program starts here ».
  events_blocks: { ...style('#e0a100', '#f5c842', '#a87800'), hat: 'cap' },
  motion_blocks: style('#3d7eff', '#7aa6ff', '#2556c4'),
  control_blocks: style('#f28c0f', '#f7b15c', '#b86505'),
  looks_blocks: style('#9b5de5', '#bf93f0', '#6f38b3'),
  sound_blocks: style('#d94fad', '#e98ccc', '#a3307f'),
};

export function createAtelierTheme(): Blockly.Theme {
  return Blockly.Theme.defineTheme('atelier', {
    name: 'atelier',
    base: Blockly.Themes.Classic,
    blockStyles,
    componentStyles: {
      workspaceBackgroundColour: '#f6f8fb',
      flyoutBackgroundColour: '#e4eaf2',
      flyoutOpacity: 1,
      scrollbarColour: '#9aa7b8',
      scrollbarOpacity: 0.6,
    },
    fontStyle: {
      family: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
      weight: 'bold',
      size: 14,
    },
  });
}
