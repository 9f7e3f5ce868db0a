import { describe, expect, it } from 'vitest';
import { RealClock, VirtualClock } from '../clock.ts';
import { AtelierError } from '../errors/index.ts';
import type { RunEvent } from '../run-events.ts';
import type { Program } from '../schema.ts';
import { ifBlock, onStart, program, runVirtual, script, validated } from '../test-support/programs.ts';
import { PushingRecordingRobot, RecordingRobot } from '../test-support/recording-robot.ts';
import { startProgram } from './index.ts';

/** Starts `p` on a virtual clock and returns what a test needs to drive it step by step. */
function start(
  p: Program,
  robot: (clock: VirtualClock) => RecordingRobot = (clock) => new RecordingRobot(clock),
) {
  const clock = new VirtualClock();
  const events: RunEvent[] = [];
  const r = robot(clock);
  const handle = startProgram(validated(p), { robot: r, clock, onEvent: (e) => events.push(e) });
  return { clock, events, robot: r, handle };
}

function doneEvents(events: readonly RunEvent[]): RunEvent[] {
  return events.filter((e) => e.event === 'done');
}

describe('a run', () => {
  it('emits the first steps before startProgram returns', () => {
    const { events, handle } = start(onStart({ id: 'b1', op: 'move', direction: 'forward', steps: 1 }));
    expect(events).toEqual([{ event: 'step', blockId: 'b1', scriptId: 's1' }]);
    handle.stop();
  });

  it('finishes when every script has finished: wheels stopped, done last and once', async () => {
    const run = await runVirtual(onStart({ id: 'b1', op: 'light', color: 'red' }));
    expect(run.reason).toBe('finished');
    expect(run.robot.methods()).toEqual(['setLight', 'stopMotors']);
    expect(run.events).toEqual([
      { event: 'step', blockId: 'b1', scriptId: 's1' },
      { event: 'done', reason: 'finished' },
    ]);
  });

  it('finishes at once a program whose scripts never start', async () => {
    const run = await runVirtual(
      program([script({ event: 'message', name: 'x' }, [{ id: 'b1', op: 'stop' }], 's1')]),
    );
    expect(run.reason).toBe('finished');
    expect(run.steps).toEqual([]);
  });

  it('runs start scripts concurrently, interleaved at their waits on the virtual clock', async () => {
    const run = await runVirtual(
      program([
        script(
          { event: 'start' },
          [
            { id: 'a1', op: 'move', direction: 'forward', steps: 2 },
            { id: 'a2', op: 'light', color: 'red' },
          ],
          'sA',
        ),
        script(
          { event: 'start' },
          [
            { id: 'b1', op: 'wait', seconds: 0.5 },
            { id: 'b2', op: 'light', color: 'blue' },
            { id: 'b3', op: 'wait', seconds: 2 },
            { id: 'b4', op: 'light', color: 'green' },
          ],
          'sB',
        ),
      ]),
    );
    expect(run.reason).toBe('finished');
    expect(run.steps).toEqual(['a1', 'b1', 'b2', 'b3', 'a2', 'b4']);
    expect(run.robot.callsOf('setLight').map((c) => [c.args[0], c.at])).toEqual([
      ['#0000ff', 500],
      ['#ff0000', 2000],
      ['#00ff00', 2500],
    ]);
    const scriptOf = Object.fromEntries(
      run.events.flatMap((e) => (e.event === 'step' ? [[e.blockId, e.scriptId]] : [])),
    );
    expect(scriptOf).toMatchObject({ a1: 'sA', b1: 'sB', b4: 'sB' });
  });

  it('stops mid-move: the move is aborted, the robot halted, nothing runs after', async () => {
    const { clock, events, robot, handle } = start(
      onStart(
        { id: 'b1', op: 'move', direction: 'forward', steps: 3 },
        { id: 'b2', op: 'light', color: 'red' },
      ),
    );
    await clock.advanceUntil(new Promise<never>(() => {}), 1200);
    handle.stop();
    handle.stop();
    await expect(clock.advanceUntil(handle.done, 10_000)).resolves.toBe('settled');
    await expect(handle.done).resolves.toBe('stopped');
    expect(robot.methods()).toEqual(['move', 'halt']);
    expect(robot.callsOf('halt')[0]?.at).toBe(1200);
    expect(events).toEqual([
      { event: 'step', blockId: 'b1', scriptId: 's1' },
      { event: 'done', reason: 'stopped' },
    ]);
    // The aborted move left no timer behind.
    expect(clock.pendingTimers).toBe(0);
  });

  it('ignores stop and inputs once it has ended', async () => {
    const { clock, events, handle } = start(onStart({ id: 'b1', op: 'light', color: 'red' }));
    await clock.advanceUntil(handle.done, 1000);
    handle.stop();
    handle.input({ kind: 'clap' });
    await expect(handle.done).resolves.toBe('finished');
    expect(doneEvents(events)).toHaveLength(1);
    expect(events.at(-1)).toEqual({ event: 'done', reason: 'finished' });
  });

  it("ends with 'time_limit' after timeLimitMs of clock time", async () => {
    const run = await runVirtual(
      onStart({ id: 'f1', op: 'forever', do: [{ id: 'w1', op: 'wait', seconds: 1 }] }),
      {
        timeLimitMs: 3000,
      },
    );
    expect(run.reason).toBe('time_limit');
    expect(run.clock.now()).toBe(3000);
    expect(run.robot.methods()).toEqual(['halt']);
    expect(run.events.at(-1)).toEqual({ event: 'done', reason: 'time_limit' });
  });

  it('refuses a loop tick that would disable the runaway guard', () => {
    const clock = new VirtualClock();
    expect(() =>
      startProgram(onStart(), { robot: new RecordingRobot(clock), clock, onEvent: () => {}, loopTickMs: 0 }),
    ).toThrow(RangeError);
  });
});

describe('the runaway guard', () => {
  const emptyForever = onStart({ id: 'f1', op: 'forever', do: [] });

  it('moves a virtual clock on by one tick per turn of a loop with nothing inside', async () => {
    const run = await runVirtual(emptyForever, { timeLimitMs: 1000, loopTickMs: 10 });
    expect(run.reason).toBe('time_limit');
    expect(run.steps).toEqual(['f1']);
    expect(run.clock.now()).toBe(1000);
  });

  it('pads instant turns to one tick (repeat of instant blocks)', async () => {
    const run = await runVirtual(
      onStart(
        { id: 's', op: 'set', var: 'n', value: 0 },
        { id: 'r', op: 'repeat', times: 100, do: [{ id: 'c', op: 'change', var: 'n', by: 1 }] },
      ),
      { loopTickMs: 20 },
    );
    expect(run.reason).toBe('finished');
    expect(run.clock.now()).toBe(2000);
  });

  it('does not slow down turns that already take time', async () => {
    const run = await runVirtual(
      onStart({
        id: 'r',
        op: 'repeat',
        times: 3,
        do: [{ id: 'm', op: 'move', direction: 'forward', steps: 1 }],
      }),
    );
    expect(run.clock.now()).toBe(3000);
  });

  it('on a real clock, never freezes the process: timers fire and stop is prompt', async () => {
    const clock = new RealClock();
    const events: RunEvent[] = [];
    const handle = startProgram(validated(emptyForever), {
      robot: new RecordingRobot(clock),
      clock,
      onEvent: (e) => events.push(e),
      loopTickMs: 5,
    });
    // If the loop held the event loop, this timer would never fire and the test would time out.
    await new Promise((resolve) => setTimeout(resolve, 50));
    handle.stop();
    await expect(handle.done).resolves.toBe('stopped');
    expect(events.at(-1)).toEqual({ event: 'done', reason: 'stopped' });
  });
});

describe('the virtual clock', () => {
  it('runs a 5-minute program on virtual time (its speed is measured by npm run bench)', async () => {
    const fiveMinutes = onStart(
      { id: 'n', op: 'set', var: 'turns', value: 0 },
      {
        id: 'f',
        op: 'forever',
        do: [
          { id: 'c', op: 'change', var: 'turns', by: 1 },
          ifBlock('i', { op: '=', a: { op: '%', a: { var: 'turns' }, b: 1000 }, b: 0 }, [
            { id: 'l', op: 'light', color: 'red' },
          ]),
        ],
      },
    );
    const run = await runVirtual(fiveMinutes, { timeLimitMs: 300_000 });
    expect(run.reason).toBe('time_limit');
    expect(run.clock.now()).toBe(300_000);
    // One turn per 10 ms tick: 30,000 turns, a light every 1,000.
    expect(run.robot.callsOf('setLight')).toHaveLength(30);
  });

  it('gives the same run twice', async () => {
    const p = program([
      script(
        { event: 'start' },
        [
          {
            id: 'a',
            op: 'repeat',
            times: 5,
            do: [{ id: 'a1', op: 'turn', direction: 'left', degrees: { random: [1, 90] } }],
          },
        ],
        'sA',
      ),
      script(
        { event: 'start' },
        [{ id: 'b', op: 'repeat', times: 5, do: [{ id: 'b1', op: 'wait', seconds: 0.3 }] }],
        'sB',
      ),
    ]);
    const seeded = () => {
      let seed = 7;
      return () => {
        seed = (seed * 16807) % 2147483647;
        return seed / 2147483647;
      };
    };
    const first = await runVirtual(p, { random: seeded() });
    const second = await runVirtual(p, { random: seeded() });
    expect(second.events).toEqual(first.events);
    expect(second.robot.calls).toEqual(first.robot.calls);
  });
});

describe('events', () => {
  const buttonProgram = program([
    script({ event: 'start' }, [{ id: 'b0', op: 'light', color: 'blue' }], 's0'),
    script(
      { event: 'button', button: 'a' },
      [{ id: 'b1', op: 'move', direction: 'forward', steps: 1 }],
      'sA',
    ),
    script({ event: 'button', button: 'b' }, [{ id: 'b2', op: 'turn', direction: 'left' }], 'sB'),
  ]);

  it('a program with event scripts keeps listening after its start scripts end', async () => {
    const run = await runVirtual(buttonProgram, { timeLimitMs: 60_000 });
    expect(run.reason).toBe('time_limit');
    expect(run.steps).toEqual(['b0']);
  });

  it('handle.input starts the matching script; an event for a running script is ignored', async () => {
    const { clock, events, robot, handle } = start(buttonProgram, (c) => new PushingRecordingRobot(c));
    await clock.advanceBy(100);
    handle.input({ kind: 'button', button: 'a' });
    await clock.advanceBy(500);
    handle.input({ kind: 'button', button: 'a' }); // still moving: ignored
    handle.input({ kind: 'button', button: 'b' });
    await clock.advanceBy(2000);
    handle.input({ kind: 'button', button: 'a' }); // finished by now: runs again
    await clock.advanceBy(2000);
    handle.stop();
    await clock.advanceUntil(handle.done, 100_000);
    expect(events.flatMap((e) => (e.event === 'step' ? [e.blockId] : []))).toEqual(['b0', 'b1', 'b2', 'b1']);
    expect(robot.callsOf('move').map((c) => c.at)).toEqual([100, 2600]);
  });

  it("listens to the robot's own inputs, and unsubscribes at the end", async () => {
    const { clock, events, robot, handle } = start(buttonProgram, (c) => new PushingRecordingRobot(c));
    if (!(robot instanceof PushingRecordingRobot)) throw new Error('unreachable');
    expect(robot.listenerCount).toBe(1);
    robot.push({ kind: 'button', button: 'b' });
    await clock.advanceBy(1000);
    // A robot that pushes its inputs is not polled.
    expect(robot.reads).toEqual([]);
    handle.stop();
    await clock.advanceUntil(handle.done, 10_000);
    expect(robot.listenerCount).toBe(0);
    expect(events.flatMap((e) => (e.event === 'step' ? [e.blockId] : []))).toEqual(['b0', 'b2']);
  });

  it('polls only the sensors its event scripts need, and fires on the edge', async () => {
    const p = program([
      script({ event: 'obstacle' }, [{ id: 'o1', op: 'light', color: 'red' }], 'sO'),
      script({ event: 'button', button: 'center' }, [{ id: 'c1', op: 'light', color: 'green' }], 'sC'),
      script({ event: 'button', button: 'forward' }, [{ id: 'f1', op: 'light', color: 'blue' }], 'sF'),
    ]);
    const { clock, robot, handle } = start(p);
    await clock.advanceBy(100);
    robot.sensors.set('obstacle_front', true);
    await clock.advanceBy(100);
    // Still there: no second event.
    await clock.advanceBy(100);
    robot.sensors.set('obstacle_front', false);
    await clock.advanceBy(100);
    robot.sensors.set('obstacle_front', true);
    robot.sensors.set('button_center', true);
    await clock.advanceBy(100);
    handle.stop();
    await clock.advanceUntil(handle.done, 10_000);
    expect(new Set(robot.reads)).toEqual(new Set(['obstacle_front', 'button_center']));
    // The sensor changed just after the poll at 100 ms (and 400 ms): the next poll sees it.
    expect(robot.callsOf('setLight').map((c) => [c.args[0], c.at])).toEqual([
      ['#ff0000', 110],
      ['#ff0000', 410],
      ['#00ff00', 410],
    ]);
  });

  it('hears a clap when the sound level rises to 70, and a tilt past 45° either way', async () => {
    const p = program([
      script({ event: 'clap' }, [{ id: 'c1', op: 'melody', name: 'happy' }], 'sC'),
      script({ event: 'tilt' }, [{ id: 't1', op: 'light', color: 'red' }], 'sT'),
    ]);
    const { clock, robot, handle } = start(p);
    robot.sensors.set('sound_level', 69);
    robot.sensors.set('tilt_y', 30);
    await clock.advanceBy(50);
    robot.sensors.set('sound_level', 70);
    robot.sensors.set('tilt_y', -50);
    await clock.advanceBy(50);
    handle.stop();
    await clock.advanceUntil(handle.done, 10_000);
    // Changed just after the poll at 50 ms: heard at the next one.
    expect(robot.callsOf('playMelody').map((c) => c.at)).toEqual([60]);
    expect(robot.callsOf('setLight').map((c) => c.at)).toEqual([60]);
  });

  it('broadcast to a message script that is already running is ignored', async () => {
    const run = await runVirtual(
      program([
        script(
          { event: 'start' },
          [
            { id: 'b1', op: 'broadcast', name: 'go' },
            { id: 'w', op: 'wait', seconds: 0.5 },
            { id: 'b2', op: 'broadcast', name: 'go' },
            { id: 'w2', op: 'wait', seconds: 2 },
            { id: 'b3', op: 'broadcast', name: 'go' },
          ],
          's1',
        ),
        script(
          { event: 'message', name: 'go' },
          [{ id: 'm1', op: 'move', direction: 'forward', steps: 1 }],
          's2',
        ),
      ]),
    );
    expect(run.robot.callsOf('move').map((c) => c.at)).toEqual([0, 2500]);
    expect(run.reason).toBe('finished');
    expect(run.clock.now()).toBe(3500);
  });
});

describe('errors', () => {
  it('a robot that fails: RUN_ROBOT_FAILED on the block, the robot halted, done last', async () => {
    const run = await runVirtual(
      onStart(
        { id: 'b1', op: 'light', color: 'red' },
        { id: 'b2', op: 'turn', direction: 'left' },
        { id: 'b3', op: 'stop_motors' },
      ),
      {},
      (clock) => {
        const robot = new RecordingRobot(clock);
        robot.failOn('turn', new Error('câble débranché'));
        return robot;
      },
    );
    expect(run.reason).toBe('error');
    expect(run.events.slice(-2)).toEqual([
      {
        event: 'error',
        code: 'RUN_ROBOT_FAILED',
        blockId: 'b2',
        message: "Le robot n'a pas pu faire le bloc « tourner » : câble débranché",
      },
      { event: 'done', reason: 'error' },
    ]);
    expect(run.steps).toEqual(['b1', 'b2']);
    expect(run.robot.methods()).toEqual(['setLight', 'turn', 'halt']);
  });

  it("a robot's coded error keeps its code and gets the block's id when it has none", async () => {
    const withoutBlock = await runVirtual(
      onStart({ id: 'm1', op: 'move', direction: 'forward', steps: 1 }),
      {},
      (clock) => {
        const robot = new RecordingRobot(clock);
        robot.failOn('move', new AtelierError('ROBOT_BUSY'));
        return robot;
      },
    );
    expect(withoutBlock.errors).toEqual([
      { event: 'error', code: 'ROBOT_BUSY', blockId: 'm1', message: 'Ce robot exécute déjà un programme.' },
    ]);
    const withBlock = await runVirtual(
      onStart({ id: 'm1', op: 'move', direction: 'forward', steps: 1 }),
      {},
      (clock) => {
        const robot = new RecordingRobot(clock);
        robot.failOn('move', new AtelierError('ROBOT_BUSY', { blockId: 'elsewhere' }));
        return robot;
      },
    );
    expect(withBlock.errors[0]?.blockId).toBe('elsewhere');
  });

  it('an error in one script ends every script', async () => {
    const run = await runVirtual(
      program([
        script(
          { event: 'start' },
          [{ id: 'f', op: 'forever', do: [{ id: 'm', op: 'move', direction: 'forward', steps: 1 }] }],
          's1',
        ),
        script(
          { event: 'start' },
          [
            { id: 'w', op: 'wait', seconds: 2.5 },
            { id: 'z', op: 'wait', seconds: { op: '/', a: 1, b: 0 } },
          ],
          's2',
        ),
      ]),
    );
    expect(run.reason).toBe('error');
    expect(run.errors.map((e) => [e.code, e.blockId])).toEqual([['RUN_DIVISION_BY_ZERO', 'z']]);
    expect(run.robot.callsOf('move')).toHaveLength(3);
    expect(run.robot.callsOf('halt').map((c) => c.at)).toEqual([2500]);
    expect(run.events.at(-1)).toEqual({ event: 'done', reason: 'error' });
  });

  it('a sensor that fails while polled: RUN_ROBOT_FAILED on the event script', async () => {
    const run = await runVirtual(program([script({ event: 'obstacle' }, [], 'sO')]), {}, (clock) => {
      const robot = new RecordingRobot(clock);
      robot.failOn('readSensor', new Error('capteur muet'));
      return robot;
    });
    expect(run.reason).toBe('error');
    expect(run.errors).toEqual([
      {
        event: 'error',
        code: 'RUN_ROBOT_FAILED',
        blockId: 'sO',
        message: "Le robot n'a pas pu faire le bloc « quand il y a un obstacle » : capteur muet",
      },
    ]);
  });

  it('a robot that cannot halt: RUN_HALT_FAILED, then done with error', async () => {
    const run = await runVirtual(onStart({ id: 'b1', op: 'stop' }), {}, (clock) => {
      const robot = new RecordingRobot(clock);
      robot.failOn('halt', new Error('pas de réponse'));
      return robot;
    });
    expect(run.reason).toBe('error');
    expect(run.events.slice(-2)).toEqual([
      {
        event: 'error',
        code: 'RUN_HALT_FAILED',
        message:
          "Le robot n'a pas pu s'arrêter à la fin du programme (pas de réponse) : vérifiez qu'il est immobile.",
      },
      { event: 'done', reason: 'error' },
    ]);
  });

  it('speaks the language asked for', async () => {
    const run = await runVirtual(onStart({ id: 'b1', op: 'wait', seconds: { op: '%', a: 1, b: 0 } }), {
      lang: 'en',
    });
    expect(run.errors[0]?.message).toBe('Division by zero in the "wait" block: you cannot divide by 0.');
  });
});
