import { describe, expect, it } from 'vitest';
import { AtelierError } from '../../../program/src/errors/index.ts';
import type { RobotInput } from '../../../program/src/robot.ts';
import { BEAT_MS, MELODIES } from '../../../program/src/vocabulary.ts';
import { MELODY_NOTES } from '../sound/melodies.ts';
import { StepClock, settle } from '../testing/step-clock.ts';
import { GridRobot, type GridRobotOptions } from './grid-robot.ts';
import { type GridRobotState, GridRobotStateSchema, type Heading } from './state.ts';
import { type GridWorld, type GridWorldInput, GridWorldSchema } from './world.ts';
import { emptyGrid } from './world-helpers.ts';

const never = new AbortController().signal;

function mat(input: Partial<GridWorldInput> = {}): GridWorld {
  return GridWorldSchema.parse({
    kind: 'grid',
    size: { width: 5, height: 5 },
    start: { x: 0, y: 0, heading: 0 },
    ...input,
  });
}

function setup(world: GridWorld = mat(), options: Partial<GridRobotOptions> = {}) {
  const clock = new StepClock();
  const robot = new GridRobot({ world, clock, ...options });
  const changes: GridRobotState[] = [];
  robot.onChange((state) => changes.push(state));
  return { clock, robot, changes };
}

/** The error a promise rejects with; fails the test when it resolves. */
async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

async function coded(promise: Promise<unknown>): Promise<AtelierError> {
  const error = await rejection(promise);
  expect(error).toBeInstanceOf(AtelierError);
  return error as AtelierError;
}

describe('GridRobot: start', () => {
  it('stands on the start cell, light off, display blank, valid against the state schema', () => {
    const { robot } = setup(mat({ start: { x: 2, y: 1, heading: 90 } }));
    const state = robot.state;
    expect(GridRobotStateSchema.parse(state)).toEqual(state);
    expect(state).toEqual({
      kind: 'grid',
      x: 2,
      y: 1,
      heading: 90,
      light: '#000000',
      display: null,
      trail: [{ x: 2, y: 1 }],
      sounds: [],
      moving: false,
      bumped: false,
    });
  });

  it('refuses a start cell off the mat or on an obstacle', () => {
    const clock = new StepClock();
    for (const world of [mat({ start: { x: 5, y: 0, heading: 0 } }), mat({ obstacles: [{ x: 0, y: 0 }] })]) {
      expect(() => new GridRobot({ world, clock })).toThrow(
        expect.objectContaining({ code: 'WORLD_START_INVALID' }),
      );
    }
  });

  it('gives a copy: changing a snapshot or the world given does not change the robot', () => {
    const world = mat();
    const { robot } = setup(world);
    const state = robot.state;
    state.trail.push({ x: 9, y: 9 });
    state.x = 7;
    world.obstacles.push({ x: 0, y: 1 });
    expect(robot.state.trail).toEqual([{ x: 0, y: 0 }]);
    expect(robot.state.x).toBe(0);
    expect(robot.world.obstacles).toEqual([]);
  });
});

describe('GridRobot: moves', () => {
  it.each([
    [0, { x: 2, y: 4 }],
    [90, { x: 4, y: 2 }],
    [180, { x: 2, y: 0 }],
    [270, { x: 0, y: 2 }],
  ] as const)('goes forward 2 cells facing %i', async (heading: Heading, cell) => {
    const { clock, robot } = setup(mat({ start: { x: 2, y: 2, heading } }));
    await clock.run(robot.move('forward', { steps: 2 }, never));
    expect(robot.state).toMatchObject({ ...cell, heading, moving: false, bumped: false });
  });

  it('goes backward keeping its heading', async () => {
    const { clock, robot } = setup(mat({ start: { x: 2, y: 2, heading: 90 } }));
    await clock.run(robot.move('backward', { steps: 2 }, never));
    expect(robot.state).toMatchObject({ x: 0, y: 2, heading: 90 });
  });

  it('reverses for a negative count, as Scratch does', async () => {
    const { clock, robot } = setup(mat({ start: { x: 2, y: 2, heading: 0 } }));
    await clock.run(robot.move('forward', { steps: -1 }, never));
    expect(robot.state).toMatchObject({ x: 2, y: 1 });
    await clock.run(robot.move('backward', { steps: -2 }, never));
    expect(robot.state).toMatchObject({ x: 2, y: 3 });
  });

  it('does nothing, at once, for 0 steps', async () => {
    const { clock, robot, changes } = setup();
    await clock.run(robot.move('forward', { steps: 0 }, never));
    expect(clock.now()).toBe(0);
    expect(changes).toEqual([]);
  });

  it('converts whole cells of centimetres, with the world’s cell size', async () => {
    const { clock, robot } = setup(mat({ start: { x: 0, y: 0, heading: 0 } }));
    await clock.run(robot.move('forward', { cm: 45 }, never));
    expect(robot.state).toMatchObject({ x: 0, y: 3 });

    const small = setup(mat({ cellCm: 10 }));
    await small.clock.run(small.robot.move('forward', { cm: 20 }, never));
    expect(small.robot.state).toMatchObject({ x: 0, y: 2 });
  });

  it('refuses centimetres that are not whole cells, suggesting the nearest ones', async () => {
    const { robot, changes } = setup();
    const error = await coded(robot.move('forward', { cm: 20 }, never));
    expect(error.code).toBe('ROBOT_DISTANCE_NOT_CELLS');
    expect(error.params).toMatchObject({ cm: '20', cellCm: 15, lower: 15, upper: 30 });
    expect(error.message).toContain('15 cm ou 30 cm');
    expect(changes).toEqual([]);
  });

  it.each([1.5, Number.NaN, Number.POSITIVE_INFINITY])('refuses %d steps', async (steps) => {
    const { robot } = setup();
    expect((await coded(robot.move('forward', { steps }, never))).code).toBe('ROBOT_STEPS_NOT_WHOLE');
  });

  it('leaves a trail of every cell it stood on', async () => {
    const { clock, robot } = setup(mat({ start: { x: 1, y: 1, heading: 0 } }));
    for (let side = 0; side < 4; side++) {
      await clock.run(robot.move('forward', { steps: 2 }, never));
      await clock.run(robot.turn('right', 90, never));
    }
    expect(robot.state.trail).toEqual([
      { x: 1, y: 1 },
      { x: 1, y: 2 },
      { x: 1, y: 3 },
      { x: 2, y: 3 },
      { x: 3, y: 3 },
      { x: 3, y: 2 },
      { x: 3, y: 1 },
      { x: 2, y: 1 },
      { x: 1, y: 1 },
    ]);
    expect(robot.state.heading).toBe(0);
  });

  it('tells its listeners once per cell reached, with moving true until the end', async () => {
    const { clock, robot, changes } = setup();
    await clock.run(robot.move('forward', { steps: 3 }, never));
    expect(changes.map(({ y, moving }) => [y, moving])).toEqual([
      [0, true],
      [1, true],
      [2, true],
      [3, true],
      [3, false],
    ]);
  });

  it('goes on an unbounded mat for ever', async () => {
    const { clock, robot } = setup(emptyGrid());
    await clock.run(robot.move('backward', { steps: 20 }, never));
    expect(robot.state).toMatchObject({ x: 0, y: -20 });
  });
});

describe('GridRobot: bumps', () => {
  it('stops on the last free cell before an obstacle', async () => {
    const { clock, robot, changes } = setup(mat({ obstacles: [{ x: 0, y: 3 }] }));
    const error = await coded(clock.run(robot.move('forward', { steps: 4 }, never)));
    expect(error.code).toBe('ROBOT_BLOCKED');
    expect(error.params).toEqual({ by: 'obstacle', x: 0, y: 2 });
    expect(error.message).toMatch(/cogné.*obstacle.*bord du tapis/);
    expect(robot.state).toMatchObject({ x: 0, y: 2, moving: false, bumped: true });
    expect(clock.now()).toBe(2000);
    expect(changes.at(-1)).toMatchObject({ moving: false, bumped: true });
  });

  it('stops at the edge of the mat, forward and backward', async () => {
    const { clock, robot } = setup(mat({ start: { x: 3, y: 0, heading: 90 } }));
    const error = await coded(clock.run(robot.move('forward', { steps: 3 }, never)));
    expect(error.params).toEqual({ by: 'edge', x: 4, y: 0 });
    expect(robot.state).toMatchObject({ x: 4, bumped: true });

    const back = await coded(clock.run(robot.move('backward', { steps: 9 }, never)));
    expect(back.params).toEqual({ by: 'edge', x: 0, y: 0 });
    expect(robot.state.trail).toHaveLength(6);
  });

  it('clears `bumped` when the next move starts', async () => {
    const { clock, robot } = setup(mat({ start: { x: 0, y: 4, heading: 0 } }));
    await coded(clock.run(robot.move('forward', { steps: 1 }, never)));
    expect(robot.state.bumped).toBe(true);
    await clock.run(robot.move('backward', { steps: 1 }, never));
    expect(robot.state).toMatchObject({ y: 3, bumped: false });
  });
});

describe('GridRobot: turns', () => {
  it.each([
    ['right', 90, 90],
    ['left', 90, 270],
    ['right', 180, 180],
    ['left', 270, 90],
    ['right', 360, 0],
    ['left', 450, 270],
    ['right', -90, 270],
    ['left', 0, 0],
  ] as const)('turns %s by %i° from north to %i', async (direction, degrees, heading) => {
    const { clock, robot } = setup();
    await clock.run(robot.turn(direction, degrees, never));
    expect(robot.state).toMatchObject({ heading, x: 0, y: 0, moving: false });
    expect(robot.state.trail).toEqual([{ x: 0, y: 0 }]);
  });

  it('changes heading once per quarter turn', async () => {
    const { clock, robot, changes } = setup();
    await clock.run(robot.turn('left', 180, never));
    expect(changes.map(({ heading, moving }) => [heading, moving])).toEqual([
      [0, true],
      [270, true],
      [180, true],
      [180, false],
    ]);
  });

  it.each([45, 100, Number.NaN])('refuses %d°', async (degrees) => {
    const { robot } = setup();
    const error = await coded(robot.turn('right', degrees, never));
    expect(error.code).toBe('ROBOT_TURN_UNSUPPORTED');
    expect(error.message).toContain('90°');
  });
});

describe('GridRobot: timing', () => {
  it('takes 1 s per cell and 0.6 s per quarter turn by default, on the clock it is given', async () => {
    const { clock, robot } = setup();
    await clock.run(robot.move('forward', { steps: 2 }, never));
    expect(clock.now()).toBe(2000);
    await clock.run(robot.turn('right', 180, never));
    expect(clock.now()).toBe(3200);
  });

  it('reaches each cell when its step is over, not before', async () => {
    const { clock, robot } = setup();
    const move = robot.move('forward', { steps: 2 }, never);
    await clock.advance(999);
    expect(robot.state).toMatchObject({ y: 0, moving: true });
    await clock.advance(1);
    expect(robot.state).toMatchObject({ y: 1, moving: true });
    await clock.run(move);
    expect(robot.state).toMatchObject({ y: 2, moving: false });
  });

  it('takes the timing it is given', async () => {
    const { clock, robot } = setup(mat(), { timing: { stepMs: 250 } });
    expect(robot.timing).toEqual({ stepMs: 250, turnMs: 600 });
    await clock.run(robot.move('forward', { steps: 4 }, never));
    expect(clock.now()).toBe(1000);
  });

  it('refuses a negative duration', () => {
    expect(() => new GridRobot({ world: mat(), clock: new StepClock(), timing: { turnMs: -1 } })).toThrow(
      RangeError,
    );
  });

  it('queues moves asked at the same time (two scripts) instead of tangling them', async () => {
    const { clock, robot } = setup(mat({ start: { x: 0, y: 0, heading: 90 } }));
    const first = robot.move('forward', { steps: 2 }, never);
    const second = robot.turn('left', 90, never);
    const third = robot.move('forward', { steps: 1 }, never);
    await clock.run(Promise.all([first, second, third]));
    expect(robot.state).toMatchObject({ x: 2, y: 1, heading: 0 });
    expect(clock.now()).toBe(2000 + 600 + 1000);
  });
});

describe('GridRobot: abort and halt', () => {
  it('on abort mid-move, stays on the cell reached and rejects with the reason', async () => {
    const { clock, robot } = setup();
    const controller = new AbortController();
    const move = robot.move('forward', { steps: 3 }, controller.signal);
    await clock.advance(1500);
    const reason = new Error('arrêt');
    controller.abort(reason);
    expect(await rejection(move)).toBe(reason);
    expect(robot.state).toMatchObject({ x: 0, y: 1, moving: false, bumped: false });
    expect(clock.pending).toBe(0);
    await clock.advance(5000);
    expect(robot.state.y).toBe(1);
  });

  it('on abort mid-turn, keeps the quarter turns done', async () => {
    const { clock, robot } = setup();
    const controller = new AbortController();
    const turn = robot.turn('right', 270, controller.signal);
    await clock.advance(700);
    controller.abort('stop');
    expect(await rejection(turn)).toBe('stop');
    expect(robot.state).toMatchObject({ heading: 90, moving: false });
  });

  it('refuses at once with the reason when the signal is already aborted', async () => {
    const { robot, changes } = setup();
    const controller = new AbortController();
    controller.abort('déjà');
    for (const action of [
      robot.move('forward', { steps: 1 }, controller.signal),
      robot.turn('left', 90, controller.signal),
      robot.setLight('#ff0000', 'all', controller.signal),
      robot.playNote('C4', 1, controller.signal),
      robot.showText('bonjour', controller.signal),
      robot.readSensor('distance_cm', controller.signal),
    ]) {
      expect(await rejection(action)).toBe('déjà');
    }
    expect(changes).toEqual([]);
  });

  it('halt() stops a move and a queued one with ROBOT_HALTED, moving false at once', async () => {
    const { clock, robot } = setup();
    const move = robot.move('forward', { steps: 3 }, never);
    const queued = robot.move('forward', { steps: 1 }, never);
    await clock.advance(1000);
    await robot.halt();
    expect(robot.state.moving).toBe(false);
    expect((await coded(move)).code).toBe('ROBOT_HALTED');
    expect((await coded(queued)).code).toBe('ROBOT_HALTED');
    expect(robot.state.y).toBe(1);
    await clock.run(robot.move('forward', { steps: 1 }, never));
    expect(robot.state.y).toBe(2);
  });

  it('halt() cuts a note short and records what was heard', async () => {
    const { clock, robot } = setup();
    const note = robot.playNote('A4', 4, never);
    await clock.advance(300);
    await robot.halt();
    expect((await coded(note)).code).toBe('ROBOT_HALTED');
    expect(robot.state.sounds).toEqual([{ at: 0, sound: 'A4', durationMs: 300 }]);
  });
});

describe('GridRobot: light, sound, display', () => {
  it('sets its one light whatever the target, and tells listeners only on a change', async () => {
    const { robot, changes } = setup();
    await robot.setLight('#00FF00', 'left', never);
    expect(robot.state.light).toBe('#00ff00');
    await robot.setLight('#00ff00', 'all', never);
    await robot.setLight('red', 'top', never);
    expect(robot.state.light).toBe('#ff0000');
    expect(changes).toHaveLength(2);
    expect((await coded(robot.setLight('rouge', 'all', never))).code).toBe('ROBOT_COLOR_INVALID');
  });

  it('records each note with its clock time and duration', async () => {
    const { clock, robot } = setup();
    await clock.run(robot.playNote('C4', 1, never));
    await clock.run(robot.playNote('rest', 0.5, never));
    await clock.run(robot.playNote('F#5', 2, never));
    expect(robot.state.sounds).toEqual([
      { at: 0, sound: 'C4', durationMs: BEAT_MS },
      { at: 500, sound: 'rest', durationMs: 250 },
      { at: 750, sound: 'F#5', durationMs: 1000 },
    ]);
    expect(clock.now()).toBe(1750);
  });

  it.each(MELODIES)('plays the tune %s for as long as its notes last', async (name) => {
    const { clock, robot } = setup();
    await clock.run(robot.playMelody(name, never));
    const beats = MELODY_NOTES[name].reduce((sum, note) => sum + note.beats, 0);
    expect(robot.state.sounds).toEqual([{ at: 0, sound: `melody:${name}`, durationMs: beats * BEAT_MS }]);
    expect(clock.now()).toBe(beats * BEAT_MS);
  });

  it('refuses bad notes, beats and tunes with their codes', async () => {
    const { robot } = setup();
    expect((await coded(robot.playNote('H4', 1, never))).code).toBe('ROBOT_NOTE_INVALID');
    expect((await coded(robot.playNote('C8', 1, never))).code).toBe('ROBOT_NOTE_INVALID');
    expect((await coded(robot.playNote('C4', -1, never))).code).toBe('ROBOT_BEATS_INVALID');
    const tune = 'lullaby' as Parameters<GridRobot['playMelody']>[0];
    expect((await coded(robot.playMelody(tune, never))).code).toBe('ROBOT_MELODY_UNKNOWN');
    expect(robot.state.sounds).toEqual([]);
  });

  it('plays sounds while it moves: wheels and buzzer are apart', async () => {
    const { clock, robot } = setup();
    await clock.run(
      Promise.all([robot.move('forward', { steps: 2 }, never), robot.playNote('C5', 4, never)]),
    );
    expect(clock.now()).toBe(2000);
  });

  it('shows an image, a bitmap, a text, and clears', async () => {
    const { robot } = setup();
    await robot.showImage('heart', never);
    expect(robot.state.display).toBe('heart');
    await robot.showImage('9'.repeat(25), never);
    expect(robot.state.display).toBe('9'.repeat(25));
    await robot.showText('Bonjour !', never);
    expect(robot.state.display).toBe('Bonjour !');
    await robot.clearDisplay(never);
    expect(robot.state.display).toBeNull();
    expect((await coded(robot.showImage('star', never))).code).toBe('ROBOT_IMAGE_INVALID');
  });

  it('has no free wheels: setMotors is refused, stopMotors does nothing', async () => {
    const { robot, changes } = setup();
    const error = await coded(robot.setMotors(50, 50, never));
    expect(error.code).toBe('ROBOT_ACTION_UNSUPPORTED');
    expect(error.params).toEqual({ action: 'motors' });
    await robot.stopMotors();
    expect(changes).toEqual([]);
  });
});

describe('GridRobot: sensors', () => {
  const world = mat({ obstacles: [{ x: 2, y: 3 }] });

  it.each([
    ['facing an obstacle next to it', { x: 2, y: 2, heading: 0 }, true, 0],
    ['two free cells before an obstacle', { x: 2, y: 0, heading: 0 }, false, 30],
    ['facing the edge', { x: 4, y: 1, heading: 90 }, true, 0],
    ['three free cells before the edge', { x: 1, y: 1, heading: 90 }, false, 45],
    ['the obstacle behind it', { x: 2, y: 4, heading: 0 }, true, 0],
    ['the obstacle behind, free ahead', { x: 2, y: 4, heading: 180 }, true, 0],
  ] as const)('%s', async (_case, start, obstacle, distance) => {
    const { robot } = setup({ ...world, start });
    expect(await robot.readSensor('obstacle_front', never)).toBe(obstacle);
    expect(await robot.readSensor('distance_cm', never)).toBe(distance);
  });

  it('reports at most 100 cm, and 100 cm on an empty unbounded mat', async () => {
    const open = setup(emptyGrid()).robot;
    expect(await open.readSensor('distance_cm', never)).toBe(100);
    expect(await open.readSensor('obstacle_front', never)).toBe(false);
    const far = setup({ ...emptyGrid(), obstacles: [{ x: 0, y: 8 }] }).robot;
    expect(await far.readSensor('distance_cm', never)).toBe(100);
    const near = setup({ ...emptyGrid(), obstacles: [{ x: 0, y: 7 }] }).robot;
    expect(await near.readSensor('distance_cm', never)).toBe(90);
  });

  it.each(['light_level', 'line_left', 'timer_s'] as const)('has no %s sensor', async (sensor) => {
    const { robot } = setup();
    const error = await coded(robot.readSensor(sensor, never));
    expect(error.code).toBe('ROBOT_SENSOR_UNSUPPORTED');
    expect(error.message).toContain(sensor);
  });
});

describe('GridRobot: inputs', () => {
  it('pushes its own buttons to input listeners, and refuses buttons it lacks', () => {
    const { robot } = setup();
    const inputs: RobotInput[] = [];
    const unsubscribe = robot.onInput((input) => inputs.push(input));
    robot.press('forward');
    robot.press('center');
    unsubscribe();
    robot.press('left');
    expect(inputs).toEqual([
      { kind: 'button', button: 'forward' },
      { kind: 'button', button: 'center' },
    ]);
    expect(() => robot.press('a')).toThrow(expect.objectContaining({ code: 'ROBOT_BUTTON_UNSUPPORTED' }));
  });

  it('pushes `obstacle` when the way ahead closes, after a step or a turn', async () => {
    const { clock, robot } = setup(mat({ start: { x: 2, y: 0, heading: 0 }, obstacles: [{ x: 2, y: 2 }] }));
    const inputs: RobotInput[] = [];
    robot.onInput((input) => inputs.push(input));
    await clock.run(robot.move('forward', { steps: 1 }, never));
    expect(inputs).toEqual([{ kind: 'obstacle' }]);
    // Facing west, the way is open: nothing; facing the obstacle again: once more.
    await clock.run(robot.turn('left', 90, never));
    expect(inputs).toHaveLength(1);
    await clock.run(robot.turn('right', 90, never));
    expect(inputs).toEqual([{ kind: 'obstacle' }, { kind: 'obstacle' }]);
  });
});

describe('GridRobot: reset and determinism', () => {
  it('reset() goes back to the start, clears trail and sounds, and stops what was under way', async () => {
    const { clock, robot } = setup();
    await clock.run(robot.move('forward', { steps: 2 }, never));
    await clock.run(robot.playNote('C4', 1, never));
    await robot.setLight('#0000ff', 'all', never);
    await robot.showImage('happy', never);
    const moving = robot.move('forward', { steps: 2 }, never);
    await clock.advance(100);
    robot.reset();
    expect((await coded(moving)).code).toBe('ROBOT_HALTED');
    await settle();
    expect(robot.state).toEqual(setup().robot.state);
  });

  it('gives equal states, step for step, on two runs of the same actions', async () => {
    const world = mat({ obstacles: [{ x: 3, y: 3 }], start: { x: 1, y: 0, heading: 0 } });
    const runOnce = async () => {
      const { clock, robot, changes } = setup(world);
      const script = async () => {
        await robot.move('forward', { steps: 3 }, never);
        await robot.turn('right', 90, never);
        await robot.setLight('#ffff00', 'all', never);
        await robot.playMelody('victory', never);
        await robot.move('forward', { steps: 5 }, never).catch((error: unknown) => {
          if (!(error instanceof AtelierError) || error.code !== 'ROBOT_BLOCKED') throw error;
        });
        await robot.showImage('yes', never);
      };
      await clock.run(Promise.all([script(), robot.playNote('E5', 2, never)]));
      return { final: robot.state, changes, time: clock.now() };
    };
    const first = await runOnce();
    const second = await runOnce();
    expect(second).toEqual(first);
    expect(first.final).toMatchObject({ x: 2, y: 3, heading: 90, bumped: true, display: 'yes' });
  });
});
