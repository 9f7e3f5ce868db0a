import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PACKS_DIR } from '../../../../lessons/src/node/load.ts';
import type { CliOutput } from '../output.ts';
import { lessonsCheckCommand } from './lessons.ts';

/** Two lessons of the real packs, copied into a folder of their own, so the test is fast and can break one. */
const LESSONS = ['PS/ps-01-un-pas-vers-la-pomme.json', 'CE2/ce2-01-jusqu-au-mur.json'];
let dirs: string[] = [];

function packs(): string {
  const dir = mkdtempSync(join(tmpdir(), 'atelier-lessons-'));
  dirs.push(dir);
  for (const file of LESSONS) {
    mkdirSync(join(dir, file.split('/')[0] ?? ''), { recursive: true });
    cpSync(join(PACKS_DIR, file), join(dir, file));
  }
  return dir;
}

function capture(): CliOutput & { lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return { lines, errors, out: (line) => lines.push(line), err: (line) => errors.push(line) };
}

afterEach(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  dirs = [];
});

describe('atelier lessons check', () => {
  it('prints one JSON object per lesson and exits 0 when every lesson passes', async () => {
    const io = capture();
    const status = await lessonsCheckCommand(true, io, { packsDir: packs() });
    expect(status).toBe(0);
    expect(io.lines.map((line) => JSON.parse(line))).toEqual([
      { lesson: 'ps-01-un-pas-vers-la-pomme', level: 'PS', passed: true, problems: [] },
      { lesson: 'ce2-01-jusqu-au-mur', level: 'CE2', passed: true, problems: [] },
    ]);
  });

  it('exits 1 and says why when a lesson fails', async () => {
    const dir = packs();
    const file = join(dir, LESSONS[0] ?? '');
    const lesson = JSON.parse(readFileSync(file, 'utf8'));
    // The starting program now does the whole job: the lesson asks nothing.
    lesson.startProgram = lesson.solutions[0].program;
    writeFileSync(file, JSON.stringify(lesson));
    writeFileSync(join(dir, 'PS', 'ps-09-casse.json'), '{ pas du JSON');

    const io = capture();
    const status = await lessonsCheckCommand(true, io, { packsDir: dir });
    expect(status).toBe(1);
    const lines = io.lines.map((line) => JSON.parse(line));
    expect(lines).toContainEqual({
      lesson: 'ps-01-un-pas-vers-la-pomme',
      level: 'PS',
      passed: false,
      problems: [
        {
          code: 'LESSON_START_PASSES',
          message: "Le programme de départ atteint déjà le but : la leçon ne demande rien à l'élève.",
          where: 'startProgram',
        },
      ],
    });
    expect(lines).toContainEqual(
      expect.objectContaining({ lesson: 'ps-09-casse', level: 'PS', passed: false }),
    );
  });

  it('prints a French table, the problems of failing lessons, and a summary', async () => {
    const dir = packs();
    const file = join(dir, LESSONS[1] ?? '');
    const lesson = JSON.parse(readFileSync(file, 'utf8'));
    lesson.competences = ['c2-inventee'];
    writeFileSync(file, JSON.stringify(lesson));

    const io = capture();
    const status = await lessonsCheckCommand(false, io, { packsDir: dir });
    expect(status).toBe(1);
    const text = io.lines.join('\n');
    expect(text).toContain('✔   PS      ps-01-un-pas-vers-la-pomme');
    expect(text).toContain('✖   CE2     ce2-01-jusqu-au-mur');
    expect(text).toContain('Problèmes de « ce2-01-jusqu-au-mur » :');
    expect(text).toContain(
      "[LESSON_UNKNOWN_COMPETENCE] La compétence « c2-inventee » n'existe pas dans le catalogue",
    );
    expect(io.lines.at(-1)).toMatch(/^Leçons vérifiées : 2 ; réussies : 1 ; en échec : 1 \(\d+,\d s\)\.$/);
  });

  it('fails when there is no lesson at all', async () => {
    const io = capture();
    const empty = mkdtempSync(join(tmpdir(), 'atelier-lessons-'));
    dirs.push(empty);
    expect(await lessonsCheckCommand(false, io, { packsDir: empty })).toBe(1);
    expect(io.lines).toEqual(['Aucune leçon trouvée.']);
  });

  it('refuses a packs folder that cannot be read, with a coded error', async () => {
    await expect(
      lessonsCheckCommand(true, capture(), { packsDir: join(tmpdir(), 'no-such-folder-atelier') }),
    ).rejects.toMatchObject({
      code: 'LESSON_PACKS_UNREADABLE',
    });
  });
});
