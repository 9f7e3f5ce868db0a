import { describe, expect, it } from 'vitest';
import { VirtualClock } from '../clock.ts';
import { AtelierError } from '../errors/index.ts';
import type { Statement } from '../schema.ts';
import { RecordingRobot } from '../test-support/recording-robot.ts';
import type { RunContext } from './context.ts';
import { robotFailure } from './runtime-errors.ts';

function context(signal: AbortSignal): RunContext {
  const clock = new VirtualClock();
  return {
    robot: new RecordingRobot(clock),
    clock,
    signal,
    variables: new Map(),
    procedures: new Map(),
    loopTickMs: 10,
    startedAt: 0,
    random: () => 0,
    lang: 'fr',
    step: () => {},
    output: () => {},
    broadcast: () => {},
    stopProgram: () => {},
  };
}

const turn: Statement = { id: 't1', op: 'turn', direction: 'left' };

describe('robotFailure', () => {
  it('turns any error into RUN_ROBOT_FAILED on the block, keeping it as cause', () => {
    const original = new TypeError('port fermé');
    const error = robotFailure(original, turn, context(new AbortController().signal));
    expect(error).toBeInstanceOf(AtelierError);
    if (!(error instanceof AtelierError)) return;
    expect(error.code).toBe('RUN_ROBOT_FAILED');
    expect(error.blockId).toBe('t1');
    expect(error.cause).toBe(original);
    expect(error.message).toBe("Le robot n'a pas pu faire le bloc « tourner » : port fermé");
  });

  it("gives a robot's coded error the block's id, keeping code, params and cause", () => {
    const original = new AtelierError('ROBOT_BUSY', { params: { robotId: 'r1' } });
    const error = robotFailure(original, turn, context(new AbortController().signal));
    if (!(error instanceof AtelierError)) throw new Error('expected an AtelierError');
    expect([error.code, error.blockId, error.params, error.cause]).toEqual([
      'ROBOT_BUSY',
      't1',
      { robotId: 'r1' },
      original,
    ]);
  });

  it('passes the abort reason through once the run is ending', () => {
    const controller = new AbortController();
    controller.abort('fin');
    expect(robotFailure('fin', turn, context(controller.signal))).toBe('fin');
  });
});
