import { describe, expect, it } from 'vitest';
import { loadProfiles } from './load.ts';
import { problemLines } from './registry.ts';

describe('every profile in firmware-profiles/profiles', () => {
  const registry = loadProfiles();

  it('is valid, with no duplicate id or identity', () => {
    // Listed as `file: problem` lines so that the failure names the file and the field.
    expect(problemLines(registry.problems)).toEqual([]);
    expect(registry.profiles.size).toBeGreaterThan(0);
  });

  it('includes the virtual floor robot of virtual:grid, with the capabilities the simulator has', () => {
    const floor = registry.profiles.get('virtual-floor-robot');
    expect(floor).toMatchObject({
      execution: 'streamed',
      driver: 'virtual-grid',
      transports: { virtual: { simulator: 'grid' } },
      limits: { stepCm: 15 },
      capabilities: {
        moveUnits: ['steps', 'cm'],
        turnDegrees: [90],
        lightTargets: ['all'],
        colors: 'named',
        display: 'matrix5x5',
        concurrentScripts: true,
      },
    });
    expect(floor?.capabilities.statements).not.toContain('motors');
    expect([...(floor?.capabilities.sensors ?? [])].sort()).toEqual([
      'distance_cm',
      'obstacle_front',
      'timer_s',
    ]);
  });
});
