import { describe, expect, it } from 'vitest';
import { bundledProfiles } from '../../../firmware-profiles/src/bundled.ts';
import { readCatalogue } from '../node/load.ts';
import { rawLesson, startWith, step } from '../test-support/lesson.ts';
import { type CheckContext, checkLessonFile } from './check-lesson.ts';
import { checkLessonFiles } from './check-packs.ts';

const ctx: CheckContext = { catalogue: readCatalogue(), profiles: bundledProfiles().profiles };
const PATH = 'PS/ps-01-essai.json';

async function codes(json: unknown, path = PATH): Promise<string[]> {
  const report = await checkLessonFile({ path, json }, ctx);
  return report.problems.map((problem) => problem.code);
}

describe('the check of one lesson', () => {
  it('passes a sound lesson', async () => {
    const report = await checkLessonFile({ path: PATH, json: rawLesson() }, ctx);
    expect(report).toMatchObject({ lesson: 'ps-01-essai', level: 'PS', passed: true, problems: [] });
  });

  it('reports a file that is not a lesson by its name and folder, field by field', async () => {
    const report = await checkLessonFile({ path: PATH, json: rawLesson({ durationMin: 'long' }) }, ctx);
    expect(report).toMatchObject({ lesson: 'ps-01-essai', level: 'PS', passed: false });
    expect(report.problems).toEqual([
      expect.objectContaining({ code: 'LESSON_INVALID', where: 'durationMin' }),
    ]);
  });

  it('names the field of a bad goal inside a union', async () => {
    const report = await checkLessonFile(
      { path: PATH, json: rawLesson({ goal: { kind: 'reach', cell: { x: 'a', y: 1 } } }) },
      ctx,
    );
    expect(report.problems.map((problem) => problem.where)).toContain('goal.cell.x');
  });

  it('wants the file named after the id, in the folder of the level', async () => {
    expect(await codes(rawLesson(), 'MS/autre-nom.json')).toEqual([
      'LESSON_FILE_NAME',
      'LESSON_LEVEL_FOLDER',
    ]);
  });

  it('keeps instructions short enough for the cycle', async () => {
    const sentences = { fr: 'Avance. Tourne. Avance encore. Allume.' };
    const characters = { fr: `Fais avancer le robot ${'très '.repeat(30)}loin` };
    expect(await codes(rawLesson({ instructions: sentences }))).toEqual(['LESSON_INSTRUCTIONS_TOO_LONG']);
    expect(await codes(rawLesson({ instructions: characters }))).toEqual(['LESSON_INSTRUCTIONS_TOO_LONG']);
    // The same text is fine in cycle 2.
    const cp = {
      id: 'cp-01-essai',
      level: 'CP',
      cycle: 2,
      competences: ['c2-espace-reperes'],
      instructions: sentences,
    };
    expect(await codes(rawLesson(cp), 'CP/cp-01-essai.json')).toEqual([]);
  });

  it('wants competences of the catalogue, for the lesson’s cycle', async () => {
    expect(await codes(rawLesson({ competences: ['c1-inventee'] }))).toEqual(['LESSON_UNKNOWN_COMPETENCE']);
    expect(await codes(rawLesson({ competences: ['c3-espace-programmer-robot'] }))).toEqual([
      'LESSON_COMPETENCE_CYCLE',
    ]);
  });

  it('wants robots that have a profile', async () => {
    const report = await checkLessonFile(
      { path: PATH, json: rawLesson({ robots: { profiles: ['bee-bot-9000'] } }) },
      ctx,
    );
    expect(report.problems).toEqual([
      expect.objectContaining({
        code: 'LESSON_UNKNOWN_PROFILE',
        message: expect.stringContaining('virtual-floor-robot'),
      }),
    ]);
  });

  it('wants the start, the targets and the goal on free cells of the mat', async () => {
    const world = {
      kind: 'grid',
      size: { width: 1, height: 3 },
      start: { x: 0, y: 5, heading: 0 },
      obstacles: [{ x: 0, y: 1 }],
    };
    expect(await codes(rawLesson({ world }))).toEqual(['LESSON_WORLD_CELL', 'LESSON_WORLD_CELL']);
  });

  it('wants programs the robot can run, built from the toolbox', async () => {
    const show = startWith({ id: 'd', op: 'display', image: 'heart' }, step('b1'));
    const turn45 = startWith({ id: 't', op: 'turn', direction: 'left', degrees: 45 }, step('b1'));
    expect(await codes(rawLesson({ solutions: [{ program: show }] }))).toEqual([
      'LESSON_BLOCK_NOT_IN_TOOLBOX',
    ]);
    expect(await codes(rawLesson({ solutions: [{ program: turn45 }] }))).toEqual([
      'LESSON_PROGRAM_UNSUPPORTED',
      'LESSON_BLOCK_NOT_IN_TOOLBOX',
    ]);
    const twice = startWith(step('b1'), step('b1'));
    expect(await codes(rawLesson({ startProgram: twice }))).toEqual(['LESSON_PROGRAM_INVALID']);
  });

  it('wants every reference solution to meet the goal', async () => {
    const report = await checkLessonFile(
      { path: PATH, json: rawLesson({ solutions: [{ program: startWith(step('b1', 2)) }] }) },
      ctx,
    );
    expect(report.problems).toEqual([
      expect.objectContaining({
        code: 'LESSON_SOLUTION_FAILS',
        where: 'solutions[0]',
        message:
          "la solution 1 n'atteint pas le but : Le robot s'est arrêté sur la case (0, 2) : il devait aller sur la case (0, 1).",
      }),
    ]);
  });

  it('wants the solutions within the block limit', async () => {
    const toolbox = { blocks: ['atelier_when_start', 'atelier_move_forward'], maxBlocks: 1 };
    const goal = { kind: 'reach', cell: { x: 0, y: 2 } };
    const json = rawLesson({ toolbox, goal, solutions: [{ program: startWith(step('a'), step('b')) }] });
    expect(await codes(json)).toEqual(['LESSON_SOLUTION_FAILS']);
  });

  it('wants the starting program to miss the goal', async () => {
    expect(await codes(rawLesson({ startProgram: startWith(step('b1')) }))).toEqual(['LESSON_START_PASSES']);
  });

  it('wants the typical mistakes to miss the goal', async () => {
    const mistake = { program: startWith(step('b1')), mistake: { fr: 'pas une erreur' } };
    expect(await codes(rawLesson({ wrongPrograms: [mistake] }))).toEqual(['LESSON_WRONG_PASSES']);
  });

  it('wants a goal that the solution without its last block misses', async () => {
    // Avoiding a cell that nobody goes near: the goal checks nothing.
    const goal = { kind: 'avoid', cells: [{ x: 0, y: 2 }] };
    const report = await checkLessonFile(
      { path: PATH, json: rawLesson({ goal, startProgram: startWith(step('s', 2)) }) },
      ctx,
    );
    expect(report.problems).toEqual([
      expect.objectContaining({
        code: 'LESSON_WRONG_PASSES',
        message: expect.stringContaining('le programme vide'),
      }),
    ]);
  });

  it('reports in English when asked', async () => {
    const report = await checkLessonFile(
      { path: PATH, json: rawLesson({ startProgram: startWith(step('b1')) }) },
      { ...ctx, lang: 'en' },
    );
    expect(report.problems[0]?.message).toBe(
      'The starting program already reaches the goal: the lesson asks nothing of the pupil.',
    );
  });
});

describe('the check of a set of lessons', () => {
  it('refuses two lessons with one id, and two lessons at one rank of a level', async () => {
    const other = rawLesson({ id: 'ps-02-autre' });
    const reports = await checkLessonFiles(
      [
        { path: PATH, json: rawLesson() },
        { path: 'PS/ps-02-autre.json', json: other },
        { path: 'PS/copie/ps-01-essai.json', json: rawLesson() },
      ],
      ctx,
    );
    const problems = reports.flatMap((report) => report.problems.map((problem) => problem.code));
    expect(problems).toContain('LESSON_DUPLICATE_ID');
    expect(problems).toContain('LESSON_DUPLICATE_ORDER');
    expect(reports.filter((report) => report.passed)).toHaveLength(1);
  });
});
