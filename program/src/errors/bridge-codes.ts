import type { MessageTable } from '../i18n.ts';

/** Errors of the bridge: its WebSocket API, its devices and its command line. */
export const bridgeErrors = {
  INTERNAL: {
    fr: 'Erreur interne du pont : {detail}',
    en: 'Internal bridge error: {detail}',
  },
} as const satisfies MessageTable;
