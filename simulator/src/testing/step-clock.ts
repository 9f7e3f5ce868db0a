/**
 * A test-only virtual clock: time stands still until the test moves it, and then jumps from one timer
 * to the next, so a 10-step move takes no real time and always the same virtual time. Timers due at
 * the same time fire in the order they were set.
 *
 * Written for the simulator's tests before program/src/clock.ts (the interpreter's VirtualClock)
 * existed; it uses one Node-and-browser API only, `setTimeout(0)`, to let promise chains settle.
 */
import type { Clock } from '../../../program/src/robot.ts';

interface Timer {
  readonly at: number;
  readonly seq: number;
  readonly fire: () => void;
}

/** Lets every pending promise continuation run (a macrotask comes after all microtasks). */
export function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export class StepClock implements Clock {
  #now = 0;
  #seq = 0;
  #timers: Timer[] = [];

  now(): number {
    return this.#now;
  }

  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    return new Promise((resolve, reject) => {
      const onAbort = () => {
        this.#timers = this.#timers.filter((candidate) => candidate !== timer);
        reject(signal?.reason);
      };
      const timer: Timer = {
        at: this.#now + Math.max(0, ms),
        seq: this.#seq++,
        fire: () => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        },
      };
      this.#timers.push(timer);
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  }

  /** Timers not yet fired. */
  get pending(): number {
    return this.#timers.length;
  }

  /** Moves time forward by `ms`, firing every timer due on the way, in order. */
  async advance(ms: number): Promise<void> {
    const end = this.#now + ms;
    await settle();
    for (let timer = this.#next(); timer !== undefined && timer.at <= end; timer = this.#next()) {
      this.#fire(timer);
      await settle();
    }
    this.#now = end;
  }

  /** Jumps from timer to timer until `promise` settles; throws when nothing is left to wait for. */
  async run<T>(promise: Promise<T>): Promise<T> {
    let settled = false;
    const watched = promise.finally(() => {
      settled = true;
    });
    // The caller gets the outcome from `watched`; this handler only keeps an early rejection handled.
    watched.catch(() => {});
    await settle();
    while (!settled) {
      const timer = this.#next();
      if (timer === undefined) throw new Error('StepClock.run: the promise waits, but no timer is set');
      this.#fire(timer);
      await settle();
    }
    return watched;
  }

  #next(): Timer | undefined {
    let next: Timer | undefined;
    for (const timer of this.#timers) {
      if (next === undefined || timer.at < next.at || (timer.at === next.at && timer.seq < next.seq))
        next = timer;
    }
    return next;
  }

  #fire(timer: Timer): void {
    this.#timers = this.#timers.filter((candidate) => candidate !== timer);
    this.#now = timer.at;
    timer.fire();
  }
}
