import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import floor from '../profiles/virtual-floor-robot.json' with { type: 'json' };
import { formatPath } from './issues.ts';
import { loadProfiles } from './load.ts';
import { buildRegistry, type ProfileFile, problemLines } from './registry.ts';
import { usbIdNumber } from './schema.ts';

type Json = Record<string, unknown>;

/** A valid streamed profile named `id`, changed by `patch` (shallow, per top-level field). */
function profile(id: string, patch: Json = {}): Json {
  return {
    ...structuredClone(floor),
    id,
    driver: 'bluebot',
    transports: { ble: { namePrefixes: [`${id}-`], services: [] } },
    ...patch,
  };
}

const usb = (vid: string, pid: string) => ({ usb: [{ vid, pid }], serial: { baudRate: 115200, dtr: true } });
const ble = (...namePrefixes: string[]) => ({ ble: { namePrefixes, services: [] } });
const file = (id: string, patch: Json = {}): ProfileFile => ({
  file: `${id}.json`,
  json: profile(id, patch),
});

describe('buildRegistry', () => {
  it('keeps valid profiles by id', () => {
    const registry = buildRegistry([file('alpha'), file('beta')]);
    expect(registry.problems).toEqual([]);
    expect([...registry.profiles.keys()]).toEqual(['alpha', 'beta']);
  });

  it.each<[string, ProfileFile[], string[]]>([
    [
      'a duplicate id',
      [file('alpha'), { file: 'copy/alpha.json', json: profile('alpha', { transports: ble('other-') }) }],
      ['copy/alpha.json: id: « alpha » est déjà l’identifiant du profil de alpha.json'],
    ],
    [
      'an id that is not the file name',
      [{ file: 'alpha.json', json: profile('beta') }],
      ['alpha.json: id: « beta » devrait être le nom du fichier (alpha.json)'],
    ],
    [
      'a USB identity claimed by profiles of two drivers',
      [
        file('alpha', { transports: usb('0x0d28', '0x0204') }),
        file('beta', { transports: usb('0x0d28', '0x0204'), driver: 'mbot' }),
      ],
      [
        'beta.json: transports.usb[0]: l’identité USB 0x0d28:0x0204 est déjà celle du profil « alpha » (alpha.json)',
      ],
    ],
    [
      'a USB identity listed twice in one profile',
      [
        file('alpha', {
          transports: {
            usb: [
              { vid: '0x0d28', pid: '0x0204' },
              { vid: '0x0d28', pid: '0x0204' },
            ],
          },
        }),
      ],
      ['alpha.json: transports.usb[1]: identité USB « 0x0d28:0x0204 » en double'],
    ],
    [
      'a duplicate BLE name prefix',
      [file('alpha', { transports: ble('BB-') }), file('beta', { transports: ble('BB-') })],
      [
        'beta.json: transports.ble.namePrefixes[0]: le préfixe BLE « BB- » se confond avec « BB- » du profil « alpha » (alpha.json)',
      ],
    ],
    [
      'a BLE name prefix that starts another',
      [file('alpha', { transports: ble('BB-') }), file('beta', { transports: ble('Hub', 'BB-1') })],
      [
        'beta.json: transports.ble.namePrefixes[1]: le préfixe BLE « BB-1 » se confond avec « BB- » du profil « alpha » (alpha.json)',
      ],
    ],
    [
      'an invalid capability, named by its path',
      [file('alpha', { capabilities: { ...floor.capabilities, statements: ['move', 'fly'] } })],
      ['alpha.json: capabilities.statements[1]: '],
    ],
    [
      'a USB id written as a number',
      [file('alpha', { transports: { usb: [{ vid: 3368, pid: '0x0204' }] } })],
      ['alpha.json: transports.usb[0].vid: '],
    ],
    [
      'an id that is not kebab-case',
      [{ file: 'Alpha_Robot.json', json: profile('Alpha_Robot') }],
      ['Alpha_Robot.json: id: identifiant en kebab-case attendu (minuscules, chiffres, tirets)'],
    ],
    [
      'a missing field',
      [{ file: 'alpha.json', json: { ...profile('alpha'), verification: undefined } }],
      ['alpha.json: verification: '],
    ],
    ['an unknown field', [file('alpha', { colour: 'red' })], ['alpha.json: (racine): ']],
    [
      'a streamed robot with no transport',
      [file('alpha', { transports: {} })],
      ['alpha.json: transports: un robot « streamed » a besoin d’au moins un transport'],
    ],
    [
      'a robot with no link that names a driver',
      [file('alpha', { execution: 'none', transports: {} })],
      ['alpha.json: driver: un robot sans liaison (execution « none ») a le pilote « none »'],
    ],
    [
      'a display block on a robot without a screen',
      [file('alpha', { capabilities: { ...floor.capabilities, display: 'none' } })],
      ['alpha.json: capabilities.display: le bloc « display » est listé mais le robot n’a pas d’écran'],
    ],
    ['a document that is not an object', [{ file: 'alpha.json', json: [] }], ['alpha.json: (racine): ']],
  ])('refuses %s, with a `file: path: problem` line', (_case, files, expected) => {
    const registry = buildRegistry(files);
    const lines = problemLines(registry.problems);
    expect(lines).toHaveLength(expected.length);
    expected.forEach((start, index) => {
      expect(lines[index]?.startsWith(start), `${lines[index]} should start with ${start}`).toBe(true);
    });
    // The first file of each case is valid unless it is the one refused; the refused one is left out.
    const refused = new Set(registry.problems.map((problem) => problem.file));
    expect(registry.profiles.size).toBe(files.filter(({ file: name }) => !refused.has(name)).length);
  });

  it('speaks French in zod’s own messages', () => {
    const registry = buildRegistry([file('alpha', { execution: 'uploaded' })]);
    expect(problemLines(registry.problems)).toEqual([
      expect.stringMatching(/^alpha\.json: execution: Option invalide/),
    ]);
  });

  it('accepts a robot with no link (a Bee-Bot), with driver and transports empty', () => {
    const beeBot = profile('bee-bot', { execution: 'none', driver: 'none', transports: {} });
    expect(buildRegistry([{ file: 'bee-bot.json', json: beeBot }]).problems).toEqual([]);
  });
});

describe('helpers', () => {
  it.each([
    [['capabilities', 'statements', 3], 'capabilities.statements[3]'],
    [[], '(racine)'],
    [['units', 'wheel base'], 'units["wheel base"]'],
  ] as const)('formats the path %j as %s', (path, text) => {
    expect(formatPath(path)).toBe(text);
  });

  it('lets two boards of one driver family share a USB identity (the driver tells them apart)', () => {
    const registry = buildRegistry([
      file('alpha', { transports: usb('0x0d28', '0x0204') }),
      file('beta', { transports: usb('0x0d28', '0x0204') }),
    ]);
    expect(registry.problems).toEqual([]);
    expect([...registry.profiles.keys()]).toEqual(['alpha', 'beta']);
  });

  it('reads USB ids as numbers', () => {
    expect(usbIdNumber('0x0d28')).toBe(0x0d28);
  });
});

describe('loadProfiles', () => {
  const dir = mkdtempSync(join(tmpdir(), 'atelier-profiles-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reports an unreadable file and keeps the good ones', () => {
    mkdirSync(join(dir, 'set'));
    writeFileSync(join(dir, 'set', 'alpha.json'), JSON.stringify(profile('alpha')));
    writeFileSync(join(dir, 'set', 'broken.json'), '{ "id": ');
    writeFileSync(join(dir, 'set', 'notes.txt'), 'not a profile');
    const registry = loadProfiles(join(dir, 'set'));
    expect([...registry.profiles.keys()]).toEqual(['alpha']);
    expect(problemLines(registry.problems)).toEqual([
      expect.stringMatching(/^broken\.json: fichier illisible ou JSON invalide/),
    ]);
  });

  it('reports a missing folder instead of throwing', () => {
    const registry = loadProfiles(join(dir, 'nowhere'));
    expect(registry.profiles.size).toBe(0);
    expect(registry.problems).toEqual([
      { file: join(dir, 'nowhere'), problem: expect.stringMatching(/^dossier des profils illisible/) },
    ]);
  });
});
