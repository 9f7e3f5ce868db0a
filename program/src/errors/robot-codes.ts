import type { MessageTable } from '../i18n.ts';

/** Errors a robot (real or simulated) reports while it acts. */
export const robotErrors = {
  ROBOT_BUSY: {
    fr: 'Ce robot exécute déjà un programme.',
    en: 'This robot is already running a program.',
  },
} as const satisfies MessageTable;
