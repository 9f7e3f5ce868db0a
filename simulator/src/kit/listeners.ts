/**
 * A set of listeners with EventTarget's error contract: a listener that throws disturbs neither the
 * emitter nor the other listeners; its error is re-thrown in a microtask, so it surfaces as an
 * uncaught error (browser console, Node's `uncaughtException`) instead of being lost or of leaving a
 * robot half-way through a move.
 */
export class Listeners<T> {
  readonly #listeners = new Set<(value: T) => void>();

  /** Adds a listener; returns the function that removes it. Adding the same function twice adds it once. */
  add(listener: (value: T) => void): () => void {
    this.#listeners.add(listener);
    return () => {
      this.#listeners.delete(listener);
    };
  }

  get size(): number {
    return this.#listeners.size;
  }

  /** Calls every listener, in the order they were added, each with its own value from `make`. */
  emit(make: () => T): void {
    for (const listener of [...this.#listeners]) {
      try {
        listener(make());
      } catch (error) {
        queueMicrotask(() => {
          throw error;
        });
      }
    }
  }
}
