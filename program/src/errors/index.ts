/**
 * The one catalogue of error codes, shared by the bridge, the editor and the command line
 * (docs/errors.md lists them). Each part keeps its codes in its own table; this file joins them, and
 * `catalog.test.ts` refuses a code defined in two tables.
 */
import { type Language, type Params, translate } from '../i18n.ts';
import { asebaErrors } from './aseba-codes.ts';
import { bridgeErrors } from './bridge-codes.ts';
import { classroomErrors } from './classroom-codes.ts';
import { editorErrors } from './editor-codes.ts';
import { fleetErrors } from './fleet-codes.ts';
import { lessonErrors } from './lesson-codes.ts';
import { microbitErrors } from './microbit-codes.ts';
import { programErrors } from './program-codes.ts';
import { robotErrors } from './robot-codes.ts';
import { transportErrors } from './transport-codes.ts';

/** Every table, by the part that owns it. */
export const ERROR_TABLES = {
  program: programErrors,
  robot: robotErrors,
  bridge: bridgeErrors,
  transport: transportErrors,
  microbit: microbitErrors,
  aseba: asebaErrors,
  lesson: lessonErrors,
  editor: editorErrors,
  classroom: classroomErrors,
  fleet: fleetErrors,
} as const;

export const ERRORS = {
  ...programErrors,
  ...robotErrors,
  ...bridgeErrors,
  ...transportErrors,
  ...microbitErrors,
  ...asebaErrors,
  ...lessonErrors,
  ...editorErrors,
  ...classroomErrors,
  ...fleetErrors,
} as const;
export type ErrorCode = keyof typeof ERRORS;

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.hasOwn(ERRORS, value);
}

export function errorMessage(code: ErrorCode, params: Params = {}, lang: Language = 'fr'): string {
  return translate(ERRORS, code, params, lang);
}

export interface AtelierErrorOptions {
  params?: Params;
  /** The block the error concerns, so the editor can show it on that block. */
  blockId?: string;
  cause?: unknown;
}

/** Every error the project raises on purpose. Its message is the French one. */
export class AtelierError extends Error {
  readonly code: ErrorCode;
  readonly params: Params;
  readonly blockId: string | undefined;

  constructor(code: ErrorCode, options: AtelierErrorOptions = {}) {
    super(errorMessage(code, options.params), options.cause === undefined ? {} : { cause: options.cause });
    this.name = 'AtelierError';
    this.code = code;
    this.params = options.params ?? {};
    this.blockId = options.blockId;
  }

  /** The message in another language. */
  messageIn(lang: Language): string {
    return errorMessage(this.code, this.params, lang);
  }

  /** The wire form used by the WebSocket API and `atelier run --json`. */
  toJSON(): { code: ErrorCode; message: string; blockId?: string } {
    return this.blockId === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, blockId: this.blockId };
  }
}

export function isAtelierError(value: unknown): value is AtelierError {
  return value instanceof AtelierError;
}
