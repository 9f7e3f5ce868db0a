import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ERROR_TABLES, ERRORS } from './index.ts';

describe('the error catalogue', () => {
  it('defines each code in one table only', () => {
    const owners = new Map<string, string[]>();
    for (const [part, table] of Object.entries(ERROR_TABLES)) {
      for (const code of Object.keys(table)) owners.set(code, [...(owners.get(code) ?? []), part]);
    }
    const twice = [...owners]
      .filter(([, parts]) => parts.length > 1)
      .map(([code, parts]) => `${code}: ${parts}`);
    expect(twice).toEqual([]);
  });

  it('names codes in upper snake case, each with a French message', () => {
    for (const [code, messages] of Object.entries(ERRORS)) {
      expect(code).toMatch(/^[A-Z][A-Z0-9_]+$/);
      expect(messages.fr.trim().length).toBeGreaterThan(0);
    }
  });

  it('is listed whole in docs/errors.md (npm run docs:errors writes it)', () => {
    const doc = readFileSync(new URL('../../../docs/errors.md', import.meta.url), 'utf8');
    const missing = Object.keys(ERRORS).filter((code) => !doc.includes(`\`${code}\``));
    expect(missing).toEqual([]);
  });
});
