/**
 * Walking a program that the schema has accepted: every statement of every script and procedure, in
 * document order, with its path and its owner; and every expression of a statement. The validator's
 * semantic checks and the capability check both read programs this way.
 *
 * The statement walk is iterative (an explicit stack), so it holds even on a program that has not been
 * through the size guard.
 */
import type { Expr, Procedure, Program, Script, Statement } from './schema.ts';
import { joinPath } from './validation/problem.ts';
import type { StatementOp } from './vocabulary.ts';

/** What an expression field of a statement expects: a number, a condition, or any value (text too). */
export type ExpectedValue = 'number' | 'condition' | 'any';

/**
 * The expression-valued fields of each statement and what each expects. Texts are allowed only where
 * `any` is written (and as operands of `=` and `!=`).
 */
export const EXPRESSION_FIELDS: Readonly<Record<StatementOp, Readonly<Record<string, ExpectedValue>>>> = {
  move: { steps: 'number', cm: 'number' },
  turn: { degrees: 'number' },
  motors: { left: 'number', right: 'number' },
  stop_motors: {},
  wait: { seconds: 'number' },
  wait_until: { cond: 'condition' },
  repeat: { times: 'number' },
  forever: {},
  while: { cond: 'condition' },
  until: { cond: 'condition' },
  if: { cond: 'condition' },
  light: {},
  sound: { beats: 'number' },
  melody: {},
  display: { text: 'any' },
  clear_display: {},
  set: { value: 'any' },
  change: { by: 'number' },
  broadcast: {},
  call: {},
  stop: {},
};

export type StatementOwner =
  | { kind: 'script'; script: Script; index: number }
  | { kind: 'procedure'; procedure: Procedure; index: number };

export interface StatementVisit {
  statement: Statement;
  path: string;
  owner: StatementOwner;
  /** 1 for a statement directly in a script or procedure. */
  depth: number;
}

/** The statement lists a statement holds (`do`, `then`, `else`), in document order. */
export function bodiesOf(statement: Statement): Array<{ key: 'do' | 'then' | 'else'; body: Statement[] }> {
  switch (statement.op) {
    case 'repeat':
    case 'forever':
    case 'while':
    case 'until':
      return [{ key: 'do', body: statement.do }];
    case 'if':
      return statement.else === undefined
        ? [{ key: 'then', body: statement.then }]
        : [
            { key: 'then', body: statement.then },
            { key: 'else', body: statement.else },
          ];
    default:
      return [];
  }
}

export function forEachStatement(program: Program, visit: (v: StatementVisit) => void): void {
  const roots: Array<{ owner: StatementOwner; body: Statement[]; path: string }> = [
    ...program.scripts.map((script, index) => ({
      owner: { kind: 'script' as const, script, index },
      body: script.do,
      path: `scripts[${index}].do`,
    })),
    ...(program.procedures ?? []).map((procedure, index) => ({
      owner: { kind: 'procedure' as const, procedure, index },
      body: procedure.do,
      path: `procedures[${index}].do`,
    })),
  ];
  for (const root of roots) {
    const stack: StatementVisit[] = [];
    pushBody(stack, root.body, root.path, root.owner, 1);
    for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
      visit(item);
      const bodies = bodiesOf(item.statement);
      for (let b = bodies.length - 1; b >= 0; b -= 1) {
        const body = bodies[b];
        if (body) pushBody(stack, body.body, joinPath(item.path, body.key), item.owner, item.depth + 1);
      }
    }
  }
}

function pushBody(
  stack: StatementVisit[],
  body: Statement[],
  path: string,
  owner: StatementOwner,
  depth: number,
): void {
  for (let i = body.length - 1; i >= 0; i -= 1) {
    const statement = body[i];
    if (statement) stack.push({ statement, path: joinPath(path, i), owner, depth });
  }
}

/** The expressions a statement holds, with the field each is in and what that field expects. */
export function expressionsOf(
  statement: Statement,
): Array<{ field: string; expr: Expr; expected: ExpectedValue }> {
  const fields = EXPRESSION_FIELDS[statement.op];
  const out: Array<{ field: string; expr: Expr; expected: ExpectedValue }> = [];
  const record = statement as unknown as Record<string, Expr | undefined>;
  for (const [field, expected] of Object.entries(fields)) {
    const expr = record[field];
    if (expr !== undefined) out.push({ field, expr, expected });
  }
  return out;
}

export interface ExpressionVisit {
  expr: Expr;
  path: string;
}

/** Every sub-expression of `expr` (itself first), depth first. */
export function forEachSubExpression(expr: Expr, path: string, visit: (v: ExpressionVisit) => void): void {
  const stack: ExpressionVisit[] = [{ expr, path }];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    visit(item);
    const node = item.expr;
    if (typeof node !== 'object') continue;
    if ('random' in node) {
      stack.push({ expr: node.random[1], path: `${item.path}.random[1]` });
      stack.push({ expr: node.random[0], path: `${item.path}.random[0]` });
    } else if ('op' in node) {
      if ('b' in node) stack.push({ expr: node.b, path: `${item.path}.b` });
      stack.push({ expr: node.a, path: `${item.path}.a` });
    }
  }
}
