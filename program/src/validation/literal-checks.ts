/**
 * Texts and numbers written in an expression, where the schema cannot judge them:
 *  - a text literal is allowed only where a text makes sense: `display.text`, `set.value`, and the
 *    operands of `=` and `!=`; everywhere else a number or a condition is expected
 *    (PROGRAM_TEXT_NOT_ALLOWED);
 *  - `random` bounds given as number literals are whole numbers, the smaller first (PROGRAM_BAD_RANDOM).
 *
 * Works on one well-formed expression, so it runs both on a program the schema accepted and, when the
 * schema refused a program, on the expressions of its blocks that are well formed (partial-checks.ts).
 * Expression depth is bounded by the size guard, so recursion is safe.
 */
import { fieldName, valueKind } from '../block-names.ts';
import type { Language } from '../i18n.ts';
import type { ExpectedValue } from '../program-walk.ts';
import type { Expr } from '../schema.ts';
import { makeProblem, type ValidationProblem } from './problem.ts';

/** The block an expression belongs to: its name for the pupil, and its id. */
export interface BlockRef {
  name: string;
  id: string | undefined;
}

const NUMBER_OPERANDS: ReadonlySet<string> = new Set(['+', '-', '*', '/', '%', '<', '<=', '>', '>=']);

/** Problems of the expression held in `field` of `block`, which expects `expected`. */
export function literalProblems(
  expr: Expr,
  expected: ExpectedValue,
  path: string,
  field: string,
  block: BlockRef,
  lang: Language,
): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  const visit = (node: Expr, wanted: ExpectedValue, at: string): void => {
    if (typeof node === 'string') {
      if (wanted !== 'any') {
        problems.push(
          makeProblem(
            'PROGRAM_TEXT_NOT_ALLOWED',
            {
              block: block.name,
              expected: valueKind(wanted, lang),
              field: fieldName(field, lang),
              value: node,
            },
            { path: at, blockId: block.id },
            lang,
          ),
        );
      }
      return;
    }
    if (typeof node !== 'object') return;
    if ('random' in node) {
      const [min, max] = node.random;
      visit(min, 'number', `${at}.random[0]`);
      visit(max, 'number', `${at}.random[1]`);
      const notWhole = (bound: Expr) => typeof bound === 'number' && !Number.isInteger(bound);
      const reversed = typeof min === 'number' && typeof max === 'number' && min > max;
      if (notWhole(min) || notWhole(max) || reversed) {
        problems.push(
          makeProblem(
            'PROGRAM_BAD_RANDOM',
            { block: block.name, min: describeBound(min), max: describeBound(max) },
            { path: `${at}.random`, blockId: block.id },
            lang,
          ),
        );
      }
      return;
    }
    if (!('op' in node)) return;
    if (node.op === 'not') {
      visit(node.a, 'condition', `${at}.a`);
      return;
    }
    const operands: ExpectedValue = NUMBER_OPERANDS.has(node.op)
      ? 'number'
      : node.op === '=' || node.op === '!='
        ? 'any'
        : 'condition';
    visit(node.a, operands, `${at}.a`);
    visit(node.b, operands, `${at}.b`);
  };
  visit(expr, expected, path);
  return problems;
}

function describeBound(bound: Expr): string {
  return typeof bound === 'number' ? String(bound) : '…';
}

/** A block with an id, as the duplicate check sees it. */
export interface IdentifiedBlock {
  id: string | undefined;
  /** Path of the block's `id` field. */
  path: string;
  name: string;
}

/** PROGRAM_DUPLICATE_ID on every block whose id an earlier block (in document order) already has. */
export function duplicateIdProblems(blocks: Iterable<IdentifiedBlock>, lang: Language): ValidationProblem[] {
  const seen = new Set<string>();
  const problems: ValidationProblem[] = [];
  for (const { id, path, name } of blocks) {
    if (id === undefined) continue;
    if (seen.has(id)) {
      problems.push(makeProblem('PROGRAM_DUPLICATE_ID', { id, block: name }, { path, blockId: id }, lang));
    }
    seen.add(id);
  }
  return problems;
}
