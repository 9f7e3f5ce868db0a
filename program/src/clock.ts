/**
 * The two clocks the interpreter and the simulator run on (the `Clock` contract is in robot.ts).
 *
 * `RealClock` sleeps for real, with `setTimeout`. `VirtualClock` never waits: its time only moves when
 * `advanceUntil` jumps it to the next timer, so a 5-minute program runs in milliseconds and, timers due
 * at the same time firing in the order they were set, always the same way.
 *
 * Both: `sleep` resolves after `ms` of the clock's time (a negative or NaN duration counts as 0, an
 * infinite one never ends) and rejects with `signal.reason` as soon as the signal aborts, removing its
 * timer.
 */
import { macrotaskScheduler } from './clock/macrotask.ts';
import { type Timer, TimerQueue } from './clock/timer-queue.ts';
import type { Clock } from './robot.ts';

function duration(ms: number): number {
  return Number.isNaN(ms) ? 0 : Math.max(0, ms);
}

/** Longest delay `setTimeout` takes (2^31 − 1 ms, about 24.8 days); longer sleeps are chained. */
const MAX_TIMEOUT_MS = 2_147_483_647;

export class RealClock implements Clock {
  readonly #origin: number;

  constructor() {
    this.#origin = RealClock.#wallNow();
  }

  static #wallNow(): number {
    return typeof performance === 'object' ? performance.now() : Date.now();
  }

  now(): number {
    return RealClock.#wallNow() - this.#origin;
  }

  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      if (signal?.aborted) {
        reject(signal.reason);
        return;
      }
      const end = this.now() + duration(ms);
      let timer: ReturnType<typeof setTimeout> | undefined;
      const onAbort = () => {
        clearTimeout(timer);
        reject(signal?.reason);
      };
      const arm = () => {
        const left = end - this.now();
        if (left <= 0 && Number.isFinite(left)) {
          signal?.removeEventListener('abort', onAbort);
          resolve();
          return;
        }
        timer = setTimeout(arm, Math.min(Math.max(left, 0), MAX_TIMEOUT_MS));
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      arm();
    });
  }
}

interface Sleeper {
  timer: Timer;
  reject: (reason: unknown) => void;
}

/** Turns with no timer pending after which `advanceUntil` concludes that time can no longer move. */
const IDLE_TURNS = 3;

export class VirtualClock implements Clock {
  #now = 0;
  readonly #timers = new TimerQueue();
  readonly #sleepers = new WeakMap<AbortSignal, Set<Sleeper>>();
  readonly #nextMacrotask = macrotaskScheduler();
  #advancing = false;

  now(): number {
    return this.#now;
  }

  /** Timers set and not yet fired or cancelled. */
  get pendingTimers(): number {
    return this.#timers.size;
  }

  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      if (signal?.aborted) {
        reject(signal.reason);
        return;
      }
      const due = this.#now + duration(ms);
      if (signal === undefined) {
        this.#timers.add(due, resolve);
        return;
      }
      const sleepers = this.#sleepersOf(signal);
      const sleeper: Sleeper = {
        timer: this.#timers.add(due, () => {
          sleepers.delete(sleeper);
          resolve();
        }),
        reject,
      };
      sleepers.add(sleeper);
    });
  }

  /**
   * The sleeps pending on one signal. A run passes the same signal to thousands of sleeps; one abort
   * listener per signal (instead of one added and removed per sleep) keeps each sleep cheap.
   */
  #sleepersOf(signal: AbortSignal): Set<Sleeper> {
    let sleepers = this.#sleepers.get(signal);
    if (sleepers === undefined) {
      const pending = new Set<Sleeper>();
      sleepers = pending;
      this.#sleepers.set(signal, pending);
      signal.addEventListener(
        'abort',
        () => {
          for (const { timer, reject } of pending) {
            this.#timers.cancel(timer);
            reject(signal.reason);
          }
          pending.clear();
        },
        { once: true },
      );
    }
    return sleepers;
  }

  /**
   * Runs time forward until `until` settles or the clock would pass `limitMs` (absolute, in this
   * clock's time). Each turn first lets every pending microtask and already-queued macrotask run, so
   * that code woken by the previous timers has set its next timers; then it jumps to the earliest timer
   * and fires every timer due at that time, in the order they were set.
   *
   * Resolves 'settled' as soon as `until` has resolved or rejected, and 'limit' when the next timer is
   * due after `limitMs` (the clock then reads `limitMs`) or when no timer is left to fire at all (the
   * clock then reads `limitMs` if finite: time passes and nothing happens). Everything that is meant to
   * take time must take it from this clock: work waiting on real I/O is not waited for.
   *
   * One caller at a time: a second call while one is running throws.
   */
  async advanceUntil(until: Promise<unknown>, limitMs: number): Promise<'settled' | 'limit'> {
    if (this.#advancing) throw new Error('VirtualClock.advanceUntil is already running');
    this.#advancing = true;
    let settled = false;
    const markSettled = () => {
      settled = true;
    };
    until.then(markSettled, markSettled);
    try {
      let idleTurns = 0;
      for (;;) {
        await this.#macrotask();
        if (settled) return 'settled';
        const next = this.#timers.peek();
        if (next === undefined) {
          idleTurns += 1;
          if (idleTurns < IDLE_TURNS) continue;
          this.#moveTo(limitMs);
          return 'limit';
        }
        idleTurns = 0;
        if (next.due > limitMs) {
          this.#moveTo(limitMs);
          return 'limit';
        }
        this.#now = Math.max(this.#now, next.due);
        for (let timer = this.#timers.peek(); timer !== undefined && timer.due <= this.#now; ) {
          this.#timers.pop();
          timer.fire();
          timer = this.#timers.peek();
        }
      }
    } finally {
      this.#advancing = false;
    }
  }

  /** Runs time forward by `ms`, firing every timer due on the way. */
  async advanceBy(ms: number): Promise<void> {
    await this.advanceUntil(new Promise<never>(() => {}), this.#now + duration(ms));
  }

  #moveTo(limitMs: number): void {
    if (Number.isFinite(limitMs)) this.#now = Math.max(this.#now, limitMs);
  }

  #macrotask(): Promise<void> {
    return new Promise((resolve) => this.#nextMacrotask(resolve));
  }
}
