/**
 * Every lesson of lessons/packs/, checked as `atelier lessons check` checks it: one test per lesson, so
 * that a failure names the lesson and says what is wrong with it. Plus what only the whole set shows:
 * at least six lessons per level, ranks 1, 2, 3… in each level, every competence of a lesson found in
 * the catalogue.
 */
import { describe, expect, it } from 'vitest';
import { bundledProfiles } from '../../firmware-profiles/src/bundled.ts';
import { checkLessonFiles } from '../../lessons/src/check/check-packs.ts';
import { LEVELS } from '../../lessons/src/levels.ts';
import { readCatalogue, readLessonFiles } from '../../lessons/src/node/load.ts';

const catalogue = readCatalogue();
const { files, unreadable } = readLessonFiles();
const reports = await checkLessonFiles(files, { catalogue, profiles: bundledProfiles().profiles });

describe('every lesson', () => {
  it('is a readable JSON file', () => {
    expect(unreadable.map((report) => report.problems)).toEqual([]);
  });

  it.each(reports.map((report) => [report.lesson, report] as const))(
    '%s passes the lesson check',
    (_id, report) => {
      expect(
        report.problems.map(({ code, message, where }) => `[${code}] ${message} (${where ?? ''})`),
      ).toEqual([]);
      expect(report.passed).toBe(true);
    },
  );
});

describe('the progression', () => {
  it.each(LEVELS.map((level) => [level]))('%s has at least six lessons, ranked 1, 2, 3…', (level) => {
    const orders = reports
      .filter((report) => report.level === level)
      .map((report) => report.parsed?.order)
      .sort((a, b) => (a ?? 0) - (b ?? 0));
    expect(orders.length).toBeGreaterThanOrEqual(6);
    expect(orders).toEqual(orders.map((_order, index) => index + 1));
  });

  it('has 48 lessons or more', () => {
    expect(reports.length).toBeGreaterThanOrEqual(48);
  });
});
