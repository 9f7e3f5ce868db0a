import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CatalogueSchema } from './catalogue.ts';
import { CATALOGUE_FILE } from './node/load.ts';

const catalogue = CatalogueSchema.parse(JSON.parse(readFileSync(CATALOGUE_FILE, 'utf8')));

describe('the competence catalogue', () => {
  it('covers the three cycles', () => {
    for (const cycle of [1, 2, 3] as const) {
      expect(catalogue.competences.some((entry) => entry.cycles.includes(cycle))).toBe(true);
    }
  });

  it('says where each verified wording was read, and what was searched for the others', () => {
    for (const entry of catalogue.competences) {
      if (entry.verification.status === 'unverified')
        expect(entry.verification.searched, entry.id).not.toEqual([]);
      else expect(entry.verification.readAt, entry.id).not.toEqual([]);
    }
  });

  it('quotes the programmes of 2024–2025 where they replace older texts', () => {
    const recent = catalogue.competences.filter((entry) => /2024|2025/.test(entry.source.title));
    expect(recent.map((entry) => entry.cycles[0]).sort()).toEqual(expect.arrayContaining([1, 2, 3]));
  });

  it('refuses a verified entry with no source read, and duplicate ids', () => {
    const [first] = catalogue.competences;
    if (first === undefined) throw new Error('empty catalogue');
    const unsourced = { ...first, verification: { status: 'verified-secondary', readAt: [], searched: [] } };
    expect(CatalogueSchema.safeParse({ ...catalogue, competences: [unsourced] }).success).toBe(false);
    expect(CatalogueSchema.safeParse({ ...catalogue, competences: [first, first] }).success).toBe(false);
  });
});
