/**
 * Whether each kind of link can be used on this machine, and why not. This version drives virtual
 * robots only; serial (micro:bit, Thymio, mBot), TCP (Aseba) and Bluetooth LE drivers come with their
 * robots, and until then `atelier devices` says so plainly rather than pretending to look.
 */
import { type Language, type MessageTable, translate } from '../../../program/src/i18n.ts';
import type { TransportKind } from '../fleet/fleet-robot.ts';

const reasons = {
  notYet: {
    fr: "pas encore pris en charge par cette version d'Atelier Robots",
    en: 'not supported yet by this version of Atelier Robots',
  },
} as const satisfies MessageTable;

export interface TransportAvailability {
  transport: TransportKind;
  available: boolean;
  /** Why not, in the teacher's language; absent when available. */
  reason?: string;
}

export function transportAvailability(lang: Language = 'fr'): TransportAvailability[] {
  const notYet = translate(reasons, 'notYet', {}, lang);
  return [
    { transport: 'virtual', available: true },
    { transport: 'serial', available: false, reason: notYet },
    { transport: 'tcp', available: false, reason: notYet },
    { transport: 'ble', available: false, reason: notYet },
  ];
}
