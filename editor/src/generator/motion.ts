/** Generators of blocks/motion.ts. A turn leaves `degrees` out: the format's default is a quarter turn. */
import type { StatementGenerator } from './context.ts';

export const motionGenerators: Readonly<Record<string, StatementGenerator>> = {
  atelier_move_forward: (block, ctx) => ({
    id: block.id,
    op: 'move',
    direction: 'forward',
    steps: ctx.number(block, 'STEPS'),
  }),
  atelier_move_backward: (block, ctx) => ({
    id: block.id,
    op: 'move',
    direction: 'backward',
    steps: ctx.number(block, 'STEPS'),
  }),
  atelier_turn_left: (block) => ({ id: block.id, op: 'turn', direction: 'left' }),
  atelier_turn_right: (block) => ({ id: block.id, op: 'turn', direction: 'right' }),
};
