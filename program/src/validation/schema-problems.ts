/**
 * Turns the schema's findings (zod issues) into problems a teacher can act on: a stable code, a French
 * message naming the block, the block's id, the path.
 *
 * Collapsing the noise: an expression is a union of eight shapes, and zod reports why a bad one fits
 * none of them; every issue that falls inside one expression field of one block is replaced by a single
 * reading of that expression (expression-diagnosis.ts). Problems are then kept once per (code, path).
 *
 * A statement refused for another reason is not checked for "exactly one of steps and cm" by zod (its
 * refinement only runs on an otherwise valid object), so that rule is re-checked here on such
 * statements, to report every problem in one pass.
 */
import type { z } from 'zod';
import { eventName, fieldName, type ValueKind, valueKind, word } from '../block-names.ts';
import type { ErrorCode } from '../errors/index.ts';
import type { Language, Params } from '../i18n.ts';
import { EXPRESSION_FIELDS, type ExpectedValue } from '../program-walk.ts';
import { PROGRAM_VERSION } from '../schema.ts';
import { BLOCK_ID_MAX, COLOR_NAMES, IMAGES, STATEMENT_OPS, type StatementOp } from '../vocabulary.ts';
import { diagnoseExpression, NAME_MAX } from './expression-diagnosis.ts';
import { dedupeProblems, formatPath, makeProblem, type ValidationProblem } from './problem.ts';
import { isRecord, locate, placeBlockName, type RawPlace, valueAt } from './raw.ts';

type Issue = z.core.$ZodIssue;

/** Statements whose two fields are exclusive and one of them required. */
const EXACTLY_ONE: Readonly<Partial<Record<StatementOp, readonly [string, string]>>> = {
  move: ['steps', 'cm'],
  display: ['image', 'text'],
};

const NAME_FIELDS: ReadonlySet<string> = new Set(['name', 'var']);
const BLOCK_LISTS: ReadonlySet<string> = new Set(['do', 'then', 'else', 'scripts', 'procedures']);
const OPS: ReadonlySet<unknown> = new Set(STATEMENT_OPS);

/** The expression field of a statement the place is in, with what it expects; undefined elsewhere. */
function expressionFieldOf(place: RawPlace): { field: string; expected: ExpectedValue } | undefined {
  if (place.kind !== 'statement' || place.field === undefined || !isRecord(place.block)) return undefined;
  const op = place.block.op;
  if (!OPS.has(op)) return undefined;
  const expected = EXPRESSION_FIELDS[op as StatementOp][place.field];
  return expected === undefined ? undefined : { field: place.field, expected };
}

export function schemaProblems(
  input: unknown,
  issues: readonly Issue[],
  lang: Language,
): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  const diagnosedExpressions = new Set<string>();
  const statementsWithIssues = new Map<string, { place: RawPlace }>();
  const exactlyOneReported = new Set<string>();

  for (const issue of issues) {
    const place = locate(input, issue.path);
    const block = placeBlockName(place, lang);
    const where = { path: formatPath(issue.path), blockId: place.blockId };
    const add = (code: ErrorCode, params: Params, at = where) => {
      problems.push(makeProblem(code, { block, ...params }, at, lang));
    };
    if (place.kind === 'statement') statementsWithIssues.set(formatPath(place.blockPath), { place });

    const expression = expressionFieldOf(place);
    if (expression !== undefined) {
      const exprPath = [...place.blockPath, expression.field];
      const key = formatPath(exprPath);
      if (diagnosedExpressions.has(key)) continue;
      diagnosedExpressions.add(key);
      const found = diagnoseExpression(
        valueAt(input, exprPath),
        exprPath,
        expression.field,
        expression.expected,
        {
          block,
          blockId: place.blockId,
          lang,
        },
      );
      if (found.length > 0) problems.push(...found);
      else {
        add(
          'PROGRAM_BAD_EXPRESSION',
          { field: fieldName(expression.field, lang) },
          { path: key, blockId: place.blockId },
        );
      }
      continue;
    }

    const raw = valueAt(input, issue.path);
    const leaf = place.leafField;
    const field = leaf === undefined ? block : fieldName(leaf, lang);

    if (issue.code === 'invalid_union' && issue.discriminator !== undefined) {
      if (raw === undefined) add('PROGRAM_MISSING_FIELD', { field: fieldName(issue.discriminator, lang) });
      else if (issue.discriminator === 'op') add('PROGRAM_UNKNOWN_BLOCK', { op: String(raw) });
      else add('PROGRAM_UNKNOWN_EVENT', { event: String(raw) });
      continue;
    }
    if (issue.code === 'custom' && issue.params?.rule === 'exactly_one') {
      const fields: unknown = issue.params.fields;
      if (Array.isArray(fields) && typeof fields[0] === 'string' && typeof fields[1] === 'string') {
        problems.push(exactlyOneProblem(raw, [fields[0], fields[1]], block, where, lang));
        exactlyOneReported.add(where.path);
        continue;
      }
    }
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        add(
          'PROGRAM_UNKNOWN_FIELD',
          { field: key },
          { path: formatPath([...issue.path, key]), blockId: place.blockId },
        );
      }
      continue;
    }
    if (raw === undefined && leaf !== undefined) {
      add('PROGRAM_MISSING_FIELD', { field });
      continue;
    }
    if (place.kind === 'statement' && (leaf === 'color' || leaf === 'note' || leaf === 'image')) {
      add(VALUE_CODES[leaf], { value: String(raw), choices: VALUE_CHOICES[leaf] });
      continue;
    }
    if (issue.path.length === 0) {
      add('PROGRAM_NOT_A_PROGRAM', {});
      continue;
    }
    if (place.kind === 'program' && leaf === 'format') {
      add('PROGRAM_NOT_A_PROGRAM', {});
      continue;
    }
    if (place.kind === 'program' && leaf === 'version') {
      add('PROGRAM_BAD_VERSION', { found: String(raw), expected: PROGRAM_VERSION });
      continue;
    }
    switch (issue.code) {
      case 'invalid_type':
        add('PROGRAM_WRONG_TYPE', {
          expected: valueKind(expectedKind(issue.expected, leaf, place), lang),
          field,
        });
        continue;
      case 'invalid_value':
        add('PROGRAM_BAD_CHOICE', {
          value: String(raw),
          field,
          choices: issue.values.map(String).join(', '),
        });
        continue;
      case 'too_small':
      case 'too_big':
        if (place.kind === 'program' && leaf === 'scripts') {
          add('PROGRAM_NO_SCRIPT', { block: eventName('start', lang) });
          continue;
        }
        if (leaf === 'id') {
          add('PROGRAM_BAD_ID', { max: BLOCK_ID_MAX });
          continue;
        }
        if (leaf !== undefined && NAME_FIELDS.has(leaf)) {
          add('PROGRAM_BAD_NAME', { field, max: NAME_MAX });
          continue;
        }
        break;
      default:
        break;
    }
    add('PROGRAM_BAD_EXPRESSION', { field });
  }

  for (const [path, { place }] of statementsWithIssues) {
    if (exactlyOneReported.has(path) || !isRecord(place.block)) continue;
    const pair = OPS.has(place.block.op) ? EXACTLY_ONE[place.block.op as StatementOp] : undefined;
    if (pair === undefined) continue;
    const count = Number(place.block[pair[0]] !== undefined) + Number(place.block[pair[1]] !== undefined);
    if (count === 1) continue;
    problems.push(
      exactlyOneProblem(
        place.block,
        pair,
        placeBlockName(place, lang),
        { path, blockId: place.blockId },
        lang,
      ),
    );
  }
  return dedupeProblems(problems);
}

const VALUE_CODES = {
  color: 'PROGRAM_BAD_COLOR',
  note: 'PROGRAM_BAD_NOTE',
  image: 'PROGRAM_BAD_IMAGE',
} as const satisfies Record<string, ErrorCode>;

const VALUE_CHOICES: Readonly<Record<keyof typeof VALUE_CODES, string>> = {
  color: COLOR_NAMES.join(', '),
  note: 'C4 … C7, rest',
  image: IMAGES.join(', '),
};

function exactlyOneProblem(
  raw: unknown,
  [first, second]: readonly [string, string],
  block: string,
  where: { path: string; blockId: string | undefined },
  lang: Language,
): ValidationProblem {
  const both = isRecord(raw) && raw[first] !== undefined && raw[second] !== undefined;
  return both
    ? makeProblem(
        'PROGRAM_CONFLICTING_FIELDS',
        { block, first: fieldName(first, lang), second: fieldName(second, lang) },
        where,
        lang,
      )
    : makeProblem(
        'PROGRAM_MISSING_FIELD',
        { block, field: `${fieldName(first, lang)} ${word('or', lang)} ${fieldName(second, lang)}` },
        where,
        lang,
      );
}

/** What to tell the pupil a place expects, from zod's `expected` and where the place is. */
function expectedKind(expected: string, leaf: string | undefined, place: RawPlace): ValueKind {
  switch (expected) {
    case 'number':
    case 'int':
      return 'number';
    case 'string':
      return 'text';
    case 'boolean':
      return 'boolean';
    case 'array':
      return leaf === 'do' || leaf === 'then' || leaf === 'else' ? 'blocks' : 'list';
    case 'object':
      // A block that is not an object is reported on its holder, at the list that holds it.
      return place.field === leaf && leaf !== undefined && BLOCK_LISTS.has(leaf) ? 'block' : 'object';
    default:
      return 'value';
  }
}
