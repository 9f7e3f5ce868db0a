/** Generators of blocks/control.ts. */
import type { StatementGenerator } from './context.ts';

export const controlGenerators: Readonly<Record<string, StatementGenerator>> = {
  atelier_repeat: (block, ctx) => ({
    id: block.id,
    op: 'repeat',
    times: ctx.number(block, 'TIMES'),
    do: ctx.body(block, 'DO'),
  }),
  atelier_wait: (block, ctx) => ({ id: block.id, op: 'wait', seconds: ctx.number(block, 'SECONDS') }),
};
