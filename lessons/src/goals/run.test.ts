import { describe, expect, it } from 'vitest';
import type { Program, Statement } from '../../../program/src/schema.ts';
import { type RunSettings, RunSettingsSchema } from '../run-settings.ts';
import { GridMatSchema } from '../world.ts';
import { checkAttempt } from './attempt.ts';
import { runOnWorld } from './run.ts';

const strip = (height: number) =>
  GridMatSchema.parse({ kind: 'grid', size: { width: 1, height }, start: { x: 0, y: 0, heading: 0 } });
const settings = (input: Partial<RunSettings> = {}) => RunSettingsSchema.parse(input);
const program = (...scripts: Program['scripts']): Program => ({
  format: 'atelier.program',
  version: 1,
  scripts,
});
const onStart = (...body: Statement[]) => ({ id: 's1', when: { event: 'start' as const }, do: body });
const fwd = (id: string): Statement => ({ id, op: 'move', direction: 'forward', steps: 1 });
const untilWall: Statement = { id: 'u', op: 'until', cond: { sensor: 'obstacle_front' }, do: [fwd('f')] };

describe('running a program on a lesson’s mat', () => {
  it('reports the final state and the trail, on a virtual clock', async () => {
    const outcome = await runOnWorld(program(onStart(untilWall)), strip(4), settings());
    expect(outcome.reason).toBe('finished');
    expect(outcome.state.trail).toEqual([
      { x: 0, y: 0 },
      { x: 0, y: 1 },
      { x: 0, y: 2 },
      { x: 0, y: 3 },
    ]);
    // Three cells at the simulator's pace (1 s each): time is virtual, no test waits for it.
    expect(outcome.endedAtMs).toBe(3000);
  });

  it('reports a bump as an error of the run', async () => {
    const outcome = await runOnWorld(program(onStart(fwd('a'), fwd('b'))), strip(2), settings());
    expect(outcome.reason).toBe('error');
    expect(outcome.errors).toEqual([expect.objectContaining({ code: 'ROBOT_BLOCKED', blockId: 'b' })]);
  });

  it('presses the robot’s buttons at the times the lesson gives, and stops at the time limit', async () => {
    const onButton = {
      id: 's2',
      when: { event: 'button' as const, button: 'forward' as const },
      do: [fwd('f')],
    };
    const run = settings({
      timeLimitS: 10,
      inputs: [
        { at: 1, press: 'forward' },
        { at: 3, press: 'forward' },
      ],
    });
    const outcome = await runOnWorld(program(onButton), strip(5), run);
    expect(outcome.reason).toBe('time_limit');
    expect(outcome.state.y).toBe(2);
    expect(outcome.endedAtMs).toBe(10_000);
  });

  it('draws the same random numbers for the same seed', async () => {
    const roll: Statement = { id: 'r', op: 'display', text: { random: [1, 1000] } };
    const first = await runOnWorld(program(onStart(roll)), strip(1), settings({ seed: 5 }));
    const again = await runOnWorld(program(onStart(roll)), strip(1), settings({ seed: 5 }));
    const other = await runOnWorld(program(onStart(roll)), strip(1), settings({ seed: 6 }));
    expect(again.state.display).toBe(first.state.display);
    expect(other.state.display).not.toBe(first.state.display);
  });

  it('checks an attempt on every mat of a lesson, naming the mat that fails', async () => {
    const lesson = {
      world: strip(3),
      goal: { kind: 'stop_before_wall' as const },
      run: settings(),
      toolbox: { blocks: [] as never[] },
      variants: [{ world: strip(5) }],
    };
    const twoSteps = await checkAttempt(lesson, program(onStart(fwd('a'), fwd('b'))));
    expect(twoSteps.passed).toBe(false);
    expect(twoSteps.problems).toEqual([
      expect.objectContaining({ code: 'LESSON_GOAL_NOT_BEFORE_WALL', world: 1 }),
    ]);
    expect((await checkAttempt(lesson, program(onStart(untilWall)))).passed).toBe(true);
  });

  it('refuses an attempt with more blocks than the lesson allows, and still runs it', async () => {
    const lesson = {
      world: strip(3),
      goal: { kind: 'stop_before_wall' as const },
      run: settings(),
      toolbox: { blocks: [] as never[], maxBlocks: 1 },
      variants: [],
    };
    const attempt = await checkAttempt(lesson, program(onStart(fwd('a'), fwd('b'))));
    expect(attempt.problems.map((problem) => problem.code)).toEqual(['LESSON_TOO_MANY_BLOCKS']);
    expect(attempt.outcomes[0]?.state.y).toBe(2);
  });
});
