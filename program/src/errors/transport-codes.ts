import type { MessageTable } from '../i18n.ts';

/** Errors of the wires: serial ports, TCP connections, Bluetooth LE, and discovery. */
export const transportErrors = {} as const satisfies MessageTable;
