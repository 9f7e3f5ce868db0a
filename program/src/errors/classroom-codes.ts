import type { MessageTable } from '../i18n.ts';

/** Errors of the classroom: sessions, groups, roles and permissions, saved work, the teacher's PIN. */
export const classroomErrors = {} as const satisfies MessageTable;
