import { describe, expect, it } from 'vitest';
import { checkCapabilities } from './capabilities.ts';
import type { Capabilities, Limits } from './capability-schema.ts';
import type { Program } from './schema.ts';
import { program, script, validated } from './test-support/programs.ts';
import { BUTTONS, EVENT_NAMES, LIGHT_TARGETS, SENSORS, STATEMENT_OPS } from './vocabulary.ts';

/** A robot that can do everything the format has. */
const EVERYTHING: Capabilities = {
  statements: [...STATEMENT_OPS],
  sensors: [...SENSORS],
  events: [...EVENT_NAMES],
  buttons: [...BUTTONS],
  lightTargets: [...LIGHT_TARGETS],
  colors: 'rgb',
  moveUnits: ['steps', 'cm'],
  turnDegrees: 'any',
  concurrentScripts: true,
  display: 'screen',
};

/** A floor robot in the manner of a Bee-Bot: steps, quarter turns, one script, no screen, no sensor. */
const FLOOR_ROBOT: Capabilities = {
  statements: ['move', 'turn', 'wait', 'repeat', 'light', 'sound', 'stop'],
  sensors: [],
  events: ['start', 'button'],
  buttons: ['forward', 'backward', 'left', 'right'],
  lightTargets: ['top'],
  colors: 'named',
  moveUnits: ['steps'],
  turnDegrees: [90],
  concurrentScripts: false,
  display: 'none',
};

const FLOOR_LIMITS: Limits = { stepCm: 15, maxSpeedPercent: 100, safeSpeedPercent: 60 };

const start = (...body: Program['scripts'][number]['do']) => script({ event: 'start' }, body, 's1');

describe('checkCapabilities', () => {
  it('finds nothing to refuse in a program the robot can run', () => {
    const p = validated(
      program([
        start(
          {
            id: 'b1',
            op: 'repeat',
            times: 4,
            do: [{ id: 'b2', op: 'move', direction: 'forward', steps: 1 }],
          },
          { id: 'b3', op: 'turn', direction: 'right' },
          { id: 'b4', op: 'light', color: 'green' },
          { id: 'b5', op: 'light', color: 'red', target: 'all' },
        ),
      ]),
    );
    expect(checkCapabilities(p, FLOOR_ROBOT, FLOOR_LIMITS)).toEqual([]);
  });

  it("says the robot has no screen, with the spec's words", () => {
    const p = validated(
      program([start({ id: 'd1', op: 'display', image: 'heart' }, { id: 'd2', op: 'clear_display' })]),
    );
    const problems = checkCapabilities(p, FLOOR_ROBOT);
    expect(problems.map((x) => [x.code, x.blockId, x.path])).toEqual([
      ['CAPABILITY_DISPLAY', 'd1', 'scripts[0].do[0]'],
      ['CAPABILITY_DISPLAY', 'd2', 'scripts[0].do[1]'],
    ]);
    expect(problems[0]?.message).toBe("Ce robot n'a pas d'écran : enlève le bloc « afficher ».");
    expect(problems[1]?.message).toContain("« effacer l'écran »");
  });

  it('refuses statements the robot lacks, inside loops and procedures too', () => {
    const p = validated(
      program(
        [
          start(
            { id: 'r1', op: 'repeat', times: 2, do: [{ id: 'm1', op: 'motors', left: 50, right: 50 }] },
            { id: 'c1', op: 'call', name: 'tour' },
          ),
        ],
        [{ name: 'tour', id: 'p1', do: [{ id: 'f1', op: 'forever', do: [] }] }],
      ),
    );
    const problems = checkCapabilities(p, FLOOR_ROBOT);
    expect(problems.map((x) => [x.code, x.blockId])).toEqual([
      ['CAPABILITY_STATEMENT', 'm1'],
      ['CAPABILITY_STATEMENT', 'c1'],
      ['CAPABILITY_STATEMENT', 'f1'],
    ]);
    expect(problems[0]?.message).toBe('Ce robot ne sait pas faire le bloc « moteurs » : enlève-le.');
    expect(problems[2]?.path).toBe('procedures[0].do[0]');
  });

  it('refuses sensors the robot lacks, wherever they are read, but never timer_s', () => {
    const robot: Capabilities = { ...EVERYTHING, sensors: ['obstacle_front'] };
    const p = validated(
      program([
        start(
          {
            id: 'w1',
            op: 'wait_until',
            cond: { op: 'or', a: { sensor: 'obstacle_front' }, b: { sensor: 'line_left' } },
          },
          {
            id: 'w2',
            op: 'wait',
            seconds: { op: '+', a: { sensor: 'timer_s' }, b: { random: [1, { sensor: 'light_level' }] } },
          },
        ),
      ]),
    );
    const problems = checkCapabilities(p, robot);
    expect(problems.map((x) => [x.code, x.blockId, x.path])).toEqual([
      ['CAPABILITY_SENSOR', 'w1', 'scripts[0].do[0].cond.b'],
      ['CAPABILITY_SENSOR', 'w2', 'scripts[0].do[1].seconds.b.random[1]'],
    ]);
    expect(problems[0]?.message).toBe(
      "Ce robot n'a pas de capteur « ligne à gauche » : enlève-le du bloc « attendre jusqu'à ».",
    );
    expect(problems[1]?.message).toContain('« luminosité »');
  });

  it('refuses events and buttons the robot lacks', () => {
    const p = validated(
      program([
        start(),
        script({ event: 'clap' }, [], 's2'),
        script({ event: 'button', button: 'a' }, [], 's3'),
      ]),
    );
    const robot: Capabilities = { ...FLOOR_ROBOT, concurrentScripts: true };
    const problems = checkCapabilities(p, robot);
    expect(problems.map((x) => [x.code, x.blockId, x.path])).toEqual([
      ['CAPABILITY_EVENT', 's2', 'scripts[1].when'],
      ['CAPABILITY_BUTTON', 's3', 'scripts[2].when.button'],
    ]);
    expect(problems[0]?.message).toBe(
      'Ce robot ne sait pas réagir au bloc « quand on tape dans les mains » : enlève ce script.',
    );
    expect(problems[1]?.message).toContain('pas de bouton « A »');
  });

  it('refuses a second start script, or any event script, on a robot that runs one script', () => {
    const p = validated(
      program([
        start(),
        script({ event: 'start' }, [], 's2'),
        script({ event: 'button', button: 'forward' }, [], 's3'),
      ]),
    );
    const problems = checkCapabilities(p, FLOOR_ROBOT);
    expect(problems.map((x) => [x.code, x.blockId])).toEqual([
      ['CAPABILITY_ONE_SCRIPT', 's2'],
      ['CAPABILITY_ONE_SCRIPT', 's3'],
    ]);
    expect(problems[0]?.message).toContain("Ce robot ne fait qu'une chose à la fois");
    expect(problems[1]?.message).toContain('« quand on appuie sur un bouton »');
    expect(checkCapabilities(p, { ...FLOOR_ROBOT, concurrentScripts: true })).toEqual([]);
  });

  it('refuses light targets and free colours the robot lacks; all is always fine', () => {
    const p = validated(
      program([
        start(
          { id: 'l1', op: 'light', color: 'blue', target: 'left' },
          { id: 'l2', op: 'light', color: '#ff8800' },
          { id: 'l3', op: 'light', color: 'blue', target: 'all' },
          { id: 'l4', op: 'light', color: 'blue', target: 'top' },
        ),
      ]),
    );
    const problems = checkCapabilities(p, FLOOR_ROBOT);
    expect(problems.map((x) => [x.code, x.blockId, x.path])).toEqual([
      ['CAPABILITY_LIGHT_TARGET', 'l1', 'scripts[0].do[0].target'],
      ['CAPABILITY_COLOR', 'l2', 'scripts[0].do[1].color'],
    ]);
    expect(problems[0]?.message).toContain('« de gauche »');
    expect(problems[1]?.message).toContain('#ff8800');
    expect(problems[1]?.message).toContain('« lumière »');
  });

  it('refuses a move unit the robot does not count in, telling the step length', () => {
    const p = validated(program([start({ id: 'm1', op: 'move', direction: 'backward', cm: 30 })]));
    const [problem, ...rest] = checkCapabilities(p, FLOOR_ROBOT, FLOOR_LIMITS);
    expect(rest).toEqual([]);
    expect(problem?.code).toBe('CAPABILITY_MOVE_UNIT');
    expect(problem?.blockId).toBe('m1');
    expect(problem?.path).toBe('scripts[0].do[0].cm');
    expect(problem?.message).toBe(
      'Ce robot ne compte pas en centimètres : dans le bloc « reculer », donne la distance en pas (un pas fait 15 cm).',
    );
    const wheeled: Capabilities = { ...EVERYTHING, moveUnits: ['cm'] };
    const steps = validated(program([start({ id: 'm2', op: 'move', direction: 'forward', steps: 2 })]));
    expect(checkCapabilities(steps, wheeled)[0]?.message).toBe(
      'Ce robot ne compte pas en pas : dans le bloc « avancer », donne la distance en centimètres.',
    );
  });

  it('refuses literal turn angles outside the list, 90 when left out, and lets computed ones through', () => {
    const p = validated(
      program([
        start(
          { id: 't1', op: 'turn', direction: 'left', degrees: 45 },
          { id: 't2', op: 'turn', direction: 'left' },
          { id: 't3', op: 'turn', direction: 'left', degrees: 90 },
          { id: 't4', op: 'turn', direction: 'left', degrees: { random: [1, 4] } },
        ),
      ]),
    );
    const problems = checkCapabilities(p, FLOOR_ROBOT);
    expect(problems.map((x) => [x.code, x.blockId])).toEqual([['CAPABILITY_TURN_DEGREES', 't1']]);
    expect(problems[0]?.message).toBe(
      "Ce robot ne sait tourner que de 90 degrés : change l'angle du bloc « tourner » (45 degrés).",
    );
    const sixty = checkCapabilities(p, { ...EVERYTHING, turnDegrees: [60, 120] });
    expect(sixty.map((x) => x.blockId)).toEqual(['t1', 't2', 't3']);
    expect(sixty[0]?.message).toContain('60 ou 120');
  });

  it('speaks English when asked', () => {
    const p = validated(program([start({ id: 'd1', op: 'display', text: 'hi' })]));
    expect(checkCapabilities(p, FLOOR_ROBOT, undefined, 'en')[0]?.message).toBe(
      'This robot has no display: remove the "show" block.',
    );
  });
});
