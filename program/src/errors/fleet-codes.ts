import type { MessageTable } from '../i18n.ts';

/** Errors of the streamed fleet: Blue-Bot, Bee-Bot, LEGO hubs, mBot, Sphero, and Bluetooth LE. */
export const fleetErrors = {} as const satisfies MessageTable;
