/**
 * The shape of a JSON block definition, as far as this project uses it. Blockly types its own
 * `defineBlocksWithJsonArray` argument as `any[]`; this narrows what our files may write.
 */
export interface BlockDefinition {
  readonly type: string;
  readonly style: BlockStyleName;
  readonly tooltip: string;
  readonly [key: string]: unknown;
}

/** The block styles of theme.ts, one per category of the toolbox. */
export type BlockStyleName =
  | 'events_blocks'
  | 'motion_blocks'
  | 'control_blocks'
  | 'looks_blocks'
  | 'sound_blocks';

/** Icons are 32 px square on a block: big enough to see from a child's arm's length. */
export const ICON_SIZE = 32;

export function iconField(src: string, altKey: string) {
  return { type: 'field_image', src, width: ICON_SIZE, height: ICON_SIZE, alt: `%{BKY_${altKey}}` } as const;
}
