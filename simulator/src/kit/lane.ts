/**
 * One action at a time on one part of a robot (its wheels, its buzzer). A program may run several
 * scripts at once; a floor robot cannot make two moves at once, so a second move waits for the first
 * to end, in the order they were asked for. Waiting honours the action's signal: an aborted waiter
 * leaves the queue at once and does not hold up the ones behind it.
 */
import { untilAborted } from './abort.ts';

export class Lane {
  /** Settles when the last action queued so far has ended; never rejects. */
  #tail: Promise<void> = Promise.resolve();

  async run<T>(signal: AbortSignal, action: () => Promise<T>): Promise<T> {
    signal.throwIfAborted();
    const previous = this.#tail;
    let release: () => void = () => {};
    const ended = new Promise<void>((resolve) => {
      release = resolve;
    });
    this.#tail = previous.then(() => ended);
    try {
      await untilAborted(previous, signal);
      signal.throwIfAborted();
      return await action();
    } finally {
      release();
    }
  }
}
