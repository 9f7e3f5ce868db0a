/** The interpreter: runs a program against any `Robot` on any `Clock` (run.ts tells how). */

export { CLAP_LEVEL, TILT_DEGREES } from './events.ts';
export { DEFAULT_LOOP_TICK_MS, type RunHandle, type RunOptions, startProgram } from './run.ts';
export { MAX_REPEAT } from './statements.ts';
export { displayText, formatNumber, type Value } from './values.ts';
