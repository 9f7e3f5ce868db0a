/**
 * The programs a lesson's goal must refuse, besides its starting program and the typical mistakes the
 * lesson lists. A goal that some obviously wrong program meets checks nothing, so the lesson check runs
 * these two on every lesson:
 *  - `empty`: the flag alone (a `start` script with no block under it);
 *  - `truncated`: the first reference solution without the last block of its first script that has
 *    any, with everything nested in that block. It is left out when it is the empty program again.
 * docs/lessons.md states the rule for lesson writers: the last block of a solution must matter.
 */
import type { Program } from '../../../program/src/schema.ts';

export type AutomaticRule = 'empty' | 'truncated';

export function emptyProgram(): Program {
  return {
    format: 'atelier.program',
    version: 1,
    scripts: [{ id: 'wrong-empty', when: { event: 'start' }, do: [] }],
  };
}

/** The first script with blocks loses its last block; undefined when the program has no block at all. */
export function truncatedProgram(solution: Program): Program | undefined {
  const index = solution.scripts.findIndex((script) => script.do.length > 0);
  if (index === -1) return undefined;
  const scripts = solution.scripts.map((script, i) =>
    i === index ? { ...script, do: script.do.slice(0, -1) } : script,
  );
  return { ...solution, scripts };
}

export function automaticWrongPrograms(
  firstSolution: Program,
): Array<{ rule: AutomaticRule; program: Program }> {
  const wrong: Array<{ rule: AutomaticRule; program: Program }> = [
    { rule: 'empty', program: emptyProgram() },
  ];
  const truncated = truncatedProgram(firstSolution);
  const onlyEmptied =
    truncated !== undefined &&
    truncated.scripts.length === 1 &&
    truncated.procedures === undefined &&
    truncated.scripts.every((script) => script.when.event === 'start' && script.do.length === 0);
  if (truncated !== undefined && !onlyEmptied) wrong.push({ rule: 'truncated', program: truncated });
  return wrong;
}
