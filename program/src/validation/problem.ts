/**
 * One thing wrong with a program, as the validator and the capability check report it: a stable code,
 * a message a teacher understands (built from the error catalogue, naming the pupil's block), the block
 * to show it on, and where in the document it is (`scripts[0].do[1].times`, or `` for the document).
 */
import { type ErrorCode, errorMessage } from '../errors/index.ts';
import type { Language, Params } from '../i18n.ts';
import type { Program } from '../schema.ts';

export type ValidationProblem = { code: ErrorCode; message: string; blockId?: string; path: string };

export type ValidationResult = { ok: true; program: Program } | { ok: false; problems: ValidationProblem[] };

/** Where a problem is: its path in the document and, when known, the block the editor shows it on. */
export interface ProblemPlace {
  path: string;
  blockId?: string | undefined;
}

export function makeProblem(
  code: ErrorCode,
  params: Params,
  place: ProblemPlace,
  lang: Language,
): ValidationProblem {
  const message = errorMessage(code, params, lang);
  return place.blockId === undefined
    ? { code, message, path: place.path }
    : { code, message, blockId: place.blockId, path: place.path };
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** `['scripts', 0, 'do', 1, 'times']` → `scripts[0].do[1].times`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && IDENTIFIER.test(key)) out += out === '' ? key : `.${key}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

/** Appends a key to an already formatted path. */
export function joinPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  if (IDENTIFIER.test(key)) return path === '' ? key : `${path}.${key}`;
  return `${path}[${JSON.stringify(key)}]`;
}

/** Keeps the first problem of each (code, path): zod and our own checks may find the same thing twice. */
export function dedupeProblems(problems: readonly ValidationProblem[]): ValidationProblem[] {
  const seen = new Set<string>();
  const out: ValidationProblem[] = [];
  for (const problem of problems) {
    const key = `${problem.code}\u0000${problem.path}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(problem);
  }
  return out;
}
