/**
 * Where a tablet keeps the pupil's workspace between reloads: the browser's localStorage, as Blockly's
 * JSON serialization. Nothing leaves the tablet.
 *
 * A saved copy that cannot be read (not JSON, not an object, or one Blockly refuses) is never thrown
 * away: `quarantine` moves it under CORRUPT_KEY, where a teacher (or a bug report) can still find it, and
 * the pupil starts from an empty workspace.
 */

/** The part of `Storage` used here, so that tests can pass a map. */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export const WORKSPACE_KEY = 'atelier.workspace.v1';
export const CORRUPT_KEY = 'atelier.workspace.v1.corrupt';

export type SavedWorkspace =
  | { kind: 'none' }
  | { kind: 'saved'; state: Record<string, unknown> }
  | { kind: 'corrupt'; raw: string; cause: unknown };

export class WorkspaceStore {
  readonly #storage: KeyValueStore;
  readonly #key: string;
  readonly #corruptKey: string;

  constructor(storage: KeyValueStore, key = WORKSPACE_KEY, corruptKey = CORRUPT_KEY) {
    this.#storage = storage;
    this.#key = key;
    this.#corruptKey = corruptKey;
  }

  read(): SavedWorkspace {
    const raw = this.#storage.getItem(this.#key);
    if (raw === null) return { kind: 'none' };
    let state: unknown;
    try {
      state = JSON.parse(raw);
    } catch (cause) {
      return { kind: 'corrupt', raw, cause };
    }
    if (typeof state !== 'object' || state === null || Array.isArray(state)) {
      return { kind: 'corrupt', raw, cause: new TypeError('the saved workspace is not a JSON object') };
    }
    return { kind: 'saved', state: state as Record<string, unknown> };
  }

  /** Throws what the storage throws (quota exceeded, storage disabled). */
  write(state: object): void {
    this.#storage.setItem(this.#key, JSON.stringify(state));
  }

  /** Keeps a copy that could not be loaded under CORRUPT_KEY, and forgets it as the workspace. */
  quarantine(raw: string): void {
    this.#storage.setItem(this.#corruptKey, raw);
    this.#storage.removeItem(this.#key);
  }
}

/**
 * The page's localStorage, or null where the browser refuses it (storage disabled, some private modes
 * throw on mere access).
 */
export function pageStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch (error) {
    console.warn('localStorage is not available', error);
    return null;
  }
}

/**
 * Runs `save` at most once per `delayMs` of quiet after the last `schedule()`; `flush()` runs a pending
 * save at once (the page is being hidden or closed).
 */
export class DebouncedTask {
  readonly #run: () => void;
  readonly #delayMs: number;
  #timer: ReturnType<typeof setTimeout> | null = null;

  constructor(run: () => void, delayMs: number) {
    this.#run = run;
    this.#delayMs = delayMs;
  }

  get pending(): boolean {
    return this.#timer !== null;
  }

  schedule(): void {
    this.cancel();
    this.#timer = setTimeout(() => {
      this.#timer = null;
      this.#run();
    }, this.#delayMs);
  }

  flush(): void {
    if (this.#timer === null) return;
    this.cancel();
    this.#run();
  }

  cancel(): void {
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
  }
}
