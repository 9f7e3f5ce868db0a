/**
 * Abort helpers that work where `AbortSignal.any` does not (Safari before 17.4, still common on school
 * iPads). Every listener added here is removed again, so a long-lived signal (a robot's halt signal)
 * does not collect one listener per action.
 */

export interface LinkedSignal {
  /** Aborts as soon as either source aborts, with that source's reason. */
  readonly signal: AbortSignal;
  /** Detaches from the sources; call it when the action is over. */
  dispose(): void;
}

export function linkSignals(first: AbortSignal, second: AbortSignal): LinkedSignal {
  const controller = new AbortController();
  const already = [first, second].find((source) => source.aborted);
  if (already) {
    controller.abort(already.reason);
    return { signal: controller.signal, dispose: () => {} };
  }
  const onFirst = () => abortWith(first);
  const onSecond = () => abortWith(second);
  const dispose = () => {
    first.removeEventListener('abort', onFirst);
    second.removeEventListener('abort', onSecond);
  };
  const abortWith = (source: AbortSignal) => {
    dispose();
    controller.abort(source.reason);
  };
  first.addEventListener('abort', onFirst);
  second.addEventListener('abort', onSecond);
  return { signal: controller.signal, dispose };
}

/** Resolves with `promise`, or rejects with `signal.reason` as soon as `signal` aborts. */
export function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}
