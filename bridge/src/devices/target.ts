/**
 * The `--device` targets of the command line (DESIGN.md): `virtual:grid`, `serial:<path>`,
 * `tcp:<host>:<port>`, `ble:<address or name>`.
 */
import { AtelierError } from '../../../program/src/errors/index.ts';

export type DeviceTarget =
  | { kind: 'virtual'; world: 'grid' }
  | { kind: 'serial'; path: string }
  | { kind: 'tcp'; host: string; port: number }
  | { kind: 'ble'; id: string };

export function parseTarget(text: string): DeviceTarget {
  const invalid = () => new AtelierError('DEVICE_TARGET_INVALID', { params: { target: text } });
  const colon = text.indexOf(':');
  if (colon <= 0) throw invalid();
  const scheme = text.slice(0, colon);
  const rest = text.slice(colon + 1);
  switch (scheme) {
    case 'virtual':
      if (rest === 'grid') return { kind: 'virtual', world: 'grid' };
      throw invalid();
    case 'serial':
      if (rest.length === 0) throw invalid();
      return { kind: 'serial', path: rest };
    case 'tcp': {
      // The port is after the last colon, so an IPv6 host in brackets works: tcp:[::1]:33333.
      const portColon = rest.lastIndexOf(':');
      const host = rest.slice(0, portColon).replace(/^\[(.*)\]$/, '$1');
      const port = Number(rest.slice(portColon + 1));
      if (portColon <= 0 || host.length === 0 || !Number.isInteger(port) || port < 1 || port > 65535)
        throw invalid();
      return { kind: 'tcp', host, port };
    }
    case 'ble':
      if (rest.length === 0) throw invalid();
      return { kind: 'ble', id: rest };
    default:
      throw invalid();
  }
}
