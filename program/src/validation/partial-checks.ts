/**
 * When the schema refuses a program, the semantic checks that need only well-formed blocks still run
 * on the blocks that are well formed, so that a teacher sees every problem in one pass (an unknown
 * block in one place and a text where a number belongs in another) instead of fixing them one at a
 * time: duplicate block ids, and the texts and `random` bounds of every expression that is well formed
 * (literal-checks.ts). The checks about procedures need the whole program and wait until it is valid.
 *
 * Runs after the size guard, so the walk is bounded; it is iterative all the same.
 */
import type { Language } from '../i18n.ts';
import { EXPRESSION_FIELDS } from '../program-walk.ts';
import { ExprSchema } from '../schema.ts';
import { STATEMENT_OPS, type StatementOp } from '../vocabulary.ts';
import { duplicateIdProblems, type IdentifiedBlock, literalProblems } from './literal-checks.ts';
import { joinPath, type ValidationProblem } from './problem.ts';
import { BODY_KEYS, isRecord, isValidBlockId, rawBlockName } from './raw.ts';

const OPS: ReadonlySet<unknown> = new Set(STATEMENT_OPS);

interface RawStatement {
  statement: Record<string, unknown>;
  path: string;
  /** Id of the nearest enclosing block with a valid one. */
  blockId: string | undefined;
}

export function partialProblems(input: unknown, lang: Language): ValidationProblem[] {
  if (!isRecord(input)) return [];
  const blocks: IdentifiedBlock[] = [];
  const problems: ValidationProblem[] = [];
  const roots: RawStatement[] = [];
  for (const list of ['scripts', 'procedures'] as const) {
    const holders = input[list];
    if (!Array.isArray(holders)) continue;
    holders.forEach((holder: unknown, index) => {
      if (!isRecord(holder)) return;
      const path = `${list}[${index}]`;
      const id = isValidBlockId(holder.id) ? holder.id : undefined;
      blocks.push({
        id,
        path: `${path}.id`,
        name: rawBlockName(list === 'scripts' ? 'script' : 'procedure', holder, lang),
      });
      roots.push({ statement: holder, path, blockId: id });
    });
  }

  for (const root of roots) {
    // Pre-order, in document order: the same order as the checks on a valid program.
    const stack: RawStatement[] = [];
    pushBodies(stack, root);
    for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
      const { statement, path, blockId } = item;
      const name = rawBlockName('statement', statement, lang);
      if (isValidBlockId(statement.id)) blocks.push({ id: statement.id, path: joinPath(path, 'id'), name });
      if (OPS.has(statement.op)) {
        const fields = EXPRESSION_FIELDS[statement.op as StatementOp];
        for (const [field, expected] of Object.entries(fields)) {
          const parsed = ExprSchema.safeParse(statement[field]);
          if (!parsed.success) continue;
          problems.push(
            ...literalProblems(
              parsed.data,
              expected,
              joinPath(path, field),
              field,
              { name, id: blockId },
              lang,
            ),
          );
        }
      }
      pushBodies(stack, item);
    }
  }
  return [...duplicateIdProblems(blocks, lang), ...problems];
}

/** Pushes the statements under `holder` so that they pop in document order. */
function pushBodies(stack: RawStatement[], holder: RawStatement): void {
  const children: RawStatement[] = [];
  for (const key of BODY_KEYS) {
    const body = holder.statement[key];
    if (!Array.isArray(body)) continue;
    body.forEach((child: unknown, index) => {
      if (!isRecord(child)) return;
      const id = isValidBlockId(child.id) ? child.id : holder.blockId;
      children.push({ statement: child, path: joinPath(joinPath(holder.path, key), index), blockId: id });
    });
  }
  for (let i = children.length - 1; i >= 0; i -= 1) {
    const child = children[i];
    if (child !== undefined) stack.push(child);
  }
}
