import { describe, expect, it } from 'vitest';
import {
  BUTTON_NAMES,
  EVENT_NAMES_FOR_PUPILS,
  FIELD_NAMES,
  fieldName,
  LIGHT_TARGET_NAMES,
  opName,
  SENSOR_NAMES,
  STATEMENT_NAMES,
  statementName,
} from './block-names.ts';
import { EXPRESSION_FIELDS } from './program-walk.ts';
import { BUTTONS, EVENT_NAMES, LIGHT_TARGETS, SENSORS, STATEMENT_OPS } from './vocabulary.ts';

describe('block names', () => {
  it('name every statement, event, sensor, button and light of the format in French and English', () => {
    const tables = [
      [STATEMENT_NAMES, STATEMENT_OPS],
      [EVENT_NAMES_FOR_PUPILS, EVENT_NAMES],
      [SENSOR_NAMES, SENSORS],
      [BUTTON_NAMES, BUTTONS],
      [LIGHT_TARGET_NAMES, LIGHT_TARGETS],
    ] as const;
    for (const [table, keys] of tables) {
      expect(Object.keys(table).sort()).toEqual([...keys].sort());
      for (const entry of Object.values(table)) {
        expect(entry.fr).not.toBe('');
        expect(entry.en).toBeDefined();
      }
    }
  });

  it('name every field that holds an expression', () => {
    for (const fields of Object.values(EXPRESSION_FIELDS)) {
      for (const field of Object.keys(fields)) expect(Object.hasOwn(FIELD_NAMES, field), field).toBe(true);
    }
  });

  it('give the label the pupil sees', () => {
    expect(opName('repeat')).toBe('répéter');
    expect(opName('display', 'en')).toBe('show');
    expect(statementName({ op: 'move', direction: 'backward' })).toBe('reculer');
    expect(statementName({ op: 'move', direction: 'forward' })).toBe('avancer');
    expect(opName('jump')).toBe('jump');
    expect(fieldName('seconds')).toBe('la durée');
    expect(fieldName('mystery')).toBe('« mystery »');
  });
});
