import { afterEach, describe, expect, it, vi } from 'vitest';
import { StepClock, settle } from '../testing/step-clock.ts';
import { linkSignals } from './abort.ts';
import { Lane } from './lane.ts';
import { Listeners } from './listeners.ts';

describe('Lane', () => {
  it('runs actions one after the other, in the order asked', async () => {
    const clock = new StepClock();
    const lane = new Lane();
    const log: string[] = [];
    const never = new AbortController().signal;
    const action = (name: string, ms: number) =>
      lane.run(never, async () => {
        log.push(`${name}:${clock.now()}`);
        await clock.sleep(ms);
        return name;
      });
    const results = await clock.run(Promise.all([action('a', 300), action('b', 100), action('c', 0)]));
    expect(results).toEqual(['a', 'b', 'c']);
    expect(log).toEqual(['a:0', 'b:300', 'c:400']);
  });

  it('lets an aborted waiter leave at once without holding up the next', async () => {
    const clock = new StepClock();
    const lane = new Lane();
    const never = new AbortController().signal;
    const controller = new AbortController();
    const first = lane.run(never, () => clock.sleep(1000));
    const second = lane.run(controller.signal, () => clock.sleep(1000));
    const third = lane.run(never, async () => clock.now());
    controller.abort('non');
    await expect(second).rejects.toBe('non');
    await clock.run(first);
    expect(await clock.run(third)).toBe(1000);
  });
});

describe('linkSignals', () => {
  it('aborts with the reason of whichever source aborts, and detaches', () => {
    const a = new AbortController();
    const b = new AbortController();
    const linked = linkSignals(a.signal, b.signal);
    b.abort('b');
    expect(linked.signal.reason).toBe('b');
    a.abort('a');
    expect(linked.signal.reason).toBe('b');
  });

  it('is aborted at once when a source already is', () => {
    const a = new AbortController();
    a.abort('déjà');
    expect(linkSignals(new AbortController().signal, a.signal).signal.reason).toBe('déjà');
  });

  it('does not abort after dispose', () => {
    const a = new AbortController();
    const linked = linkSignals(a.signal, new AbortController().signal);
    linked.dispose();
    a.abort();
    expect(linked.signal.aborted).toBe(false);
  });
});

describe('Listeners', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('calls every listener with its own value, even when one throws, and re-throws that error later', async () => {
    const thrown: unknown[] = [];
    vi.spyOn(globalThis, 'queueMicrotask').mockImplementation((task) => {
      try {
        task();
      } catch (error) {
        thrown.push(error);
      }
    });
    const listeners = new Listeners<{ n: number }>();
    const seen: { n: number }[] = [];
    const failure = new Error('listener');
    listeners.add(() => {
      throw failure;
    });
    const remove = listeners.add((value) => seen.push(value));
    let n = 0;
    listeners.emit(() => ({ n: n++ }));
    await settle();
    expect(seen).toEqual([{ n: 1 }]);
    expect(thrown).toEqual([failure]);
    remove();
    expect(listeners.size).toBe(1);
  });
});
