/**
 * Judges a run against a goal: pure, from what runOnWorld reports. Returns every reason the goal is not
 * met (an empty list when it is), each as a coded problem whose message a pupil can read.
 *
 * A run that ended on an error fails whatever the goal, with that error as the one reason: it is what
 * the pupil has to fix first. A run stopped at its time limit is judged as it stands (a program that
 * waits for button presses, or loops forever, is stopped that way).
 */
import { DEFAULT_LANGUAGE, type Language } from '../../../program/src/i18n.ts';
import { COLOR_HEX, type ColorName } from '../../../program/src/vocabulary.ts';
import { obstacleFront } from '../../../simulator/src/grid/sensors.ts';
import type { Cell } from '../../../simulator/src/grid/state.ts';
import { type LessonProblem, lessonProblem } from '../problem.ts';
import { colorWords, displayWords, headingWords, noteWords, sequenceWords } from '../words.ts';
import { type LessonWorld, toGridWorld } from '../world.ts';
import type { RunOutcome } from './run.ts';
import type { Goal, SimpleGoal } from './schema.ts';

const same = (a: Cell, b: Cell) => a.x === b.x && a.y === b.y;
const key = ({ x, y }: Cell) => `${x},${y}`;

export function judgeGoal(
  goal: Goal,
  outcome: RunOutcome,
  world: LessonWorld,
  lang: Language = DEFAULT_LANGUAGE,
): LessonProblem[] {
  if (outcome.reason === 'error') {
    const first = outcome.errors[0];
    const message = first?.message ?? '';
    return [
      lessonProblem(
        'LESSON_GOAL_RUN_ERROR',
        { message },
        lang,
        first?.blockId === undefined ? {} : { blockId: first.blockId },
      ),
    ];
  }
  return judgeMet(goal, outcome, world, lang);
}

function judgeMet(goal: Goal, outcome: RunOutcome, world: LessonWorld, lang: Language): LessonProblem[] {
  if (goal.kind === 'all_of') return goal.goals.flatMap((inner) => judgeMet(inner, outcome, world, lang));
  if (goal.kind === 'any_of') {
    // None holds: the reasons of the one that came closest (fewest reasons) say what to change.
    let closest: LessonProblem[] | undefined;
    for (const inner of goal.goals) {
      const problems = judgeMet(inner, outcome, world, lang);
      if (problems.length === 0) return [];
      if (closest === undefined || problems.length < closest.length) closest = problems;
    }
    return closest ?? [];
  }
  return judgeSimple(goal, outcome, world, lang);
}

function judgeSimple(
  goal: SimpleGoal,
  outcome: RunOutcome,
  world: LessonWorld,
  lang: Language,
): LessonProblem[] {
  const { state } = outcome;
  const here = { x: state.x, y: state.y };
  const fail = (code: Parameters<typeof lessonProblem>[0], params: Parameters<typeof lessonProblem>[1]) => [
    lessonProblem(code, params, lang),
  ];
  switch (goal.kind) {
    case 'reach':
      return same(here, goal.cell)
        ? []
        : fail('LESSON_GOAL_NOT_REACHED', { ...here, tx: goal.cell.x, ty: goal.cell.y });
    case 'visit':
      return visitProblems(goal.cells, goal.inOrder, state.trail, lang);
    case 'avoid': {
      const forbidden = new Set(goal.cells.map(key));
      const stepped = state.trail.find((cell) => forbidden.has(key(cell)));
      return stepped === undefined ? [] : fail('LESSON_GOAL_FORBIDDEN_CELL', { ...stepped });
    }
    case 'facing':
      return state.heading === goal.heading
        ? []
        : fail('LESSON_GOAL_WRONG_HEADING', {
            heading: headingWords(state.heading, lang),
            expected: headingWords(goal.heading, lang),
          });
    case 'draw': {
      const drawn =
        goal.match === 'sequence'
          ? state.trail.length === goal.cells.length &&
            state.trail.every((cell, i) => sameAt(goal.cells, i, cell))
          : sameSet(state.trail, goal.cells);
      const expected = goal.match === 'sequence' ? goal.cells.length : new Set(goal.cells.map(key)).size;
      const count = goal.match === 'sequence' ? state.trail.length : new Set(state.trail.map(key)).size;
      return drawn ? [] : fail('LESSON_GOAL_WRONG_SHAPE', { count, expected });
    }
    case 'light': {
      const expected = goal.color.startsWith('#')
        ? goal.color.toLowerCase()
        : COLOR_HEX[goal.color as ColorName];
      return state.light === expected
        ? []
        : fail('LESSON_GOAL_WRONG_LIGHT', {
            color: colorWords(state.light, lang),
            expected: colorWords(expected, lang),
          });
    }
    case 'show': {
      const expected = 'image' in goal ? goal.image : goal.text;
      if (state.display === expected) return [];
      if (state.display === null)
        return fail('LESSON_GOAL_DISPLAY_EMPTY', { expected: displayWords(expected, lang) });
      return fail('LESSON_GOAL_WRONG_DISPLAY', {
        shown: displayWords(state.display, lang),
        expected: displayWords(expected, lang),
      });
    }
    case 'melody':
      return state.sounds.some((sound) => sound.sound === `melody:${goal.name}`)
        ? []
        : fail('LESSON_GOAL_NO_MELODY', { name: goal.name });
    case 'notes': {
      const played = state.sounds
        .map((sound) => sound.sound)
        .filter((sound) => sound !== 'rest' && !sound.startsWith('melody:'));
      const ok = played.length === goal.notes.length && played.every((note, i) => note === goal.notes[i]);
      if (ok) return [];
      const expected = sequenceWords(
        goal.notes.map((note) => noteWords(note, lang)),
        lang,
      );
      if (played.length === 0) return fail('LESSON_GOAL_NO_NOTES', { expected });
      const heard = sequenceWords(
        played.map((note) => noteWords(note, lang)),
        lang,
      );
      return fail('LESSON_GOAL_WRONG_NOTES', { played: heard, expected });
    }
    case 'stop_before_wall': {
      const before = obstacleFront(toGridWorld(world), { ...here, heading: state.heading });
      return before && !state.bumped ? [] : fail('LESSON_GOAL_NOT_BEFORE_WALL', {});
    }
  }
}

function sameAt(cells: readonly Cell[], index: number, cell: Cell): boolean {
  const expected = cells[index];
  return expected !== undefined && same(expected, cell);
}

function sameSet(a: readonly Cell[], b: readonly Cell[]): boolean {
  const left = new Set(a.map(key));
  const right = new Set(b.map(key));
  return left.size === right.size && [...left].every((cell) => right.has(cell));
}

/** Each cell must appear in the trail; in order, each after the previous one's first visit after it. */
function visitProblems(
  cells: readonly Cell[],
  inOrder: boolean,
  trail: readonly Cell[],
  lang: Language,
): LessonProblem[] {
  const problems: LessonProblem[] = [];
  let from = 0;
  for (const cell of cells) {
    if (!trail.some((stood) => same(stood, cell))) {
      problems.push(lessonProblem('LESSON_GOAL_NOT_VISITED', { ...cell }, lang));
      continue;
    }
    if (!inOrder) continue;
    const at = trail.findIndex((stood, index) => index >= from && same(stood, cell));
    if (at === -1) {
      problems.push(lessonProblem('LESSON_GOAL_WRONG_ORDER', { ...cell }, lang));
      continue;
    }
    from = at;
  }
  return problems;
}
