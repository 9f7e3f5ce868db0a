import { describe, expect, it } from 'vitest';
import { AtelierError } from '../../../program/src/errors/index.ts';
import { parseTarget } from './target.ts';

describe('parseTarget', () => {
  it.each([
    ['virtual:grid', { kind: 'virtual', world: 'grid' }],
    ['serial:/dev/pts/3', { kind: 'serial', path: '/dev/pts/3' }],
    ['serial:COM3', { kind: 'serial', path: 'COM3' }],
    ['tcp:127.0.0.1:33333', { kind: 'tcp', host: '127.0.0.1', port: 33333 }],
    ['tcp:[::1]:4000', { kind: 'tcp', host: '::1', port: 4000 }],
    ['ble:BB-1234', { kind: 'ble', id: 'BB-1234' }],
    ['ble:aa:bb:cc:dd:ee:ff', { kind: 'ble', id: 'aa:bb:cc:dd:ee:ff' }],
  ])('reads %s', (text, expected) => {
    expect(parseTarget(text)).toEqual(expected);
  });

  it.each([
    '',
    'grid',
    'virtual:moon',
    'serial:',
    'tcp:host',
    'tcp:host:0',
    'tcp::80',
    'tcp:h:99999',
    'usb:x',
    'ble:',
  ])('refuses %j with DEVICE_TARGET_INVALID and examples in French', (text) => {
    let caught: unknown;
    try {
      parseTarget(text);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(AtelierError);
    expect((caught as AtelierError).code).toBe('DEVICE_TARGET_INVALID');
    expect((caught as AtelierError).message).toContain('virtual:grid');
  });
});
