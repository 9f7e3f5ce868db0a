/** Generators of blocks/looks.ts. */
import { COLOR_NAMES } from '../../../program/src/vocabulary.ts';
import type { StatementGenerator } from './context.ts';

export const looksGenerators: Readonly<Record<string, StatementGenerator>> = {
  atelier_light: (block, ctx) => ({
    id: block.id,
    op: 'light',
    color: ctx.choice(block, 'COLOR', COLOR_NAMES),
  }),
};
