import type { MessageTable } from '../i18n.ts';

/** Errors of lesson packs: their files, their goals and their checks. */
export const lessonErrors = {} as const satisfies MessageTable;
