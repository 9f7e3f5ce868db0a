/**
 * The gate every program passes before a robot moves: the format (validate.ts), then what this robot
 * can do (capabilities.ts). Shared by the WebSocket API and the command line, so both refuse the same
 * programs with the same codes.
 */

import type { Profile } from '../../../firmware-profiles/src/schema.ts';
import { checkCapabilities } from '../../../program/src/capabilities.ts';
import type { Program } from '../../../program/src/schema.ts';
import { parseProgramText, type ValidationProblem, validateProgram } from '../../../program/src/validate.ts';
import { type Problem, ProgramRejectedError } from './program-rejected.ts';

function toProblem(p: ValidationProblem): Problem {
  return p.blockId === undefined
    ? { code: p.code, message: p.message }
    : { code: p.code, message: p.message, blockId: p.blockId };
}

export function prepareProgram(input: unknown, profile: Profile): Program {
  const result = validateProgram(input);
  if (!result.ok) throw new ProgramRejectedError('PROGRAM_INVALID', result.problems.map(toProblem));
  const unsupported = checkCapabilities(result.program, profile.capabilities, profile.limits);
  if (unsupported.length > 0)
    throw new ProgramRejectedError('PROGRAM_UNSUPPORTED', unsupported.map(toProblem));
  return result.program;
}

/** The same gate for a program read from a file: the text is parsed first (PROGRAM_NOT_JSON). */
export function prepareProgramText(text: string, profile: Profile): Program {
  const parsed = parseProgramText(text);
  if (!parsed.ok) throw new ProgramRejectedError('PROGRAM_INVALID', parsed.problems.map(toProblem));
  return prepareProgram(parsed.program, profile);
}
