/**
 * The guard that runs before the schema: a program of 10,000 nested `repeat` blocks (or an expression
 * nested 10,000 deep) would overflow the stack of any recursive checker, the schema's included. This
 * walk is iterative and bounded, so it also ends on a cyclic or massively shared object graph (inputs
 * that do not come from JSON text).
 *
 * Limits:
 *  - statements nested at most MAX_STATEMENT_DEPTH deep (a statement directly in a script is at depth 1);
 *  - at most MAX_STATEMENTS statements in the whole program (scripts and procedures);
 *  - inside one statement, values (expressions) nested at most MAX_VALUE_NESTING levels of JSON;
 *  - at most MAX_NODES objects and arrays visited in all (a 512 KB text holds fewer).
 */
import { word } from '../block-names.ts';
import type { Language } from '../i18n.ts';
import { joinPath, makeProblem, type ValidationProblem } from './problem.ts';
import { BODY_KEYS, isValidBlockId } from './raw.ts';

export const MAX_STATEMENT_DEPTH = 40;
export const MAX_STATEMENTS = 5_000;
export const MAX_VALUE_NESTING = 40;
export const MAX_NODES = 300_000;

interface Pending {
  value: object;
  path: string;
  /** Statement depth of the nearest enclosing statement (0 outside any). */
  depth: number;
  /** JSON nesting since the nearest enclosing statement (or the document). */
  nesting: number;
  /** Id of the nearest enclosing block with a valid id. */
  blockId: string | undefined;
}

export function checkSize(input: unknown, lang: Language): ValidationProblem[] {
  if (typeof input !== 'object' || input === null) return [];
  const stack: Pending[] = [{ value: input, path: '', depth: 0, nesting: 0, blockId: undefined }];
  const problems: ValidationProblem[] = [];
  let tooDeep = false;
  let statements = 0;
  let firstExtraStatement: { path: string; blockId: string | undefined } | undefined;
  let nodes = 0;

  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    nodes += 1;
    if (nodes > MAX_NODES) {
      return [
        makeProblem(
          'PROGRAM_TOO_LARGE',
          { count: `${MAX_NODES}+`, unit: word('values', lang), max: MAX_NODES },
          { path: node.path, blockId: node.blockId },
          lang,
        ),
      ];
    }
    const { value } = node;
    const ownId = idOf(value) ?? node.blockId;
    const entries: Array<[string | number, unknown]> = Array.isArray(value)
      ? value.map((item, index): [number, unknown] => [index, item])
      : Object.entries(value);
    for (const [key, child] of entries) {
      if (typeof child !== 'object' || child === null) continue;
      const path = joinPath(node.path, key);
      if (typeof key === 'string' && BODY_KEYS.has(key) && Array.isArray(child)) {
        const depth = node.depth + 1;
        for (let index = 0; index < child.length; index += 1) {
          statements += 1;
          const statementPath = joinPath(path, index);
          const statement: unknown = child[index];
          if (statements > MAX_STATEMENTS && firstExtraStatement === undefined) {
            firstExtraStatement = { path: statementPath, blockId: idOf(statement) ?? ownId };
          }
          if (depth > MAX_STATEMENT_DEPTH) {
            if (!tooDeep) {
              tooDeep = true;
              problems.push(
                makeProblem(
                  'PROGRAM_TOO_DEEP',
                  { max: MAX_STATEMENT_DEPTH },
                  { path: statementPath, blockId: idOf(statement) ?? ownId },
                  lang,
                ),
              );
            }
            continue;
          }
          if (typeof statement === 'object' && statement !== null) {
            stack.push({ value: statement, path: statementPath, depth, nesting: 0, blockId: ownId });
          }
        }
        continue;
      }
      const nesting = node.nesting + 1;
      if (nesting > MAX_VALUE_NESTING) {
        if (!tooDeep) {
          tooDeep = true;
          problems.push(
            makeProblem('PROGRAM_TOO_DEEP', { max: MAX_VALUE_NESTING }, { path, blockId: ownId }, lang),
          );
        }
        continue;
      }
      stack.push({ value: child, path, depth: node.depth, nesting, blockId: ownId });
    }
  }
  if (firstExtraStatement !== undefined) {
    problems.push(
      makeProblem(
        'PROGRAM_TOO_LARGE',
        { count: statements, unit: word('blocks', lang), max: MAX_STATEMENTS },
        firstExtraStatement,
        lang,
      ),
    );
  }
  return problems;
}

function idOf(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const id = (value as { id?: unknown }).id;
  return isValidBlockId(id) ? id : undefined;
}
