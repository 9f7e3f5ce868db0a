/**
 * The editor's block types, as lessons name them in their toolboxes, and the block types a program is
 * made of. A toolbox is data (a list of block types); a lesson's reference solutions and starting
 * program may only use blocks of its toolbox, so that what the check proves is what the pupil can build.
 *
 * The names are the editor's (editor/src/toolbox/catalog.ts, which says which block makes which
 * statement); tests/lessons/toolbox-blocks.test.ts fails when a name here is not a block of the editor.
 * A number, a text, a colour or a note written in a block (a field, or a shadow in a socket) is part of
 * that block, not a block of its own.
 */
import { expressionsOf, forEachStatement } from '../../program/src/program-walk.ts';
import type { Expr, Program, Statement, When } from '../../program/src/schema.ts';
import { BITMAP_PATTERN, SENSORS } from '../../program/src/vocabulary.ts';

export const BLOCK_TYPES = [
  // events
  'atelier_when_start',
  'atelier_when_button',
  'atelier_when_obstacle',
  'atelier_when_clap',
  'atelier_when_tilt',
  'atelier_when_message',
  'atelier_broadcast',
  // motion
  'atelier_move_forward',
  'atelier_move_backward',
  'atelier_move_forward_cm',
  'atelier_move_backward_cm',
  'atelier_turn_left',
  'atelier_turn_right',
  'atelier_turn_left_degrees',
  'atelier_turn_right_degrees',
  'atelier_motors',
  'atelier_stop_motors',
  // looks
  'atelier_light',
  'atelier_light_target',
  'atelier_light_rgb',
  'atelier_show_image',
  'atelier_show_bitmap',
  'atelier_show_text',
  'atelier_clear_display',
  // sound
  'atelier_sound',
  'atelier_melody',
  // control
  'atelier_repeat',
  'atelier_forever',
  'atelier_while',
  'atelier_until',
  'atelier_if',
  'atelier_if_else',
  'atelier_wait',
  'atelier_wait_until',
  'atelier_stop',
  // sensors (reporters), one per sensor of the format
  ...SENSORS.map((sensor) => `atelier_sensor_${sensor}` as const),
  // operators
  'atelier_arithmetic',
  'atelier_compare',
  'atelier_logic',
  'atelier_not',
  'atelier_random',
  // variables
  'atelier_set_variable',
  'atelier_change_variable',
  'atelier_variable',
  // my blocks
  'atelier_define',
  'atelier_call',
] as const;
export type BlockType = (typeof BLOCK_TYPES)[number];

const HATS: Readonly<Record<When['event'], string>> = {
  start: 'atelier_when_start',
  button: 'atelier_when_button',
  obstacle: 'atelier_when_obstacle',
  clap: 'atelier_when_clap',
  tilt: 'atelier_when_tilt',
  message: 'atelier_when_message',
};

/** The block a statement is, without what is inside it (the editor's generators, read backwards). */
export function statementBlockType(statement: Statement): string {
  switch (statement.op) {
    case 'move': {
      const unit = statement.steps !== undefined ? '' : '_cm';
      return `atelier_move_${statement.direction}${unit}`;
    }
    case 'turn': {
      const quarter = statement.degrees === undefined || statement.degrees === 90;
      return `atelier_turn_${statement.direction}${quarter ? '' : '_degrees'}`;
    }
    case 'light':
      if (statement.color.startsWith('#')) return 'atelier_light_rgb';
      return statement.target === undefined || statement.target === 'all'
        ? 'atelier_light'
        : 'atelier_light_target';
    case 'display':
      if (statement.image === undefined) return 'atelier_show_text';
      return BITMAP_PATTERN.test(statement.image) ? 'atelier_show_bitmap' : 'atelier_show_image';
    case 'if':
      return statement.else === undefined ? 'atelier_if' : 'atelier_if_else';
    case 'set':
      return 'atelier_set_variable';
    case 'change':
      return 'atelier_change_variable';
    default:
      return `atelier_${statement.op}`;
  }
}

const COMPARISONS = new Set(['<', '<=', '>', '>=', '=', '!=']);
const ARITHMETIC = new Set(['+', '-', '*', '/', '%']);

/** The reporter blocks of an expression (literals are fields of the block they sit in). */
export function expressionBlockTypes(expr: Expr, into: Set<string>): void {
  if (typeof expr !== 'object') return;
  if ('var' in expr) {
    into.add('atelier_variable');
  } else if ('sensor' in expr) {
    into.add(`atelier_sensor_${expr.sensor}`);
  } else if ('random' in expr) {
    into.add('atelier_random');
    for (const bound of expr.random) expressionBlockTypes(bound, into);
  } else if (expr.op === 'not') {
    into.add('atelier_not');
    expressionBlockTypes(expr.a, into);
  } else {
    into.add(
      COMPARISONS.has(expr.op)
        ? 'atelier_compare'
        : ARITHMETIC.has(expr.op)
          ? 'atelier_arithmetic'
          : 'atelier_logic',
    );
    expressionBlockTypes(expr.a, into);
    expressionBlockTypes(expr.b, into);
  }
}

/** Every block type a program is built from: hats, statements, reporters, procedure definitions. */
export function programBlockTypes(program: Program): Set<string> {
  const types = new Set<string>();
  for (const script of program.scripts) types.add(HATS[script.when.event]);
  if ((program.procedures ?? []).length > 0) types.add('atelier_define');
  forEachStatement(program, ({ statement }) => {
    types.add(statementBlockType(statement));
    for (const { expr } of expressionsOf(statement)) expressionBlockTypes(expr, types);
  });
  return types;
}

/** Statement blocks of a program, procedures included (hats and reporters are not counted). */
export function statementCount(program: Program): number {
  let count = 0;
  forEachStatement(program, () => {
    count += 1;
  });
  return count;
}
