import type { MessageTable } from '../i18n.ts';

/** Errors the editor raises itself (its connection to the bridge, the pupil's saved work). */
export const editorErrors = {} as const satisfies MessageTable;
