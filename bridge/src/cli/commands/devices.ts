/**
 * `atelier devices [--json]`: the robots the bridge can drive and, per link, whether it can be used
 * here and why not. With --json: one object `{ transports: [...], robots: [...] }`.
 */

import type { Profiles } from '../../../../firmware-profiles/src/load.ts';
import { translate } from '../../../../program/src/i18n.ts';
import { transportAvailability } from '../../devices/availability.ts';
import { VIRTUAL_FLOOR_PROFILE_ID } from '../../fleet/virtual-fleet.ts';
import { type CliOutput, EXIT } from '../output.ts';
import { findProfile } from '../profiles.ts';
import { cliTexts } from '../texts.ts';

export interface FoundRobot {
  /** What to give `atelier run --device`. */
  target: string;
  name: string;
  profile: string;
  transport: string;
}

export function devicesCommand(json: boolean, profiles: Profiles, io: CliOutput): number {
  const transports = transportAvailability();
  const floor = findProfile(profiles, VIRTUAL_FLOOR_PROFILE_ID);
  const robots: FoundRobot[] = [
    { target: 'virtual:grid', name: floor.name, profile: floor.id, transport: 'virtual' },
  ];
  if (json) {
    io.out(JSON.stringify({ transports, robots }));
    return EXIT.ok;
  }
  const t = (key: keyof typeof cliTexts, params = {}) => translate(cliTexts, key, params);
  io.out(t('transportsTitle'));
  for (const item of transports) {
    const status = item.available ? t('available') : t('unavailable', { reason: item.reason ?? '' });
    io.out(`  ${item.transport.padEnd(8)} ${status}`);
  }
  io.out(t('robotsTitle'));
  if (robots.length === 0) io.out(`  ${t('noRobot')}`);
  for (const robot of robots) io.out(`  ${robot.target.padEnd(16)} ${robot.name} (${robot.profile})`);
  return EXIT.ok;
}
