/**
 * What a block's generator function gets and returns. A generator is a map from block type to one
 * function (Blockly's `forBlock` style), in a file that mirrors the block file of the same category.
 * Every statement's `id` is its block's id, so that the bridge's progress and errors point at the
 * block the pupil sees.
 */
import type { Block } from 'blockly/core';
import type { Statement, When } from '../../../program/src/schema.ts';

export interface GenerateContext {
  /** The statements of a stack, from `first` down, skipping disabled blocks. */
  stack(first: Block | null): Statement[];
  /** The statements inside a block's statement input (a loop's body). */
  body(block: Block, input: string): Statement[];
  /** The value of a number field. */
  number(block: Block, field: string): number;
  /** The value of a menu field, which must be one of `allowed`. */
  choice<T extends string>(block: Block, field: string, allowed: readonly T[]): T;
}

export type StatementGenerator = (block: Block, ctx: GenerateContext) => Statement;
export type EventGenerator = (block: Block) => When;

/**
 * A block whose content cannot become a statement. With the blocks' own fields (numbers with bounds,
 * fixed menus) this only happens to a workspace edited by hand or saved by another version.
 */
export class GenerateError extends Error {
  readonly blockId: string;
  /** What exactly was wrong, for the console and a bug report; the message is for the pupil. */
  readonly detail: string;

  constructor(message: string, blockId: string, detail: string) {
    super(message);
    this.name = 'GenerateError';
    this.blockId = blockId;
    this.detail = detail;
  }
}
