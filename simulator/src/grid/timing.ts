/**
 * How long a simulated floor robot takes, in milliseconds of its Clock: a VirtualClock makes it
 * instant, a RealClock lets a pupil watch it go.
 *
 * The defaults are close to a Bee-Bot's pace as teachers see it (about one second to cross a 15 cm
 * cell, a little over half a second for a quarter turn): slow enough that a 4-year-old can follow the
 * robot cell by cell and count along, fast enough that a 10-step path takes 10 s. They are estimates,
 * not measurements of a robot; a lesson or a test may pass its own.
 */
export interface GridTiming {
  /** Time to cross one cell, ms. */
  readonly stepMs: number;
  /** Time for one quarter turn (90°), ms. */
  readonly turnMs: number;
}

export const DEFAULT_GRID_TIMING: GridTiming = Object.freeze({ stepMs: 1000, turnMs: 600 });

/** The defaults overridden by `overrides`; throws RangeError for a negative or non-finite time. */
export function gridTiming(overrides: Partial<GridTiming> = {}): GridTiming {
  const timing = { ...DEFAULT_GRID_TIMING, ...overrides };
  for (const [name, ms] of Object.entries(timing)) {
    if (!Number.isFinite(ms) || ms < 0)
      throw new RangeError(`GridTiming.${name} must be a duration ≥ 0 ms, got ${ms}`);
  }
  return Object.freeze(timing);
}
