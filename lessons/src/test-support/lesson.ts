/**
 * A small, valid lesson as raw JSON, for tests that change one thing and look at what the schema or the
 * check says. The robot starts at (0, 0) facing north on a 1 × 3 strip; one step reaches the apple.
 */
import type { Program, Statement } from '../../../program/src/schema.ts';

export function startWith(...body: Statement[]): Program {
  return {
    format: 'atelier.program',
    version: 1,
    scripts: [{ id: 's1', when: { event: 'start' }, do: body }],
  };
}

export const step = (id: string, steps = 1): Statement => ({ id, op: 'move', direction: 'forward', steps });

const fr = (text: string) => ({ fr: text });

export function rawLesson(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    format: 'atelier.lesson',
    version: 1,
    id: 'ps-01-essai',
    level: 'PS',
    cycle: 1,
    order: 1,
    title: fr('Essai'),
    instructions: fr('Fais avancer le robot jusqu’à la pomme.'),
    durationMin: 15,
    competences: ['c1-objets-action-effet'],
    robots: { profiles: ['virtual-floor-robot'] },
    toolbox: { blocks: ['atelier_when_start', 'atelier_move_forward'] },
    world: {
      kind: 'grid',
      size: { width: 1, height: 3 },
      start: { x: 0, y: 0, heading: 0 },
      pictures: [{ x: 0, y: 1, picture: 'apple' }],
    },
    startProgram: startWith(),
    goal: { kind: 'reach', cell: { x: 0, y: 1 } },
    solutions: [{ program: startWith(step('b1')) }],
    hints: [fr('Un indice.'), fr('Un autre indice.')],
    teacherNotes: {
      objective: fr('Objectif.'),
      preparation: fr('Préparation.'),
      warmUp: fr('Échauffement.'),
      debrief: [fr('Question 1 ?'), fr('Question 2 ?')],
      adaptations: { ulis: fr('ULIS.'), newToFrench: fr('Allophone.') },
    },
    parentSheet: { whatWeDid: fr('Fait.'), helpAtHome: fr('Aider.'), challenge: fr('Défi.') },
    ...overrides,
  };
}
