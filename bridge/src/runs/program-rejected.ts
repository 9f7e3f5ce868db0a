import { AtelierError, type ErrorCode } from '../../../program/src/errors/index.ts';

export interface Problem {
  code: ErrorCode;
  message: string;
  blockId?: string;
}

/**
 * A program refused before anything moved: invalid, or asking for what the robot cannot do. Carries
 * every problem, each with its block, so the editor can mark them all at once.
 */
export class ProgramRejectedError extends AtelierError {
  readonly problems: readonly Problem[];

  constructor(code: ErrorCode, problems: readonly Problem[]) {
    super(code, { params: { count: problems.length } });
    this.name = 'ProgramRejectedError';
    this.problems = problems;
  }
}
