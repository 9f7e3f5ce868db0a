import { readFileSync } from 'node:fs';

/** The bridge's name and version, as package.json says. */
export const BRIDGE_INFO: { name: string; version: string } = (() => {
  const pkg: unknown = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  const version =
    typeof pkg === 'object' && pkg !== null && 'version' in pkg && typeof pkg.version === 'string'
      ? pkg.version
      : '0.0.0';
  return { name: 'atelier-robots', version };
})();
