/**
 * Workspace → program (format v1, ../shared/spec/program-v1.md). Each enabled hat block on the
 * workspace gives one script; a stack that does not hang from a hat is ignored (the workspace greys
 * it out, so the pupil sees that it will not run). Scripts come in the workspace's reading order (top to
 * bottom), so that the same workspace always gives the same program.
 *
 * The result is not checked here: a workspace with no hat gives a program with no script, which the
 * caller reports in words a pupil understands before checking the rest (check-program.ts).
 */
import type { Block, Workspace } from 'blockly/core';
import {
  PROGRAM_FORMAT,
  PROGRAM_VERSION,
  type Program,
  type Statement,
} from '../../../program/src/schema.ts';
import { t } from '../i18n/index.ts';
import {
  type EventGenerator,
  type GenerateContext,
  GenerateError,
  type StatementGenerator,
} from './context.ts';
import { controlGenerators } from './control.ts';
import { eventGenerators } from './events.ts';
import { looksGenerators } from './looks.ts';
import { motionGenerators } from './motion.ts';
import { soundGenerators } from './sound.ts';

export const STATEMENT_GENERATORS: Readonly<Record<string, StatementGenerator>> = {
  ...motionGenerators,
  ...controlGenerators,
  ...looksGenerators,
  ...soundGenerators,
};
export const EVENT_GENERATORS: Readonly<Record<string, EventGenerator>> = eventGenerators;

const invalid = (block: Block, detail: string) =>
  new GenerateError(t('problem.invalid_value'), block.id, `${block.type}: ${detail}`);

const context: GenerateContext = {
  stack(first) {
    const statements: Statement[] = [];
    for (let block = first; block !== null; block = block.getNextBlock()) {
      if (!block.isEnabled()) continue;
      const generate = STATEMENT_GENERATORS[block.type];
      if (!generate) throw invalid(block, 'no generator');
      statements.push(generate(block, context));
    }
    return statements;
  },
  body(block, input) {
    return context.stack(block.getInputTargetBlock(input));
  },
  number(block, field) {
    const value: unknown = block.getFieldValue(field);
    if (typeof value !== 'number' || !Number.isFinite(value))
      throw invalid(block, `${field}=${String(value)}`);
    return value;
  },
  choice(block, field, allowed) {
    const value: unknown = block.getFieldValue(field);
    const found = allowed.find((option) => option === value);
    if (found === undefined) throw invalid(block, `${field}=${String(value)}`);
    return found;
  },
};

/** Throws `GenerateError` (with the block's id) for a block whose content cannot be a statement. */
export function generateProgram(workspace: Workspace): Program {
  const scripts: Program['scripts'] = [];
  for (const top of workspace.getTopBlocks(true)) {
    const when = EVENT_GENERATORS[top.type];
    if (!when || !top.isEnabled()) continue;
    scripts.push({ id: top.id, when: when(top), do: context.stack(top.getNextBlock()) });
  }
  return { format: PROGRAM_FORMAT, version: PROGRAM_VERSION, scripts };
}
