/**
 * What the MicroPython compiler gives the micro:bit driver.
 *
 * Step tracing: compiled with `trace: true`, the program prints one line `@@step:<blockId>` (and
 * nothing else on that line) as each statement starts; the driver takes these lines out of the
 * pupil's output and reports them as step events. Ordinary `print` output never starts with `@@`.
 */
export interface MicroPythonOptions {
  /** Print `@@step:<blockId>` lines so the bridge can light up the running block. */
  trace: boolean;
}

export interface CompiledMicroPython {
  /** The whole program, ready to send through the raw REPL or to save as main.py. */
  source: string;
  /** `lineBlocks[n - 1]` is the block id of source line n, or null: maps a traceback to a block. */
  lineBlocks: (string | null)[];
}

/** The prefix of a step-trace line. */
export const STEP_TRACE_PREFIX = '@@step:';
