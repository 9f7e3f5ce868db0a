import { describe, expect, it } from 'vitest';
import type { Expr, Statement } from '../schema.ts';
import { ifBlock, onStart, runVirtual } from '../test-support/programs.ts';
import { RecordingRobot } from '../test-support/recording-robot.ts';
import type { SensorName } from '../vocabulary.ts';
import { formatNumber, randomInteger, valuesEqual } from './values.ts';

interface ValueOptions {
  before?: Statement[];
  random?: () => number;
  sensors?: Array<[SensorName, number | boolean]>;
}

/** The text `display` shows for `expr` (booleans as vrai/faux), run on the virtual clock. */
async function shown(expr: Expr, options: ValueOptions = {}): Promise<string> {
  const run = await runVirtual(
    onStart(...(options.before ?? []), { id: 'show', op: 'display', text: expr }),
    options.random === undefined ? {} : { random: options.random },
    (clock) => {
      const robot = new RecordingRobot(clock);
      for (const [sensor, value] of options.sensors ?? []) robot.sensors.set(sensor, value);
      return robot;
    },
  );
  expect(run.errors).toEqual([]);
  const output = run.events.find((e) => e.event === 'output');
  if (output?.event !== 'output') throw new Error('no output');
  return output.text;
}

/** The error a program showing `expr` ends with. */
async function errorOf(expr: Expr, before: Statement[] = []) {
  const run = await runVirtual(onStart(...before, { id: 'show', op: 'display', text: expr }));
  expect(run.reason).toBe('error');
  expect(run.errors).toHaveLength(1);
  return run.errors[0];
}

const setText = (name: string, value: string): Statement => ({
  id: `set-${name}`,
  op: 'set',
  var: name,
  value,
});

describe('expressions', () => {
  it('literals', async () => {
    expect(await shown(42)).toBe('42');
    expect(await shown(-1.25)).toBe('-1.25');
    expect(await shown(true)).toBe('vrai');
    expect(await shown('Bonjour')).toBe('Bonjour');
  });

  it.each([
    ['+', 7, 2, '9'],
    ['-', 7, 2, '5'],
    ['*', 7, 2, '14'],
    ['/', 7, 2, '3.5'],
    ['%', 7, 3, '1'],
    ['%', -1, 3, '2'],
    ['%', 5, -3, '-1'],
    ['<', 1, 2, 'vrai'],
    ['<', 2, 2, 'faux'],
    ['<=', 2, 2, 'vrai'],
    ['>', 3, 2, 'vrai'],
    ['>=', 1, 2, 'faux'],
    ['=', 2, 2, 'vrai'],
    ['!=', 2, 2, 'faux'],
  ] as const)('%s on numbers: %s, %s → %s', async (op, a, b, expected) => {
    expect(await shown({ op, a, b })).toBe(expected);
  });

  it('= compares texts without regard to case, and a number with a text that reads as one', async () => {
    expect(await shown({ op: '=', a: 'Chat', b: 'cHAT' })).toBe('vrai');
    expect(await shown({ op: '!=', a: 'chat', b: 'chien' })).toBe('vrai');
    expect(await shown({ op: '=', a: { var: 't' }, b: 3 }, { before: [setText('t', ' 3 ')] })).toBe('vrai');
    expect(await shown({ op: '=', a: 'trois', b: 3 })).toBe('faux');
    expect(await shown({ op: '=', a: true, b: { op: '<', a: 1, b: 2 } })).toBe('vrai');
    expect(await shown({ op: '=', a: true, b: 1 })).toBe('faux');
  });

  it('and, or, not on booleans', async () => {
    expect(await shown({ op: 'and', a: true, b: false })).toBe('faux');
    expect(await shown({ op: 'and', a: true, b: true })).toBe('vrai');
    expect(await shown({ op: 'or', a: false, b: true })).toBe('vrai');
    expect(await shown({ op: 'or', a: false, b: false })).toBe('faux');
    expect(await shown({ op: 'not', a: false })).toBe('vrai');
  });

  it('and and or stop at the operand that decides', async () => {
    // The right operand would divide by zero if it were evaluated.
    const boom: Expr = { op: '=', a: { op: '/', a: 1, b: 0 }, b: 1 };
    expect(await shown({ op: 'and', a: false, b: boom })).toBe('faux');
    expect(await shown({ op: 'or', a: true, b: boom })).toBe('vrai');
  });

  it('random: a whole number between the bounds, both included', async () => {
    expect(await shown({ random: [1, 6] }, { random: () => 0 })).toBe('1');
    expect(await shown({ random: [1, 6] }, { random: () => 0.999_999 })).toBe('6');
    expect(
      await shown(
        { random: [{ var: 'hi' }, { var: 'lo' }] },
        {
          random: () => 0.5,
          before: [
            { id: 'h', op: 'set', var: 'hi', value: 10 },
            { id: 'l', op: 'set', var: 'lo', value: 0 },
          ],
        },
      ),
    ).toBe('5');
  });

  it('variables: read what was set', async () => {
    expect(
      await shown(
        { op: '+', a: { var: 'x' }, b: 1 },
        { before: [{ id: 'sx', op: 'set', var: 'x', value: 41 }] },
      ),
    ).toBe('42');
  });

  it('sensors: read from the robot; timer_s from the clock', async () => {
    expect(await shown({ sensor: 'distance_cm' }, { sensors: [['distance_cm', 12.5]] })).toBe('12.5');
    expect(await shown({ sensor: 'line_left' }, { sensors: [['line_left', true]] })).toBe('vrai');
    expect(await shown({ sensor: 'button_a' })).toBe('faux');
    expect(await shown({ sensor: 'timer_s' }, { before: [{ id: 'w', op: 'wait', seconds: 2.5 }] })).toBe(
      '2.5',
    );
  });

  it('division and modulo by zero: RUN_DIVISION_BY_ZERO on the block', async () => {
    const division = await errorOf({ op: '/', a: 1, b: { op: '-', a: 2, b: 2 } });
    expect(division).toMatchObject({ code: 'RUN_DIVISION_BY_ZERO', blockId: 'show' });
    expect(division?.message).toBe(
      'Division par zéro dans le bloc « afficher » : on ne peut pas diviser par 0.',
    );
    expect(await errorOf({ op: '%', a: 1, b: 0 })).toMatchObject({
      code: 'RUN_DIVISION_BY_ZERO',
      blockId: 'show',
    });
  });

  it('a variable read before it is set: RUN_UNKNOWN_VARIABLE', async () => {
    const error = await errorOf({ op: '+', a: { var: 'vies' }, b: 1 });
    expect(error).toMatchObject({ code: 'RUN_UNKNOWN_VARIABLE', blockId: 'show' });
    expect(error?.message).toContain('« vies »');
    expect(error?.message).toContain('« mettre la variable »');
  });

  it('a text where a number is needed: RUN_NOT_A_NUMBER', async () => {
    const error = await errorOf({ op: '*', a: { var: 't' }, b: 2 }, [setText('t', 'abc')]);
    expect(error).toMatchObject({ code: 'RUN_NOT_A_NUMBER', blockId: 'show' });
    expect(error?.message).toBe('Dans le bloc « afficher », il faut un nombre, mais la valeur est « abc ».');
    expect(await errorOf({ op: '<', a: { op: '<', a: 1, b: 2 }, b: 2 })).toMatchObject({
      code: 'RUN_NOT_A_NUMBER',
    });
  });

  it('a number where a condition is needed: RUN_NOT_A_BOOLEAN', async () => {
    const error = await errorOf({ op: 'not', a: { var: 'n' } }, [
      { id: 'sn', op: 'set', var: 'n', value: 3 },
    ]);
    expect(error).toMatchObject({ code: 'RUN_NOT_A_BOOLEAN', blockId: 'show' });
    expect(error?.message).toContain('« 3 »');
    const run = await runVirtual(onStart(ifBlock('i1', { sensor: 'distance_cm' }, [])));
    expect(run.errors.map((e) => [e.code, e.blockId])).toEqual([['RUN_NOT_A_BOOLEAN', 'i1']]);
  });
});

describe('values', () => {
  it('formats numbers as a pupil writes them', () => {
    expect(formatNumber(3)).toBe('3');
    expect(formatNumber(-0)).toBe('0');
    expect(formatNumber(0.1 + 0.2)).toBe('0.3');
    expect(formatNumber(1 / 3)).toBe('0.333333333333');
  });

  it('compares values for =', () => {
    expect(valuesEqual('ÉTÉ', 'été')).toBe(true);
    expect(valuesEqual('', 0)).toBe(false);
    expect(valuesEqual('2.50', 2.5)).toBe(true);
  });

  it('draws every whole number of the range, and only those', () => {
    const seen = new Set<number>();
    for (let i = 0; i < 100; i += 1) seen.add(randomInteger(6, 1, () => i / 100));
    expect([...seen].sort()).toEqual([1, 2, 3, 4, 5, 6]);
  });
});
