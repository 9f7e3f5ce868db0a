import { describe, expect, it } from 'vitest';
import type { GridRobotState } from '../../../simulator/src/grid/state.ts';
import { type GridMat, GridMatSchema } from '../world.ts';
import { judgeGoal } from './judge.ts';
import type { RunOutcome } from './run.ts';
import { type Goal, GoalSchema } from './schema.ts';

const mat: GridMat = GridMatSchema.parse({
  kind: 'grid',
  size: { width: 3, height: 3 },
  start: { x: 0, y: 0, heading: 0 },
  obstacles: [{ x: 1, y: 1 }],
});

const cells = (...pairs: Array<[number, number]>) => pairs.map(([x, y]) => ({ x, y }));

/** The end of a run along `trail`, standing on its last cell. */
function ended(
  trail: Array<[number, number]>,
  more: Partial<GridRobotState> = {},
  reason: RunOutcome['reason'] = 'finished',
): RunOutcome {
  const path = cells(...trail);
  const last = path.at(-1) ?? { x: 0, y: 0 };
  const state: GridRobotState = {
    kind: 'grid',
    x: last.x,
    y: last.y,
    heading: 0,
    light: '#000000',
    display: null,
    trail: path,
    sounds: [],
    moving: false,
    bumped: false,
    ...more,
  };
  return { reason, state, errors: [], endedAtMs: 0 };
}

const codes = (goal: unknown, outcome: RunOutcome) =>
  judgeGoal(GoalSchema.parse(goal) as Goal, outcome, mat).map((p) => p.code);

describe('judging a goal', () => {
  it('reach: the last cell, not a cell on the way', () => {
    const goal = { kind: 'reach', cell: { x: 0, y: 2 } };
    expect(
      codes(
        goal,
        ended([
          [0, 0],
          [0, 1],
          [0, 2],
        ]),
      ),
    ).toEqual([]);
    expect(
      codes(
        goal,
        ended([
          [0, 0],
          [0, 1],
          [0, 2],
          [1, 2],
        ]),
      ),
    ).toEqual(['LESSON_GOAL_NOT_REACHED']);
  });

  it('visit: every cell, in order when asked', () => {
    const inOrder = { kind: 'visit', cells: cells([0, 2], [2, 2]) };
    const anyOrder = { ...inOrder, inOrder: false };
    const forward = ended([
      [0, 0],
      [0, 1],
      [0, 2],
      [1, 2],
      [2, 2],
    ]);
    const backward = ended([
      [0, 0],
      [1, 0],
      [2, 0],
      [2, 1],
      [2, 2],
      [1, 2],
      [0, 2],
    ]);
    expect(codes(inOrder, forward)).toEqual([]);
    expect(codes(inOrder, backward)).toEqual(['LESSON_GOAL_WRONG_ORDER']);
    expect(codes(anyOrder, backward)).toEqual([]);
    expect(
      codes(
        inOrder,
        ended([
          [0, 0],
          [0, 1],
          [0, 2],
        ]),
      ),
    ).toEqual(['LESSON_GOAL_NOT_VISITED']);
  });

  it('visit in order: a cell visited twice counts at its later visit too', () => {
    const goal = { kind: 'visit', cells: cells([0, 1], [0, 2], [0, 1]) };
    expect(
      codes(
        goal,
        ended([
          [0, 0],
          [0, 1],
          [0, 2],
          [0, 1],
        ]),
      ),
    ).toEqual([]);
  });

  it('avoid: never standing on the cells, and met by doing nothing', () => {
    const goal = { kind: 'avoid', cells: cells([1, 0]) };
    expect(
      codes(
        goal,
        ended([
          [0, 0],
          [0, 1],
        ]),
      ),
    ).toEqual([]);
    expect(
      codes(
        goal,
        ended([
          [0, 0],
          [1, 0],
          [2, 0],
        ]),
      ),
    ).toEqual(['LESSON_GOAL_FORBIDDEN_CELL']);
    expect(codes(goal, ended([[0, 0]]))).toEqual([]);
  });

  it('facing: the last heading, named in words', () => {
    const goal = { kind: 'facing', heading: 90 };
    expect(codes(goal, ended([[0, 0]], { heading: 90 }))).toEqual([]);
    const [problem] = judgeGoal(GoalSchema.parse(goal) as Goal, ended([[0, 0]], { heading: 270 }), mat);
    expect(problem?.message).toBe(
      'Le robot regarde vers la gauche du tapis : il doit finir en regardant vers la droite du tapis.',
    );
  });

  it('draw: the exact sequence, or the same set of cells', () => {
    const sequence = { kind: 'draw', cells: cells([0, 0], [0, 1], [0, 2]), match: 'sequence' };
    const set = { ...sequence, match: 'set' };
    expect(
      codes(
        sequence,
        ended([
          [0, 0],
          [0, 1],
          [0, 2],
        ]),
      ),
    ).toEqual([]);
    expect(
      codes(
        sequence,
        ended([
          [0, 0],
          [0, 1],
          [0, 2],
          [0, 1],
        ]),
      ),
    ).toEqual(['LESSON_GOAL_WRONG_SHAPE']);
    expect(
      codes(
        set,
        ended([
          [0, 0],
          [0, 1],
          [0, 2],
          [0, 1],
        ]),
      ),
    ).toEqual([]);
    expect(
      codes(
        set,
        ended([
          [0, 0],
          [0, 1],
        ]),
      ),
    ).toEqual(['LESSON_GOAL_WRONG_SHAPE']);
  });

  it('light: named or #rrggbb colours, compared as the robot shows them', () => {
    expect(codes({ kind: 'light', color: 'green' }, ended([[0, 0]], { light: '#00ff00' }))).toEqual([]);
    expect(codes({ kind: 'light', color: '#00FF00' }, ended([[0, 0]], { light: '#00ff00' }))).toEqual([]);
    const [problem] = judgeGoal(
      { kind: 'light', color: 'green' },
      ended([[0, 0]], { light: '#ff0000' }),
      mat,
    );
    expect(problem?.message).toBe('La lumière du robot est rouge : elle doit finir verte.');
  });

  it('show: an image or a text', () => {
    expect(codes({ kind: 'show', image: 'heart' }, ended([[0, 0]], { display: 'heart' }))).toEqual([]);
    expect(codes({ kind: 'show', text: '4' }, ended([[0, 0]], { display: '4' }))).toEqual([]);
    const [problem] = judgeGoal({ kind: 'show', text: '4' }, ended([[0, 0]]), mat);
    expect(problem?.message).toBe("L'écran du robot est vide : il doit montrer « 4 ».");
    const [heart] = judgeGoal({ kind: 'show', image: 'heart' }, ended([[0, 0]], { display: 'sad' }), mat);
    expect(heart?.message).toBe("L'écran du robot montre un visage triste : il doit montrer un cœur.");
  });

  it('melody and notes', () => {
    const sounds = [
      { at: 0, sound: 'C4', durationMs: 500 },
      { at: 500, sound: 'rest', durationMs: 500 },
      { at: 1000, sound: 'melody:happy', durationMs: 2000 },
      { at: 3000, sound: 'E4', durationMs: 500 },
    ];
    const outcome = ended([[0, 0]], { sounds });
    expect(codes({ kind: 'melody', name: 'happy' }, outcome)).toEqual([]);
    expect(codes({ kind: 'melody', name: 'sad' }, outcome)).toEqual(['LESSON_GOAL_NO_MELODY']);
    expect(codes({ kind: 'notes', notes: ['C4', 'E4'] }, outcome)).toEqual([]);
    const [problem] = judgeGoal({ kind: 'notes', notes: ['C4', 'E5'] }, outcome, mat);
    expect(problem?.message).toBe('Le robot a joué do puis mi : il fallait jouer do puis mi aigu.');
    expect(codes({ kind: 'notes', notes: ['C4'] }, ended([[0, 0]]))).toEqual(['LESSON_GOAL_NO_NOTES']);
  });

  it('stop before a wall: the edge or an obstacle just ahead, without a bump', () => {
    const goal = { kind: 'stop_before_wall' };
    expect(
      codes(
        goal,
        ended([
          [0, 0],
          [0, 1],
          [0, 2],
        ]),
      ),
    ).toEqual([]);
    expect(
      codes(
        goal,
        ended([
          [0, 0],
          [1, 0],
        ]),
      ),
    ).toEqual([]);
    expect(
      codes(
        goal,
        ended([
          [0, 0],
          [0, 1],
        ]),
      ),
    ).toEqual(['LESSON_GOAL_NOT_BEFORE_WALL']);
  });

  it('all_of: every reason of every goal; any_of: one goal is enough', () => {
    const at = ended(
      [
        [0, 0],
        [0, 1],
      ],
      { light: '#ff0000' },
    );
    const reach = { kind: 'reach', cell: { x: 0, y: 2 } };
    const green = { kind: 'light', color: 'green' };
    const red = { kind: 'light', color: 'red' };
    expect(codes({ kind: 'all_of', goals: [reach, green] }, at)).toEqual([
      'LESSON_GOAL_NOT_REACHED',
      'LESSON_GOAL_WRONG_LIGHT',
    ]);
    expect(codes({ kind: 'any_of', goals: [reach, red] }, at)).toEqual([]);
    expect(codes({ kind: 'any_of', goals: [reach, green] }, at)).toEqual(['LESSON_GOAL_NOT_REACHED']);
  });

  it('a run that ended on an error fails every goal, with that error', () => {
    const outcome = ended(
      [
        [0, 0],
        [0, 1],
        [0, 2],
      ],
      {},
      'error',
    );
    outcome.errors.push({ code: 'ROBOT_BLOCKED', message: 'Le robot est bloqué.', blockId: 'b3' });
    const problems = judgeGoal({ kind: 'reach', cell: { x: 0, y: 2 } }, outcome, mat);
    expect(problems).toEqual([
      {
        code: 'LESSON_GOAL_RUN_ERROR',
        message: "Le programme s'est arrêté avant la fin : Le robot est bloqué.",
        blockId: 'b3',
      },
    ]);
  });

  it('a run stopped at its time limit is judged as it stands', () => {
    expect(
      codes(
        { kind: 'reach', cell: { x: 0, y: 1 } },
        ended(
          [
            [0, 0],
            [0, 1],
          ],
          {},
          'time_limit',
        ),
      ),
    ).toEqual([]);
  });

  it('speaks English when asked', () => {
    const [problem] = judgeGoal({ kind: 'reach', cell: { x: 0, y: 2 } }, ended([[0, 0]]), mat, 'en');
    expect(problem?.message).toBe(
      'The robot stopped on the square (0, 0): it had to go to the square (0, 2).',
    );
  });
});
