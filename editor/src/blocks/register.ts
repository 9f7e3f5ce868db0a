/**
 * The one setup file of the blocks: hands their texts, in the page's language, to Blockly, then defines
 * every block of every category. Call it once, before a workspace is created or loaded (block texts
 * are looked up when a block is built). Defining is kept apart, in one data file per category.
 */
import * as Blockly from 'blockly/core';
import type { Language } from '../../../program/src/i18n.ts';
import { BLOCK_MESSAGE_KEYS, pageLanguage, t } from '../i18n/index.ts';
import { controlBlocks } from './control.ts';
import type { BlockDefinition } from './definition.ts';
import { eventBlocks } from './events.ts';
import { looksBlocks } from './looks.ts';
import { motionBlocks } from './motion.ts';
import { soundBlocks } from './sound.ts';

export const BLOCK_DEFINITIONS: readonly BlockDefinition[] = [
  ...eventBlocks,
  ...motionBlocks,
  ...controlBlocks,
  ...looksBlocks,
  ...soundBlocks,
];

export function registerBlocks(lang: Language = pageLanguage()): void {
  for (const key of BLOCK_MESSAGE_KEYS) Blockly.Msg[key] = t(key, {}, lang);
  Blockly.common.defineBlocksWithJsonArray([...BLOCK_DEFINITIONS]);
}
