/**
 * The fixed vocabulary of program format v1 (../shared/spec/program-v1.md).
 * Names here are public: programs written outside the project use them. Add, never rename.
 */

export const STATEMENT_OPS = [
  'move',
  'turn',
  'motors',
  'stop_motors',
  'wait',
  'wait_until',
  'repeat',
  'forever',
  'while',
  'until',
  'if',
  'light',
  'sound',
  'melody',
  'display',
  'clear_display',
  'set',
  'change',
  'broadcast',
  'call',
  'stop',
] as const;
export type StatementOp = (typeof STATEMENT_OPS)[number];

export const EVENT_NAMES = ['start', 'button', 'obstacle', 'clap', 'tilt', 'message'] as const;
export type EventName = (typeof EVENT_NAMES)[number];

export const BUTTONS = ['a', 'b', 'center', 'forward', 'backward', 'left', 'right'] as const;
export type ButtonName = (typeof BUTTONS)[number];

export const SENSORS = [
  'distance_cm',
  'obstacle_front',
  'obstacle_left',
  'obstacle_right',
  'line_left',
  'line_right',
  'light_level',
  'sound_level',
  'button_a',
  'button_b',
  'button_center',
  'tilt_x',
  'tilt_y',
  'temperature_c',
  'timer_s',
] as const;
export type SensorName = (typeof SENSORS)[number];

/** Sensors whose value is a boolean; the others are numbers. */
export const BOOLEAN_SENSORS: ReadonlySet<SensorName> = new Set<SensorName>([
  'obstacle_front',
  'obstacle_left',
  'obstacle_right',
  'line_left',
  'line_right',
  'button_a',
  'button_b',
  'button_center',
]);

export const BINARY_OPS = ['+', '-', '*', '/', '%', '<', '<=', '>', '>=', '=', '!=', 'and', 'or'] as const;
export type BinaryOp = (typeof BINARY_OPS)[number];

export const COLOR_NAMES = [
  'red',
  'green',
  'blue',
  'yellow',
  'cyan',
  'magenta',
  'white',
  'orange',
  'purple',
  'off',
] as const;
export type ColorName = (typeof COLOR_NAMES)[number];

/** RGB of each named colour, as `#rrggbb`. `off` is black. */
export const COLOR_HEX: Readonly<Record<ColorName, string>> = {
  red: '#ff0000',
  green: '#00ff00',
  blue: '#0000ff',
  yellow: '#ffff00',
  cyan: '#00ffff',
  magenta: '#ff00ff',
  white: '#ffffff',
  orange: '#ff8000',
  purple: '#8000ff',
  off: '#000000',
};

export const LIGHT_TARGETS = ['all', 'top', 'bottom', 'left', 'right'] as const;
export type LightTarget = (typeof LIGHT_TARGETS)[number];

export const MELODIES = ['happy', 'sad', 'victory', 'alarm', 'hello'] as const;
export type MelodyName = (typeof MELODIES)[number];

export const IMAGES = [
  'heart',
  'happy',
  'sad',
  'yes',
  'no',
  'arrow_n',
  'arrow_e',
  'arrow_s',
  'arrow_w',
] as const;
export type ImageName = (typeof IMAGES)[number];

/** Scientific pitch from C4 to C7, with optional sharp or flat: C4, F#5, Bb4, C7. */
export const NOTE_PATTERN = /^(?:[A-G](?:#|b)?[4-6]|C7)$/;

/** One beat of `sound` lasts this long. */
export const BEAT_MS = 500;

/** A 5×5 bitmap: 25 characters `0`-`9`, row by row from the top left, 9 brightest. */
export const BITMAP_PATTERN = /^[0-9]{25}$/;

export const BLOCK_ID_MAX = 64;
