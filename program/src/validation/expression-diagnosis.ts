/**
 * Says what is wrong with a raw expression the schema refused. The schema's own report for a union
 * (an expression is one of eight shapes) lists why the value fits none of them, eight times over; this
 * walk instead reads the value once and names the one thing to fix at each place (`{ "sensor": "radar" }`
 * → unknown sensor, `{ "op": "^" }` → unknown operation, a missing operand → missing value).
 *
 * Depth is bounded by the size guard, which runs first, so plain recursion is safe here.
 */
import { fieldName, type ValueKind, valueKind } from '../block-names.ts';
import type { Language } from '../i18n.ts';
import type { ExpectedValue } from '../program-walk.ts';
import { NameSchema } from '../schema.ts';
import { BINARY_OPS, SENSORS } from '../vocabulary.ts';
import { formatPath, makeProblem, type ValidationProblem } from './problem.ts';
import { isRecord } from './raw.ts';

/** Longest text literal (the schema's `z.string().max(200)` in ExprSchema). */
export const TEXT_MAX = 200;
/** Longest variable, procedure or message name. */
export const NAME_MAX = NameSchema.maxLength ?? 40;

export interface ExpressionContext {
  /** The pupil's name of the block holding the expression. */
  block: string;
  blockId: string | undefined;
  lang: Language;
}

const BINARY: ReadonlySet<unknown> = new Set(BINARY_OPS);
const NUMBER_OPERANDS: ReadonlySet<unknown> = new Set(['+', '-', '*', '/', '%', '<', '<=', '>', '>=']);

const KIND_OF: Readonly<Record<ExpectedValue, ValueKind>> = {
  number: 'number',
  condition: 'condition',
  any: 'value',
};
const SENSOR_SET: ReadonlySet<unknown> = new Set(SENSORS);

/**
 * Problems of the expression `value` found at `path`; `field` is the key that holds it (the block's
 * field) and `expected` what that field expects. Returns nothing when the expression is well formed.
 */
export function diagnoseExpression(
  value: unknown,
  path: readonly PropertyKey[],
  field: string,
  expected: ExpectedValue,
  context: ExpressionContext,
): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  const { block, blockId, lang } = context;
  const report = (
    code: Parameters<typeof makeProblem>[0],
    params: Record<string, string | number>,
    at: readonly PropertyKey[],
  ) => {
    problems.push(makeProblem(code, { block, ...params }, { path: formatPath(at), blockId }, lang));
  };

  /** `key` names the place (the block's field, or `a`, `b`, `random`); `wanted`, what it expects. */
  const visit = (node: unknown, at: readonly PropertyKey[], key: string, wanted: ExpectedValue): void => {
    const wrongType = () =>
      report(
        'PROGRAM_WRONG_TYPE',
        { expected: valueKind(KIND_OF[wanted], lang), field: fieldName(key, lang) },
        at,
      );
    if (node === undefined) {
      report('PROGRAM_MISSING_FIELD', { field: fieldName(key, lang) }, at);
      return;
    }
    if (typeof node === 'number') {
      if (!Number.isFinite(node)) wrongType();
      return;
    }
    if (typeof node === 'boolean') return;
    if (typeof node === 'string') {
      if (node.length > TEXT_MAX) report('PROGRAM_TEXT_TOO_LONG', { max: TEXT_MAX }, at);
      return;
    }
    if (!isRecord(node)) {
      wrongType();
      return;
    }
    let allowed: readonly string[];
    if ('var' in node) {
      allowed = ['var'];
      const name = node.var;
      if (typeof name !== 'string') {
        report('PROGRAM_WRONG_TYPE', { expected: valueKind('text', lang), field: fieldName('var', lang) }, [
          ...at,
          'var',
        ]);
      } else if (name.trim().length < 1 || name.trim().length > NAME_MAX) {
        report('PROGRAM_BAD_NAME', { field: fieldName('var', lang), max: NAME_MAX }, [...at, 'var']);
      }
    } else if ('sensor' in node) {
      allowed = ['sensor'];
      if (!SENSOR_SET.has(node.sensor))
        report('PROGRAM_UNKNOWN_SENSOR', { sensor: String(node.sensor) }, [...at, 'sensor']);
    } else if ('random' in node) {
      allowed = ['random'];
      const bounds = node.random;
      if (!Array.isArray(bounds) || bounds.length !== 2) {
        report('PROGRAM_BAD_EXPRESSION', { field: fieldName('random', lang) }, [...at, 'random']);
      } else {
        bounds.forEach((bound: unknown, index) => {
          visit(bound, [...at, 'random', index], 'random', 'number');
        });
      }
    } else if ('op' in node) {
      if (node.op === 'not') {
        allowed = ['op', 'a'];
        visit(node.a, [...at, 'a'], 'a', 'condition');
      } else if (BINARY.has(node.op)) {
        allowed = ['op', 'a', 'b'];
        const operands: ExpectedValue = NUMBER_OPERANDS.has(node.op)
          ? 'number'
          : node.op === '=' || node.op === '!='
            ? 'any'
            : 'condition';
        visit(node.a, [...at, 'a'], 'a', operands);
        visit(node.b, [...at, 'b'], 'b', operands);
      } else {
        report('PROGRAM_UNKNOWN_OPERATOR', { op: String(node.op) }, [...at, 'op']);
        return;
      }
    } else {
      wrongType();
      return;
    }
    for (const extra of Object.keys(node)) {
      if (!allowed.includes(extra)) report('PROGRAM_UNKNOWN_FIELD', { field: extra }, [...at, extra]);
    }
  };

  visit(value, path, field, expected);
  return problems;
}
