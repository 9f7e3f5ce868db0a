import { describe, expect, it } from 'vitest';
import { programErrors } from './program-codes.ts';

const placeholders = (template: string) => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the program error codes', () => {
  it.each(Object.entries(programErrors))(
    '%s has French and English with the same placeholders',
    (_code, entry) => {
      expect(entry.fr.length).toBeGreaterThan(0);
      expect(entry.en.length).toBeGreaterThan(0);
      expect(placeholders(entry.en)).toEqual(placeholders(entry.fr));
    },
  );

  it('names the block in every message about a block', () => {
    const aboutBlocks = Object.entries(programErrors).filter(
      ([code]) =>
        code.startsWith('CAPABILITY_') ||
        (code.startsWith('RUN_') && !['RUN_STOPPED', 'RUN_HALT_FAILED'].includes(code)),
    );
    expect(aboutBlocks.length).toBeGreaterThan(10);
    for (const [code, entry] of aboutBlocks) expect(entry.fr, code).toContain('« {block} »');
  });
});
