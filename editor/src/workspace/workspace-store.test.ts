import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import {
  CORRUPT_KEY,
  DebouncedTask,
  type KeyValueStore,
  WORKSPACE_KEY,
  WorkspaceStore,
} from './workspace-store.ts';

class MapStorage implements KeyValueStore {
  readonly items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}

describe('WorkspaceStore', () => {
  test('nothing saved yet', () => {
    expect(new WorkspaceStore(new MapStorage()).read()).toEqual({ kind: 'none' });
  });

  test('what is written is read back', () => {
    const storage = new MapStorage();
    const store = new WorkspaceStore(storage);
    const state = { blocks: { languageVersion: 0, blocks: [{ type: 'atelier_when_start', id: 'a' }] } };
    store.write(state);
    expect(JSON.parse(storage.items.get(WORKSPACE_KEY) ?? '')).toEqual(state);
    expect(store.read()).toEqual({ kind: 'saved', state });
  });

  test.each([
    ['not JSON', '{"blocks": [oops'],
    ['not an object', '42'],
    ['an array', '[]'],
  ])('a saved copy that is %s is corrupt, and quarantine keeps it aside', (_what, raw) => {
    const storage = new MapStorage();
    storage.setItem(WORKSPACE_KEY, raw);
    const store = new WorkspaceStore(storage);
    const read = store.read();
    expect(read).toMatchObject({ kind: 'corrupt', raw });
    store.quarantine(raw);
    expect(storage.items.get(CORRUPT_KEY)).toBe(raw);
    expect(storage.items.has(WORKSPACE_KEY)).toBe(false);
    expect(store.read()).toEqual({ kind: 'none' });
  });
});

describe('DebouncedTask', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  test('runs once after the changes stop', () => {
    const run = vi.fn();
    const task = new DebouncedTask(run, 250);
    task.schedule();
    vi.advanceTimersByTime(200);
    task.schedule();
    vi.advanceTimersByTime(200);
    expect(run).not.toHaveBeenCalled();
    expect(task.pending).toBe(true);
    vi.advanceTimersByTime(50);
    expect(run).toHaveBeenCalledTimes(1);
    expect(task.pending).toBe(false);
  });

  test('flush runs a pending save at once, and only a pending one', () => {
    const run = vi.fn();
    const task = new DebouncedTask(run, 250);
    task.flush();
    expect(run).not.toHaveBeenCalled();
    task.schedule();
    task.flush();
    expect(run).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1_000);
    expect(run).toHaveBeenCalledTimes(1);
  });
});
