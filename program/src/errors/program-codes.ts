import type { MessageTable } from '../i18n.ts';

/**
 * Errors about a program: its shape, what the robot can do, and what goes wrong while it runs.
 * Codes are stable (the editor and outside tools match on them); messages speak to a teacher or a
 * pupil, in French first, and name the block when there is one.
 */
export const programErrors = {
  PROGRAM_NOT_JSON: {
    fr: "Ce fichier n'est pas un programme lisible (JSON invalide) : {detail}",
    en: 'This file is not a readable program (invalid JSON): {detail}',
  },
  PROGRAM_INVALID: {
    fr: "Le programme n'est pas valide : {count} problème(s).",
    en: 'The program is not valid: {count} problem(s).',
  },
  PROGRAM_TOO_DEEP: {
    fr: 'Le programme contient trop de blocs imbriqués les uns dans les autres (plus de {max}).',
    en: 'The program nests too many blocks inside each other (more than {max}).',
  },
  PROGRAM_TOO_LARGE: {
    fr: 'Le programme est trop grand ({count} blocs, {max} au plus).',
    en: 'The program is too large ({count} blocks, at most {max}).',
  },
  RUN_STOPPED: {
    fr: 'Programme arrêté.',
    en: 'Program stopped.',
  },
} as const satisfies MessageTable;
