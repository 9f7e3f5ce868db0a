import type { MessageTable } from '../i18n.ts';

/** Errors of the Thymio and other Aseba nodes: the Aseba protocol, the bytecode compiler and the driver. */
export const asebaErrors = {} as const satisfies MessageTable;
