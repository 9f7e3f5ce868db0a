import { describe, expect, it } from 'vitest';
import { LessonSchema } from './schema.ts';
import { rawLesson, startWith, step } from './test-support/lesson.ts';

const issues = (input: unknown) => {
  const parsed = LessonSchema.safeParse(input);
  return parsed.success
    ? []
    : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('the lesson schema', () => {
  it('accepts a complete lesson and fills the defaults', () => {
    const lesson = LessonSchema.parse(rawLesson());
    expect(lesson.run).toEqual({ timeLimitS: 120, inputs: [], seed: 1 });
    expect(lesson.variants).toEqual([]);
    expect(lesson.wrongPrograms).toEqual([]);
    expect(lesson.world.obstacles).toEqual([]);
    expect(lesson.world.cellCm).toBe(15);
  });

  it('refuses a cycle that is not the level’s', () => {
    expect(issues(rawLesson({ cycle: 2 }))).toEqual([expect.stringMatching(/^cycle: le PS est au cycle 1/)]);
  });

  it('refuses an id that does not start with the level', () => {
    expect(issues(rawLesson({ id: 'ms-01-essai' }))).toEqual([expect.stringMatching(/^id: /)]);
  });

  it('refuses a block the editor does not have, and a block named twice', () => {
    expect(issues(rawLesson({ toolbox: { blocks: ['atelier_fly'] } }))).toHaveLength(1);
    const twice = { blocks: ['atelier_when_start', 'atelier_when_start'] };
    expect(issues(rawLesson({ toolbox: twice }))).toEqual(['toolbox.blocks: un bloc est nommé deux fois']);
  });

  it('refuses an unknown goal kind and a lone goal inside all_of', () => {
    expect(issues(rawLesson({ goal: { kind: 'fly' } })).length).toBeGreaterThan(0);
    expect(
      issues(rawLesson({ goal: { kind: 'all_of', goals: [{ kind: 'stop_before_wall' }] } })).length,
    ).toBeGreaterThan(0);
  });

  it('refuses a silence in a melody goal', () => {
    expect(issues(rawLesson({ goal: { kind: 'notes', notes: ['C4', 'rest'] } })).length).toBeGreaterThan(0);
  });

  it('refuses goals nested too deep', () => {
    let goal: unknown = { kind: 'stop_before_wall' };
    for (let i = 0; i < 4; i++) goal = { kind: 'all_of', goals: [goal, { kind: 'stop_before_wall' }] };
    expect(issues(rawLesson({ goal }))).toEqual([expect.stringMatching(/^goal: buts imbriqués/)]);
  });

  it('refuses a program that is not format v1 and a lesson without French', () => {
    expect(issues(rawLesson({ startProgram: { format: 'other' } })).length).toBeGreaterThan(0);
    expect(issues(rawLesson({ title: { en: 'Only English' } })).length).toBeGreaterThan(0);
  });

  it('takes translations beside French, field by field', () => {
    const lesson = LessonSchema.parse(rawLesson({ title: { fr: 'Essai', ar: 'تجربة', pt: 'Ensaio' } }));
    expect(lesson.title).toEqual({ fr: 'Essai', ar: 'تجربة', pt: 'Ensaio' });
  });

  it('takes variants with their own goal and run', () => {
    const variant = {
      world: { kind: 'grid', size: { width: 1, height: 2 }, start: { x: 0, y: 0, heading: 0 } },
      goal: { kind: 'stop_before_wall' },
      run: { inputs: [{ at: 1, press: 'center' }] },
    };
    const lesson = LessonSchema.parse(
      rawLesson({ variants: [variant], solutions: [{ program: startWith(step('b1')) }] }),
    );
    expect(lesson.variants[0]?.run).toEqual({
      timeLimitS: 120,
      inputs: [{ at: 1, press: 'center' }],
      seed: 1,
    });
  });
});
