/**
 * The checks a schema cannot make, run on a program the schema has accepted:
 *  - block ids are unique across the program (scripts, procedure definitions and statements);
 *  - procedure names are unique, every `call` names an existing procedure, and no procedure calls
 *    itself, directly or through others (the interpreter and the compilers inline calls); blocks nest
 *    at most MAX_STATEMENT_DEPTH deep counting through calls;
 *  - texts only where a text makes sense, and whole `random` bounds (literal-checks.ts).
 */
import { eventName, nameIn, opName, PROCEDURE_BLOCK_NAME, statementName } from '../block-names.ts';
import type { Language } from '../i18n.ts';
import { expressionsOf, forEachStatement } from '../program-walk.ts';
import type { CallStatement, Program } from '../schema.ts';
import { duplicateIdProblems, type IdentifiedBlock, literalProblems } from './literal-checks.ts';
import { joinPath, makeProblem, type ValidationProblem } from './problem.ts';
import { MAX_STATEMENT_DEPTH } from './size-guard.ts';

export function semanticProblems(program: Program, lang: Language): ValidationProblem[] {
  return [
    ...duplicateIds(program, lang),
    ...procedureProblems(program, lang),
    ...literalProblemsOf(program, lang),
  ];
}

function duplicateIds(program: Program, lang: Language): ValidationProblem[] {
  const blocks: IdentifiedBlock[] = [
    ...program.scripts.map((script, index) => ({
      id: script.id,
      path: `scripts[${index}].id`,
      name: eventName(script.when.event, lang),
    })),
    ...(program.procedures ?? []).map((procedure, index) => ({
      id: procedure.id,
      path: `procedures[${index}].id`,
      name: `${nameIn(PROCEDURE_BLOCK_NAME, lang)} ${procedure.name}`,
    })),
  ];
  forEachStatement(program, ({ statement, path }) => {
    blocks.push({ id: statement.id, path: joinPath(path, 'id'), name: statementName(statement, lang) });
  });
  return duplicateIdProblems(blocks, lang);
}

interface CallSite {
  statement: CallStatement;
  path: string;
  /** Depth of the call statement in its script or procedure (1 at the top). */
  depth: number;
}

function procedureProblems(program: Program, lang: Language): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  const procedures = program.procedures ?? [];
  const define = nameIn(PROCEDURE_BLOCK_NAME, lang);
  const indexByName = new Map<string, number>();
  procedures.forEach((procedure, index) => {
    if (indexByName.has(procedure.name)) {
      problems.push(
        makeProblem(
          'PROGRAM_DUPLICATE_PROCEDURE',
          { block: define, name: procedure.name },
          { path: `procedures[${index}].name`, blockId: procedure.id },
          lang,
        ),
      );
    } else {
      indexByName.set(procedure.name, index);
    }
  });

  // Calls made by each procedure and each script (by index), the deepest statement of each procedure,
  // and calls to procedures that do not exist.
  const callsOf: CallSite[][] = procedures.map(() => []);
  const scriptCalls: CallSite[][] = program.scripts.map(() => []);
  const ownDepth: number[] = procedures.map(() => 0);
  forEachStatement(program, ({ statement, path, owner, depth }) => {
    if (owner.kind === 'procedure') ownDepth[owner.index] = Math.max(ownDepth[owner.index] ?? 0, depth);
    if (statement.op !== 'call') return;
    if (!indexByName.has(statement.name)) {
      problems.push(
        makeProblem(
          'PROGRAM_UNKNOWN_PROCEDURE',
          { block: opName('call', lang), name: statement.name },
          { path: joinPath(path, 'name'), blockId: statement.id },
          lang,
        ),
      );
      return;
    }
    const site = { statement, path, depth };
    if (owner.kind === 'procedure') callsOf[owner.index]?.push(site);
    else scriptCalls[owner.index]?.push(site);
  });

  const recursion = recursionProblems(
    procedures.map((p) => p.name),
    callsOf,
    indexByName,
    lang,
  );
  problems.push(...recursion);
  if (recursion.length === 0) {
    problems.push(...callDepthProblems(scriptCalls, callsOf, ownDepth, indexByName, lang));
  }
  return problems;
}

/**
 * A call runs the procedure's blocks nested where the call is, so nesting counts through calls: a call
 * at depth d of a procedure whose blocks nest n deep reaches depth d + n. Past MAX_STATEMENT_DEPTH the
 * program is refused (PROGRAM_TOO_DEEP) on the first call of each script that goes past it — the same
 * limit as for blocks nested in one script, and what keeps a chain of thousands of procedures calling
 * each other from overflowing the interpreter's stack. Runs only on a call graph without cycles.
 */
function callDepthProblems(
  scriptCalls: readonly CallSite[][],
  callsOf: readonly CallSite[][],
  ownDepth: readonly number[],
  indexByName: ReadonlyMap<string, number>,
  lang: Language,
): ValidationProblem[] {
  // Deepest nesting each procedure reaches, callees first (iterative post-order: chains may be long).
  const reach: Array<number | undefined> = ownDepth.map(() => undefined);
  for (let root = 0; root < ownDepth.length; root += 1) {
    const stack = [root];
    while (stack.length > 0) {
      const node = stack[stack.length - 1];
      if (node === undefined) break;
      if (reach[node] !== undefined) {
        stack.pop();
        continue;
      }
      const calls = callsOf[node] ?? [];
      const pending = calls
        .map((call) => indexByName.get(call.statement.name))
        .filter((callee): callee is number => callee !== undefined && reach[callee] === undefined);
      if (pending.length > 0) {
        stack.push(...pending);
        continue;
      }
      let deepest = ownDepth[node] ?? 0;
      for (const call of calls) {
        const callee = indexByName.get(call.statement.name);
        if (callee !== undefined) deepest = Math.max(deepest, call.depth + (reach[callee] ?? 0));
      }
      reach[node] = deepest;
      stack.pop();
    }
  }
  const problems: ValidationProblem[] = [];
  for (const calls of scriptCalls) {
    const tooDeep = calls.find((call) => {
      const callee = indexByName.get(call.statement.name);
      return callee !== undefined && call.depth + (reach[callee] ?? 0) > MAX_STATEMENT_DEPTH;
    });
    if (tooDeep !== undefined) {
      problems.push(
        makeProblem(
          'PROGRAM_TOO_DEEP',
          { max: MAX_STATEMENT_DEPTH },
          { path: tooDeep.path, blockId: tooDeep.statement.id },
          lang,
        ),
      );
    }
  }
  return problems;
}

/**
 * Depth-first search over the call graph, iterative (a chain of 5,000 procedures would overflow a
 * recursive one). Each back edge closes a cycle and is reported once, on the `call` block that closes it.
 */
function recursionProblems(
  names: readonly string[],
  callsOf: readonly CallSite[][],
  indexByName: ReadonlyMap<string, number>,
  lang: Language,
): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  const state = names.map(() => 'new' as 'new' | 'open' | 'done');
  for (let root = 0; root < names.length; root += 1) {
    if (state[root] !== 'new') continue;
    const stack: Array<{ node: number; next: number }> = [{ node: root, next: 0 }];
    state[root] = 'open';
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      if (top === undefined) break;
      const call = callsOf[top.node]?.[top.next];
      if (call === undefined) {
        state[top.node] = 'done';
        stack.pop();
        continue;
      }
      top.next += 1;
      const callee = indexByName.get(call.statement.name);
      if (callee === undefined) continue;
      if (state[callee] === 'open') {
        const from = stack.findIndex((frame) => frame.node === callee);
        const chain = [...stack.slice(from).map((frame) => names[frame.node]), names[callee]].join(' → ');
        problems.push(
          makeProblem(
            'PROGRAM_RECURSION',
            { block: opName('call', lang), name: names[top.node] ?? '', chain },
            { path: call.path, blockId: call.statement.id },
            lang,
          ),
        );
      } else if (state[callee] === 'new') {
        state[callee] = 'open';
        stack.push({ node: callee, next: 0 });
      }
    }
  }
  return problems;
}

function literalProblemsOf(program: Program, lang: Language): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  forEachStatement(program, ({ statement, path }) => {
    const block = { name: statementName(statement, lang), id: statement.id };
    for (const { field, expr, expected } of expressionsOf(statement)) {
      problems.push(...literalProblems(expr, expected, joinPath(path, field), field, block, lang));
    }
  });
  return problems;
}
