/** Generators of blocks/events.ts: each hat gives its script's `when`. */
import type { EventGenerator } from './context.ts';

export const eventGenerators: Readonly<Record<string, EventGenerator>> = {
  atelier_when_start: () => ({ event: 'start' }),
};
