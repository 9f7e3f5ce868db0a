import { describe, expect, it } from 'vitest';
import type { Program } from '../../program/src/schema.ts';
import { ifBlock } from '../../program/src/test-support/programs.ts';
import { programBlockTypes, statementCount } from './blocks.ts';

const program: Program = {
  format: 'atelier.program',
  version: 1,
  scripts: [
    {
      id: 's1',
      when: { event: 'start' },
      do: [
        { id: 'a', op: 'set', var: 'n', value: 0 },
        {
          id: 'b',
          op: 'until',
          cond: { op: '<=', a: { sensor: 'distance_cm' }, b: 30 },
          do: [
            { id: 'c', op: 'move', direction: 'forward', steps: { var: 'n' } },
            { id: 'd', op: 'turn', direction: 'left', degrees: 45 },
            { id: 'e', op: 'change', var: 'n', by: 1 },
          ],
        },
        ifBlock(
          'f',
          { op: 'not', a: { sensor: 'obstacle_front' } },
          [{ id: 'g', op: 'display', image: '0000009990099900999000000' }],
          [{ id: 'h', op: 'display', text: { random: [1, 6] } }],
        ),
        { id: 'i', op: 'light', color: '#ff8800' },
        { id: 'j', op: 'call', name: 'bip' },
      ],
    },
    {
      id: 's2',
      when: { event: 'button', button: 'center' },
      do: [{ id: 'k', op: 'display', image: 'heart' }],
    },
  ],
  procedures: [{ name: 'bip', do: [{ id: 'l', op: 'sound', note: 'C5', beats: 1 }] }],
};

describe('the blocks a program is built from', () => {
  it('reads the editor’s block types back from the statements, hats and reporters', () => {
    expect([...programBlockTypes(program)].sort()).toEqual(
      [
        'atelier_when_start',
        'atelier_when_button',
        'atelier_define',
        'atelier_set_variable',
        'atelier_until',
        'atelier_compare',
        'atelier_sensor_distance_cm',
        'atelier_move_forward',
        'atelier_variable',
        'atelier_turn_left_degrees',
        'atelier_change_variable',
        'atelier_if_else',
        'atelier_not',
        'atelier_sensor_obstacle_front',
        'atelier_show_bitmap',
        'atelier_show_text',
        'atelier_random',
        'atelier_light_rgb',
        'atelier_call',
        'atelier_show_image',
        'atelier_sound',
      ].sort(),
    );
  });

  it('counts statement blocks, procedures included, hats and reporters left out', () => {
    expect(statementCount(program)).toBe(12);
  });
});
