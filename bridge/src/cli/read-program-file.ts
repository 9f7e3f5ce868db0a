import { readFile } from 'node:fs/promises';
import { AtelierError } from '../../../program/src/errors/index.ts';

/** The text of a program file, or FILE_UNREADABLE with the system's reason. */
export async function readProgramFile(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    throw new AtelierError('FILE_UNREADABLE', {
      params: { file, detail: error instanceof Error ? error.message : String(error) },
      cause: error,
    });
  }
}
