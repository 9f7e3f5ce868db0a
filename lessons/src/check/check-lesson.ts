/**
 * The check of one lesson file, the heart of `atelier lessons check` and of tests/lessons: everything a
 * teacher must be able to trust before running the lesson tomorrow.
 *
 *  1. the file is a lesson (schema.ts), stored as `<level>/<id>.json`;
 *  2. its instructions are short enough for its cycle; its competences exist in the catalogue, for its
 *     cycle; its robots have a profile; its mat holds its start, targets, pictures and goal cells;
 *  3. its starting program, reference solutions and typical mistakes are valid programs (validate.ts),
 *     that each of its robots can run (capabilities.ts), built only from the blocks of its toolbox;
 *  4. every reference solution meets the goal within the block limit (goals/attempt.ts);
 *  5. the starting program, the typical mistakes and the obviously wrong programs (wrong-programs.ts)
 *     all miss it.
 * Every problem is reported, not only the first; a lesson passes when there is none.
 */
import { FRENCH_ISSUES } from '../../../firmware-profiles/src/issues.ts';
import type { Profile } from '../../../firmware-profiles/src/schema.ts';
import { checkCapabilities } from '../../../program/src/capabilities.ts';
import { DEFAULT_LANGUAGE, type Language } from '../../../program/src/i18n.ts';
import type { Program } from '../../../program/src/schema.ts';
import { validateProgram } from '../../../program/src/validate.ts';
import type { Cell } from '../../../simulator/src/grid/state.ts';
import { blockage } from '../../../simulator/src/grid/world-helpers.ts';
import { programBlockTypes, statementCount } from '../blocks.ts';
import type { Catalogue } from '../catalogue.ts';
import { checkAttempt } from '../goals/attempt.ts';
import { type Goal, goalLeaves } from '../goals/schema.ts';
import { LEVELS, type Level } from '../levels.ts';
import { localize, sentenceCount } from '../localized.ts';
import { type LessonProblem, lessonProblem } from '../problem.ts';
import { INSTRUCTION_LIMITS, type Lesson, LessonSchema } from '../schema.ts';
import { type GridMat, toGridWorld } from '../world.ts';
import { label } from './labels.ts';
import { automaticWrongPrograms } from './wrong-programs.ts';
import { zodProblems } from './zod-problems.ts';

export interface CheckContext {
  catalogue: Catalogue;
  profiles: ReadonlyMap<string, Profile>;
  lang?: Language;
}

/** A lesson file as read: its path under the packs folder (`PS/ps-01-….json`) and its parsed JSON. */
export interface LessonFile {
  path: string;
  json: unknown;
}

export interface LessonReport {
  /** The lesson's id, or the file's name when the file is not a lesson. */
  lesson: string;
  level: Level | null;
  passed: boolean;
  problems: LessonProblem[];
  /** The parsed lesson, when the file is one. */
  parsed?: Lesson;
}

const baseName = (path: string) => (path.split(/[\\/]/).at(-1) ?? path).replace(/\.json$/, '');
const folderOf = (path: string) => path.split(/[\\/]/).at(-2) ?? '';

export async function checkLessonFile(file: LessonFile, ctx: CheckContext): Promise<LessonReport> {
  const lang = ctx.lang ?? DEFAULT_LANGUAGE;
  const folder = folderOf(file.path);
  const folderLevel = LEVELS.find((level) => level === folder) ?? null;
  const parsed = LessonSchema.safeParse(file.json, { error: FRENCH_ISSUES });
  if (!parsed.success) {
    const problems = zodProblems('LESSON_INVALID', parsed.error, lang);
    return { lesson: baseName(file.path), level: folderLevel, passed: false, problems };
  }
  const lesson = parsed.data;
  const problems = [...placeProblems(lesson, file.path, lang), ...(await checkLesson(lesson, ctx))];
  return { lesson: lesson.id, level: lesson.level, passed: problems.length === 0, problems, parsed: lesson };
}

function placeProblems(lesson: Lesson, path: string, lang: Language): LessonProblem[] {
  const problems: LessonProblem[] = [];
  const file = `${baseName(path)}.json`;
  if (baseName(path) !== lesson.id) {
    problems.push(lessonProblem('LESSON_FILE_NAME', { id: lesson.id, file }, lang, { where: 'id' }));
  }
  const folder = folderOf(path);
  if (folder !== lesson.level) {
    problems.push(
      lessonProblem('LESSON_LEVEL_FOLDER', { level: lesson.level, folder }, lang, { where: 'level' }),
    );
  }
  return problems;
}

/** Every check of a parsed lesson but where its file is stored. */
export async function checkLesson(lesson: Lesson, ctx: CheckContext): Promise<LessonProblem[]> {
  const lang = ctx.lang ?? DEFAULT_LANGUAGE;
  const problems: LessonProblem[] = [
    ...instructionProblems(lesson, lang),
    ...competenceProblems(lesson, ctx.catalogue, lang),
    ...worldProblems(lesson, lang),
  ];
  const profiles: Profile[] = [];
  for (const id of lesson.robots.profiles) {
    const profile = ctx.profiles.get(id);
    if (profile === undefined) {
      const known = [...ctx.profiles.keys()].sort().join(', ');
      problems.push(
        lessonProblem('LESSON_UNKNOWN_PROFILE', { profile: id, known }, lang, { where: 'robots.profiles' }),
      );
    } else {
      profiles.push(profile);
    }
  }
  // A world the robot cannot stand on cannot be run: the checks that run programs wait for a sound one.
  const canRun = problems.every((problem) => problem.code !== 'LESSON_WORLD_CELL');

  const start = { name: label('start', lang), where: 'startProgram', program: lesson.startProgram };
  const solutions = lesson.solutions.map((solution, index) => ({
    name: label('solution', lang, { n: index + 1 }),
    where: `solutions[${index}]`,
    program: solution.program,
  }));
  const mistakes = lesson.wrongPrograms.map((wrong, index) => ({
    name: label('wrong', lang, { n: index + 1, mistake: localize(wrong.mistake, lang) }),
    where: `wrongPrograms[${index}]`,
    program: wrong.program,
  }));

  const sound = new Set<string>();
  for (const entry of [start, ...solutions, ...mistakes]) {
    const found = programProblems(entry, lesson, profiles, lang);
    problems.push(...found);
    if (found.length === 0) sound.add(entry.where);
  }
  if (!canRun) return problems;

  for (const solution of solutions) {
    if (!sound.has(solution.where)) continue;
    const max = lesson.toolbox.maxBlocks;
    const count = statementCount(solution.program);
    if (max !== undefined && count > max) {
      const detail = lessonProblem('LESSON_TOO_MANY_BLOCKS', { count, max }, lang).message;
      problems.push(
        lessonProblem('LESSON_SOLUTION_FAILS', { program: solution.name, detail }, lang, {
          where: solution.where,
        }),
      );
    }
    const attempt = await checkAttempt(lesson, solution.program, lang);
    for (const failure of attempt.problems) {
      if (failure.code === 'LESSON_TOO_MANY_BLOCKS') continue;
      problems.push(
        lessonProblem('LESSON_SOLUTION_FAILS', { program: solution.name, detail: failure.message }, lang, {
          where: solution.where,
        }),
      );
    }
  }

  if (sound.has(start.where) && (await checkAttempt(lesson, start.program, lang)).passed) {
    problems.push(lessonProblem('LESSON_START_PASSES', {}, lang, { where: start.where }));
  }
  const firstSolution = lesson.solutions[0]?.program;
  const automatic = firstSolution === undefined ? [] : automaticWrongPrograms(firstSolution);
  const wrongOnes = [
    ...mistakes.filter((mistake) => sound.has(mistake.where)),
    ...automatic.map(({ rule, program }) => ({ name: label(rule, lang), where: 'goal', program })),
  ];
  for (const wrong of wrongOnes) {
    if ((await checkAttempt(lesson, wrong.program, lang)).passed) {
      problems.push(
        lessonProblem('LESSON_WRONG_PASSES', { program: wrong.name }, lang, { where: wrong.where }),
      );
    }
  }
  return problems;
}

function instructionProblems(lesson: Lesson, lang: Language): LessonProblem[] {
  const limit = INSTRUCTION_LIMITS[lesson.cycle];
  const text = lesson.instructions.fr;
  const problems: LessonProblem[] = [];
  const where = { where: 'instructions.fr' };
  if (text.length > limit.characters) {
    const params = {
      cycle: lesson.cycle,
      count: text.length,
      max: limit.characters,
      unit: label('characters', lang),
    };
    problems.push(lessonProblem('LESSON_INSTRUCTIONS_TOO_LONG', params, lang, where));
  }
  const sentences = sentenceCount(text);
  if (sentences > limit.sentences) {
    const params = {
      cycle: lesson.cycle,
      count: sentences,
      max: limit.sentences,
      unit: label('sentences', lang),
    };
    problems.push(lessonProblem('LESSON_INSTRUCTIONS_TOO_LONG', params, lang, where));
  }
  return problems;
}

function competenceProblems(lesson: Lesson, catalogue: Catalogue, lang: Language): LessonProblem[] {
  const problems: LessonProblem[] = [];
  lesson.competences.forEach((id, index) => {
    const where = { where: `competences[${index}]` };
    const entry = catalogue.competences.find((competence) => competence.id === id);
    if (entry === undefined) {
      problems.push(lessonProblem('LESSON_UNKNOWN_COMPETENCE', { id }, lang, where));
    } else if (!entry.cycles.some((cycle) => cycle === lesson.cycle)) {
      const params = { id, cycle: lesson.cycle, cycles: entry.cycles.join(', ') };
      problems.push(lessonProblem('LESSON_COMPETENCE_CYCLE', params, lang, where));
    }
  });
  return problems;
}

function worldProblems(lesson: Lesson, lang: Language): LessonProblem[] {
  const mats = [{ world: lesson.world, goal: lesson.goal, at: 'world' }];
  lesson.variants.forEach((variant, i) => {
    mats.push({ world: variant.world, goal: variant.goal ?? lesson.goal, at: `variants[${i}].world` });
  });
  return mats.flatMap(({ world, goal, at }) => matProblems(world, goal, at, lang));
}

/** Start, obstacles, pictures, targets and the goal's cells on the mat; start, targets and goal cells free. */
function matProblems(mat: GridMat, goal: Goal, at: string, lang: Language): LessonProblem[] {
  const world = toGridWorld(mat);
  const problems: LessonProblem[] = [];
  const check = (cell: Cell, what: string, where: string, mayBeObstacle: boolean) => {
    const by = blockage(world, cell);
    if (by === null || (by === 'obstacle' && mayBeObstacle)) return;
    const why = label(by === 'edge' ? 'offMat' : 'onObstacle', lang);
    problems.push(lessonProblem('LESSON_WORLD_CELL', { what, why, x: cell.x, y: cell.y }, lang, { where }));
  };
  check(mat.start, label('startCell', lang), `${at}.start`, false);
  for (const [i, cell] of mat.obstacles.entries())
    check(cell, label('obstacle', lang), `${at}.obstacles[${i}]`, true);
  for (const [i, picture] of mat.pictures.entries()) {
    check(picture, label('picture', lang, { picture: picture.picture }), `${at}.pictures[${i}]`, true);
  }
  for (const [i, cell] of mat.targets.entries())
    check(cell, label('target', lang), `${at}.targets[${i}]`, false);
  for (const leaf of goalLeaves(goal)) {
    const goalCells = 'cell' in leaf ? [leaf.cell] : 'cells' in leaf ? leaf.cells : [];
    for (const cell of goalCells) check(cell, label('goalCell', lang), 'goal', leaf.kind === 'avoid');
  }
  return problems;
}

interface NamedProgram {
  name: string;
  where: string;
  program: Program;
}

/** Valid, runnable by each robot of the lesson, and built from the toolbox's blocks. */
function programProblems(
  entry: NamedProgram,
  lesson: Lesson,
  profiles: readonly Profile[],
  lang: Language,
): LessonProblem[] {
  const { name, where } = entry;
  const validated = validateProgram(entry.program, lang);
  if (!validated.ok) {
    return validated.problems.map((problem) =>
      lessonProblem('LESSON_PROGRAM_INVALID', { program: name, detail: problem.message }, lang, {
        where: problem.path === '' ? where : `${where}.${problem.path}`,
      }),
    );
  }
  const problems: LessonProblem[] = [];
  for (const profile of profiles) {
    for (const problem of checkCapabilities(validated.program, profile.capabilities, profile.limits, lang)) {
      problems.push(
        lessonProblem(
          'LESSON_PROGRAM_UNSUPPORTED',
          { program: name, profile: profile.id, detail: problem.message },
          lang,
          {
            where: `${where}.${problem.path}`,
          },
        ),
      );
    }
  }
  const toolbox = new Set<string>(lesson.toolbox.blocks);
  for (const block of programBlockTypes(validated.program)) {
    if (!toolbox.has(block)) {
      problems.push(lessonProblem('LESSON_BLOCK_NOT_IN_TOOLBOX', { program: name, block }, lang, { where }));
    }
  }
  return problems;
}
