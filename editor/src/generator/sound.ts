/** Generators of blocks/sound.ts. */
import { SCALE } from '../blocks/sound.ts';
import type { StatementGenerator } from './context.ts';

export const soundGenerators: Readonly<Record<string, StatementGenerator>> = {
  atelier_sound: (block, ctx) => ({
    id: block.id,
    op: 'sound',
    note: ctx.choice(block, 'NOTE', SCALE),
    beats: ctx.number(block, 'BEATS'),
  }),
};
