/**
 * The gate every program passes where it enters (editor before sending, bridge on receipt, CLI on
 * load): is it a well-formed program of format v1? Every problem is reported at once, each with a
 * stable code, a message a teacher understands naming the pupil's block, the block's id, and its path.
 *
 * Order of the checks, each only when the previous passed:
 *  1. (text only) size of the text, at most 512 KB, then JSON;
 *  2. the size guard: an iterative walk that refuses statements nested deeper than 40, more than 5,000
 *     statements, or values nested deeper than 40 inside one statement — before any recursive code
 *     (the schema's included) sees the input, so that no input can overflow the stack;
 *  3. the schema (schema.ts), its findings turned into French messages (validation/schema-problems.ts);
 *     when it refuses the program, the semantic checks that need only well-formed blocks (duplicate
 *     ids, texts where numbers are expected, `random` bounds) still run on the blocks that are well
 *     formed (validation/partial-checks.ts), so that every problem is reported in one pass;
 *  4. the semantic checks (validation/semantic-checks.ts): unique ids, procedures, texts where numbers
 *     are expected, `random` bounds.
 *
 * What the robot can do is a separate check (capabilities.ts), against its profile.
 */
import { word } from './block-names.ts';
import { DEFAULT_LANGUAGE, type Language } from './i18n.ts';
import { ProgramSchema } from './schema.ts';
import { partialProblems } from './validation/partial-checks.ts';
import { dedupeProblems, makeProblem, type ValidationResult } from './validation/problem.ts';
import { schemaProblems } from './validation/schema-problems.ts';
import { semanticProblems } from './validation/semantic-checks.ts';
import { checkSize, MAX_STATEMENT_DEPTH } from './validation/size-guard.ts';

export type { ValidationProblem, ValidationResult } from './validation/problem.ts';
export { MAX_STATEMENT_DEPTH, MAX_STATEMENTS, MAX_VALUE_NESTING } from './validation/size-guard.ts';

/** Largest program text accepted, in bytes of UTF-8. */
export const MAX_PROGRAM_TEXT_BYTES = 512 * 1024;

export function validateProgram(input: unknown, lang: Language = DEFAULT_LANGUAGE): ValidationResult {
  const sizeProblems = checkSize(input, lang);
  if (sizeProblems.length > 0) return { ok: false, problems: sizeProblems };
  const parsed = ProgramSchema.safeParse(input);
  if (!parsed.success) {
    const problems = [...schemaProblems(input, parsed.error.issues, lang), ...partialProblems(input, lang)];
    return { ok: false, problems: dedupeProblems(problems) };
  }
  const problems = semanticProblems(parsed.data, lang);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, program: parsed.data };
}

/** A program read as text (a file, a paste): size, then JSON, then `validateProgram`. */
export function parseProgramText(text: string, lang: Language = DEFAULT_LANGUAGE): ValidationResult {
  const bytes = utf8Length(text);
  if (bytes > MAX_PROGRAM_TEXT_BYTES) {
    return {
      ok: false,
      problems: [
        makeProblem(
          'PROGRAM_TOO_LARGE',
          {
            count: Math.ceil(bytes / 1024),
            unit: word('kilobytes', lang),
            max: MAX_PROGRAM_TEXT_BYTES / 1024,
          },
          { path: '' },
          lang,
        ),
      ],
    };
  }
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    // V8 parses JSON without recursion; an engine that does may throw RangeError on deep nesting.
    const code = error instanceof RangeError ? 'PROGRAM_TOO_DEEP' : 'PROGRAM_NOT_JSON';
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      problems: [makeProblem(code, { detail, max: MAX_STATEMENT_DEPTH }, { path: '' }, lang)],
    };
  }
  return validateProgram(input, lang);
}

/** Bytes of `text` in UTF-8, without encoding it (and stopping early once over the limit). */
function utf8Length(text: string): number {
  if (text.length > MAX_PROGRAM_TEXT_BYTES) return text.length;
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      // A surrogate pair is one code point, four bytes.
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}
