/**
 * From a profile's `driver` to the compiler that turns a program into what that robot runs, for
 * `atelier compile` and for the editor's "real code" view. Streamed robots have none.
 */

import type { Profile } from '../../../firmware-profiles/src/schema.ts';
import type { Program } from '../../../program/src/schema.ts';

export interface CompiledProgram {
  /** `micropython`, `aseba`…: what `text` is written in. */
  language: string;
  /** What `atelier compile` prints: source code, or a readable listing of bytecode. */
  text: string;
}

export interface CompilerModule {
  compileForProfile(program: Program, profile: Profile): CompiledProgram;
}

export const COMPILERS: Partial<Record<Profile['driver'], () => Promise<CompilerModule>>> = {};
