/**
 * Zod issues as `path: message` lines, in French: what `buildRegistry` reports for a profile file, so
 * that a contributor finds the field at once (`capabilities.statements[3]: Option invalide…`).
 */
import { z } from 'zod';

/** French messages for zod's own checks, passed per parse (no global zod configuration is touched). */
export const FRENCH_ISSUES = z.locales.fr().localeError;

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** `capabilities.statements[3]`; the document itself is `(racine)`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else if (typeof key === 'string' && IDENTIFIER.test(key)) text += text === '' ? key : `.${key}`;
    else text += `[${JSON.stringify(String(key))}]`;
  }
  return text === '' ? '(racine)' : text;
}

export function issueLines(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`);
}
