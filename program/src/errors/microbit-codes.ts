import type { MessageTable } from '../i18n.ts';

/** Errors of the micro:bit: its MicroPython compiler and its raw-REPL driver. */
export const microbitErrors = {} as const satisfies MessageTable;
