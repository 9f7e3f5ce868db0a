import { describe, expect, it } from 'vitest';
import { ifBlock, onStart, program, runVirtual, script } from '../test-support/programs.ts';
import { RecordingRobot } from '../test-support/recording-robot.ts';
import { BEAT_MS, COLOR_HEX } from '../vocabulary.ts';

describe('statements', () => {
  it('move: passes steps or cm as written and takes the robot its time', async () => {
    const run = await runVirtual(
      onStart(
        { id: 'b1', op: 'move', direction: 'forward', steps: 2 },
        { id: 'b2', op: 'move', direction: 'backward', cm: { op: '*', a: 3, b: 10 } },
      ),
    );
    expect(run.reason).toBe('finished');
    expect(run.robot.callsOf('move')).toEqual([
      { method: 'move', args: ['forward', { steps: 2 }], at: 0 },
      { method: 'move', args: ['backward', { cm: 30 }], at: 2000 },
    ]);
    expect(run.steps).toEqual(['b1', 'b2']);
  });

  it('turn: 90 degrees when left out, else the computed angle', async () => {
    const run = await runVirtual(
      onStart(
        { id: 'b1', op: 'turn', direction: 'right' },
        { id: 'b2', op: 'turn', direction: 'left', degrees: 45 },
      ),
    );
    expect(run.robot.callsOf('turn').map((c) => c.args)).toEqual([
      ['right', 90],
      ['left', 45],
    ]);
  });

  it('motors: sets the speeds at once, clamped to -100…100; stop_motors stops them', async () => {
    const run = await runVirtual(
      onStart(
        { id: 'b1', op: 'motors', left: 150, right: { op: '-', a: 0, b: 250 } },
        { id: 'b2', op: 'motors', left: 30, right: -40 },
        { id: 'b3', op: 'stop_motors' },
      ),
    );
    expect(run.robot.callsOf('setMotors').map((c) => c.args)).toEqual([
      [100, -100],
      [30, -40],
    ]);
    expect(run.robot.methods()).toEqual(['setMotors', 'setMotors', 'stopMotors', 'stopMotors']);
    expect(run.clock.now()).toBe(0);
  });

  it('wait: pauses for the seconds given, 0 when negative', async () => {
    const run = await runVirtual(
      onStart(
        { id: 'b1', op: 'wait', seconds: 1.5 },
        { id: 'b2', op: 'light', color: 'red' },
        { id: 'b3', op: 'wait', seconds: -3 },
        { id: 'b4', op: 'light', color: 'blue' },
      ),
    );
    expect(run.robot.callsOf('setLight').map((c) => c.at)).toEqual([1500, 1500]);
  });

  it('wait_until: polls once per tick until the condition holds', async () => {
    const run = await runVirtual(
      onStart(
        { id: 'b1', op: 'wait_until', cond: { sensor: 'obstacle_front' } },
        { id: 'b2', op: 'light', color: 'red' },
      ),
      {},
      (clock) => {
        const robot = new RecordingRobot(clock);
        void clock.sleep(245).then(() => robot.sensors.set('obstacle_front', true));
        return robot;
      },
    );
    expect(run.robot.callsOf('setLight')[0]?.at).toBe(250);
    // One read per 10 ms tick: at 0, 10, … 250.
    expect(run.robot.reads.filter((s) => s === 'obstacle_front')).toHaveLength(26);
  });

  it('repeat: runs its blocks the number of times, rounded to the nearest whole number', async () => {
    const run = await runVirtual(
      onStart(
        {
          id: 'b1',
          op: 'repeat',
          times: 2.6,
          do: [{ id: 'b2', op: 'move', direction: 'forward', steps: 1 }],
        },
        { id: 'b3', op: 'repeat', times: 0, do: [{ id: 'b4', op: 'stop' }] },
      ),
    );
    expect(run.robot.callsOf('move')).toHaveLength(3);
    expect(run.steps).toEqual(['b1', 'b2', 'b2', 'b2', 'b3']);
    expect(run.reason).toBe('finished');
  });

  it.each([
    [-1, '-1'],
    [10_001, '10001'],
  ])('repeat: refuses %s times with RUN_BAD_REPEAT_COUNT on its block', async (times, shown) => {
    const run = await runVirtual(onStart({ id: 'r1', op: 'repeat', times, do: [] }));
    expect(run.reason).toBe('error');
    expect(run.errors).toEqual([
      {
        event: 'error',
        code: 'RUN_BAD_REPEAT_COUNT',
        blockId: 'r1',
        message: `Le bloc « répéter » doit répéter de 0 à 10000 fois, pas « ${shown} » fois.`,
      },
    ]);
  });

  it('forever: loops until the program is stopped (here by its time limit)', async () => {
    const run = await runVirtual(
      onStart({ id: 'f1', op: 'forever', do: [{ id: 'b1', op: 'move', direction: 'forward', steps: 1 }] }),
      { timeLimitMs: 5500 },
    );
    expect(run.reason).toBe('time_limit');
    expect(run.robot.callsOf('move')).toHaveLength(6);
    expect(run.robot.methods().at(-1)).toBe('halt');
    expect(run.clock.now()).toBe(5500);
  });

  it('while and until: test the condition before each turn', async () => {
    const run = await runVirtual(
      onStart(
        { id: 'b0', op: 'set', var: 'n', value: 0 },
        {
          id: 'w1',
          op: 'while',
          cond: { op: '<', a: { var: 'n' }, b: 3 },
          do: [{ id: 'w2', op: 'change', var: 'n', by: 1 }],
        },
        {
          id: 'u1',
          op: 'until',
          cond: { op: '>=', a: { var: 'n' }, b: 5 },
          do: [{ id: 'u2', op: 'change', var: 'n', by: 1 }],
        },
        { id: 'u3', op: 'until', cond: true, do: [{ id: 'never', op: 'stop' }] },
        { id: 'd1', op: 'display', text: { var: 'n' } },
      ),
    );
    expect(run.steps.filter((s) => s === 'w2')).toHaveLength(3);
    expect(run.steps.filter((s) => s === 'u2')).toHaveLength(2);
    expect(run.steps).not.toContain('never');
    expect(run.events).toContainEqual({ event: 'output', text: '5' });
  });

  it('if: runs then or else', async () => {
    const run = await runVirtual(
      onStart(
        ifBlock(
          'i1',
          true,
          [{ id: 't1', op: 'light', color: 'red' }],
          [{ id: 'e1', op: 'light', color: 'blue' }],
        ),
        ifBlock(
          'i2',
          false,
          [{ id: 't2', op: 'light', color: 'red' }],
          [{ id: 'e2', op: 'light', color: 'blue' }],
        ),
        ifBlock('i3', false, [{ id: 't3', op: 'light', color: 'red' }]),
      ),
    );
    expect(run.steps).toEqual(['i1', 't1', 'i2', 'e2', 'i3']);
  });

  it('light: resolves named colours, lowers hex, targets all by default', async () => {
    const run = await runVirtual(
      onStart(
        { id: 'b1', op: 'light', color: 'orange' },
        { id: 'b2', op: 'light', color: '#AbCdEf', target: 'left' },
        { id: 'b3', op: 'light', color: 'off' },
      ),
    );
    expect(run.robot.callsOf('setLight').map((c) => c.args)).toEqual([
      [COLOR_HEX.orange, 'all'],
      ['#abcdef', 'left'],
      ['#000000', 'all'],
    ]);
  });

  it('sound and melody: play, taking their time', async () => {
    const run = await runVirtual(
      onStart(
        { id: 'b1', op: 'sound', note: 'C4', beats: 2 },
        { id: 'b2', op: 'sound', note: 'rest', beats: 0 },
        { id: 'b3', op: 'melody', name: 'happy' },
        { id: 'b4', op: 'light', color: 'red' },
      ),
    );
    expect(run.robot.callsOf('playNote').map((c) => [c.args, c.at])).toEqual([
      [['C4', 2], 0],
      [['rest', 0], 2 * BEAT_MS],
    ]);
    expect(run.robot.callsOf('playMelody').map((c) => c.args)).toEqual([['happy']]);
    expect(run.robot.callsOf('setLight')[0]?.at).toBe(2 * BEAT_MS + run.robot.timing.melodyMs);
  });

  it('sound: refuses negative beats on its block', async () => {
    const run = await runVirtual(
      onStart({ id: 'n1', op: 'sound', note: 'C4', beats: { op: '-', a: 0, b: 1 } }),
    );
    expect(run.errors.map((e) => [e.code, e.blockId])).toEqual([['RUN_BAD_BEATS', 'n1']]);
    expect(run.errors[0]?.message).toContain('« note »');
    expect(run.robot.callsOf('playNote')).toEqual([]);
  });

  it('display and clear_display: images, and values shown as text and reported as output', async () => {
    const run = await runVirtual(
      onStart(
        { id: 'b1', op: 'display', image: 'heart' },
        { id: 'b2', op: 'display', text: 'Bravo' },
        { id: 'b3', op: 'display', text: { op: '/', a: 4, b: 2 } },
        { id: 'b4', op: 'display', text: { op: '+', a: 0.1, b: 0.2 } },
        { id: 'b5', op: 'display', text: { op: '<', a: 1, b: 2 } },
        { id: 'b6', op: 'clear_display' },
      ),
    );
    expect(run.robot.callsOf('showImage').map((c) => c.args)).toEqual([['heart']]);
    expect(run.robot.callsOf('showText').map((c) => c.args)).toEqual([['Bravo'], ['2'], ['0.3'], ['vrai']]);
    expect(run.events.flatMap((e) => (e.event === 'output' ? [e.text] : []))).toEqual([
      'Bravo',
      '2',
      '0.3',
      'vrai',
    ]);
    expect(run.robot.callsOf('clearDisplay')).toHaveLength(1);
  });

  it('set and change: variables hold numbers and texts', async () => {
    const run = await runVirtual(
      onStart(
        { id: 'b1', op: 'set', var: 'score', value: 10 },
        { id: 'b2', op: 'change', var: 'score', by: -2.5 },
        { id: 'b3', op: 'set', var: 'nom', value: 'Léa' },
        { id: 'b4', op: 'display', text: { var: 'score' } },
        { id: 'b5', op: 'display', text: { var: 'nom' } },
      ),
    );
    expect(run.robot.callsOf('showText').map((c) => c.args)).toEqual([['7.5'], ['Léa']]);
  });

  it('change: a variable never set is RUN_UNKNOWN_VARIABLE, a text RUN_NOT_A_NUMBER', async () => {
    const unset = await runVirtual(onStart({ id: 'c1', op: 'change', var: 'score', by: 1 }));
    expect(unset.errors.map((e) => [e.code, e.blockId])).toEqual([['RUN_UNKNOWN_VARIABLE', 'c1']]);
    expect(unset.errors[0]?.message).toContain('« score »');
    expect(unset.errors[0]?.message).toContain('« ajouter à la variable »');
    const text = await runVirtual(
      onStart({ id: 's1b', op: 'set', var: 'x', value: 'abc' }, { id: 'c2', op: 'change', var: 'x', by: 1 }),
    );
    expect(text.errors.map((e) => [e.code, e.blockId])).toEqual([['RUN_NOT_A_NUMBER', 'c2']]);
    expect(text.errors[0]?.message).toContain('« abc »');
  });

  it('broadcast: starts the message scripts of that name and goes on', async () => {
    const run = await runVirtual(
      program([
        script(
          { event: 'start' },
          [
            { id: 'b1', op: 'broadcast', name: 'danse' },
            { id: 'b2', op: 'light', color: 'red' },
          ],
          's1',
        ),
        script({ event: 'message', name: 'danse' }, [{ id: 'm1', op: 'turn', direction: 'left' }], 's2'),
        script({ event: 'message', name: 'autre' }, [{ id: 'm2', op: 'turn', direction: 'right' }], 's3'),
      ]),
    );
    expect(run.steps).toEqual(['b1', 'm1', 'b2']);
    expect(run.robot.methods()).toEqual(['turn', 'setLight', 'stopMotors']);
    expect(run.reason).toBe('finished');
  });

  it("call: runs the procedure's blocks within the calling script", async () => {
    const run = await runVirtual(
      program(
        [
          script(
            { event: 'start' },
            [
              { id: 'c1', op: 'call', name: 'carré' },
              { id: 'c2', op: 'call', name: 'carré' },
            ],
            's1',
          ),
        ],
        [
          {
            name: 'carré',
            id: 'p1',
            do: [
              {
                id: 'p2',
                op: 'repeat',
                times: 4,
                do: [
                  { id: 'p3', op: 'move', direction: 'forward', steps: 1 },
                  { id: 'p4', op: 'turn', direction: 'right' },
                ],
              },
            ],
          },
        ],
      ),
    );
    expect(run.robot.callsOf('move')).toHaveLength(8);
    expect(run.robot.callsOf('turn')).toHaveLength(8);
    const steps = run.events.filter((e) => e.event === 'step');
    expect(steps.every((e) => e.event === 'step' && e.scriptId === 's1')).toBe(true);
    expect(run.steps.slice(0, 4)).toEqual(['c1', 'p2', 'p3', 'p4']);
  });

  it('stop: ends every script at once and halts the robot', async () => {
    const run = await runVirtual(
      program([
        script(
          { event: 'start' },
          [
            { id: 'b1', op: 'wait', seconds: 1 },
            { id: 'b2', op: 'stop' },
            { id: 'b3', op: 'light', color: 'red' },
          ],
          's1',
        ),
        script(
          { event: 'start' },
          [{ id: 'f1', op: 'forever', do: [{ id: 'f2', op: 'move', direction: 'forward', steps: 1 }] }],
          's2',
        ),
      ]),
    );
    expect(run.reason).toBe('stopped');
    expect(run.steps).not.toContain('b3');
    expect(run.robot.methods().at(-1)).toBe('halt');
    expect(run.robot.callsOf('halt')[0]?.at).toBe(1000);
    expect(run.events.at(-1)).toEqual({ event: 'done', reason: 'stopped' });
  });
});
