/**
 * Writes docs/errors.md from the error catalogue: `npm run docs:errors`. A test fails when a code is
 * missing from the document, so the document stays true.
 */
import { writeFileSync } from 'node:fs';
import { ERROR_TABLES } from '../program/src/errors/index.ts';

const cell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');
const lines = [
  '# Error codes',
  '',
  'Every error the bridge, the command line or the editor reports has one of these stable codes and a',
  'message a teacher understands, in French first. Generated from `program/src/errors/` by',
  '`npm run docs:errors`; `{name}` marks a value filled in when the error happens.',
  '',
];
for (const [part, table] of Object.entries(ERROR_TABLES)) {
  const entries = Object.entries(table) as [string, { fr: string; en?: string }][];
  if (entries.length === 0) continue;
  lines.push(`## ${part}`, '', '| code | message (fr) | message (en) |', '| --- | --- | --- |');
  for (const [code, messages] of entries) {
    lines.push(`| \`${code}\` | ${cell(messages.fr)} | ${cell(messages.en ?? '')} |`);
  }
  lines.push('');
}
writeFileSync(new URL('./errors.md', import.meta.url), lines.join('\n'));
