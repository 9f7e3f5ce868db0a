import { describe, expect, it, vi } from 'vitest';
import { TimerQueue } from './clock/timer-queue.ts';
import { RealClock, VirtualClock } from './clock.ts';

describe('TimerQueue', () => {
  it('pops by due time, then by insertion order, skipping cancelled timers', () => {
    const queue = new TimerQueue();
    const fired: string[] = [];
    const add = (due: number, name: string) => queue.add(due, () => fired.push(name));
    add(30, 'c');
    add(10, 'a1');
    const cancelled = add(5, 'x');
    add(10, 'a2');
    add(20, 'b');
    add(10, 'a3');
    queue.cancel(cancelled);
    expect(queue.size).toBe(5);
    for (let t = queue.pop(); t !== undefined; t = queue.pop()) t.fire();
    expect(fired).toEqual(['a1', 'a2', 'a3', 'b', 'c']);
    expect(queue.size).toBe(0);
  });

  it('keeps heap order over many timers', () => {
    const queue = new TimerQueue();
    const dues = Array.from({ length: 500 }, (_, i) => (i * 7919) % 101);
    for (const due of dues) queue.add(due, () => {});
    const popped: number[] = [];
    for (let t = queue.pop(); t !== undefined; t = queue.pop()) popped.push(t.due);
    expect(popped).toEqual([...dues].sort((a, b) => a - b));
  });
});

describe('VirtualClock', () => {
  it('jumps from timer to timer, firing same-time timers in the order they were set', async () => {
    const clock = new VirtualClock();
    const log: string[] = [];
    const sleeper = async (name: string, ms: number) => {
      await clock.sleep(ms);
      log.push(`${name}@${clock.now()}`);
    };
    const all = Promise.all([sleeper('b', 20), sleeper('a1', 10), sleeper('a2', 10), sleeper('z', 0)]);
    expect(clock.now()).toBe(0);
    await expect(clock.advanceUntil(all, 1000)).resolves.toBe('settled');
    expect(log).toEqual(['z@0', 'a1@10', 'a2@10', 'b@20']);
    expect(clock.now()).toBe(20);
  });

  it('lets code woken by a timer set its next timer before jumping on', async () => {
    const clock = new VirtualClock();
    const log: string[] = [];
    const slow = (async () => {
      await clock.sleep(100);
      log.push(`slow@${clock.now()}`);
    })();
    const chained = (async () => {
      await clock.sleep(10);
      // Several awaits before the next sleep: still set before the clock moves on.
      await Promise.resolve();
      await Promise.resolve();
      await clock.sleep(10);
      log.push(`chained@${clock.now()}`);
    })();
    await clock.advanceUntil(Promise.all([slow, chained]), 1000);
    expect(log).toEqual(['chained@20', 'slow@100']);
  });

  it('stops at the limit, reading the limit, when the next timer is due later', async () => {
    const clock = new VirtualClock();
    let woke = false;
    const late = clock.sleep(5000).then(() => {
      woke = true;
    });
    await expect(clock.advanceUntil(late, 1000)).resolves.toBe('limit');
    expect(clock.now()).toBe(1000);
    expect(woke).toBe(false);
    await expect(clock.advanceUntil(late, 10_000)).resolves.toBe('settled');
    expect(clock.now()).toBe(5000);
  });

  it('fires a timer due exactly at the limit', async () => {
    const clock = new VirtualClock();
    await expect(clock.advanceUntil(clock.sleep(1000), 1000)).resolves.toBe('settled');
  });

  it("returns 'limit' when nothing is left that could move time", async () => {
    const clock = new VirtualClock();
    await expect(clock.advanceUntil(new Promise(() => {}), 250)).resolves.toBe('limit');
    expect(clock.now()).toBe(250);
  });

  it('settles on a rejected promise too', async () => {
    const clock = new VirtualClock();
    const failing = clock.sleep(10).then(() => {
      throw new Error('boom');
    });
    failing.catch(() => {});
    await expect(clock.advanceUntil(failing, 100)).resolves.toBe('settled');
  });

  it('rejects a sleep with the abort reason and removes its timer', async () => {
    const clock = new VirtualClock();
    const controller = new AbortController();
    const sleeping = clock.sleep(1000, controller.signal);
    expect(clock.pendingTimers).toBe(1);
    const reason = new Error('stop');
    controller.abort(reason);
    await expect(sleeping).rejects.toBe(reason);
    expect(clock.pendingTimers).toBe(0);
    await expect(clock.sleep(10, controller.signal)).rejects.toBe(reason);
  });

  it('treats negative and NaN durations as 0', async () => {
    const clock = new VirtualClock();
    await clock.advanceUntil(Promise.all([clock.sleep(-5), clock.sleep(Number.NaN)]), 10);
    expect(clock.now()).toBe(0);
  });

  it('refuses two advanceUntil at once', async () => {
    const clock = new VirtualClock();
    const first = clock.advanceUntil(clock.sleep(10), 100);
    await expect(clock.advanceUntil(clock.sleep(10), 100)).rejects.toThrow(/already running/);
    await expect(first).resolves.toBe('settled');
  });

  it('advanceBy moves time and fires what is due on the way', async () => {
    const clock = new VirtualClock();
    let fired = false;
    void clock.sleep(30).then(() => {
      fired = true;
    });
    await clock.advanceBy(50);
    expect(fired).toBe(true);
    expect(clock.now()).toBe(50);
  });

  it('advances through 5 minutes of 10 ms ticks (its speed is measured by npm run bench)', async () => {
    const clock = new VirtualClock();
    const ticks = async () => {
      for (let t = 0; t < 30_000; t += 1) await clock.sleep(10);
    };
    await expect(clock.advanceUntil(ticks(), 400_000)).resolves.toBe('settled');
    expect(clock.now()).toBe(300_000);
  });
});

describe('RealClock', () => {
  it('sleeps for real and measures time from its creation', async () => {
    const clock = new RealClock();
    const before = clock.now();
    expect(before).toBeGreaterThanOrEqual(0);
    await clock.sleep(30);
    expect(clock.now() - before).toBeGreaterThanOrEqual(29);
  });

  it('rejects with the reason as soon as the signal aborts, without waiting for the timer', async () => {
    const clock = new RealClock();
    const controller = new AbortController();
    const cleared = vi.spyOn(globalThis, 'clearTimeout');
    const sleeping = clock.sleep(60_000, controller.signal);
    setTimeout(() => controller.abort('enough'), 10);
    await expect(sleeping).rejects.toBe('enough');
    expect(cleared).toHaveBeenCalled();
    cleared.mockRestore();
  });

  it('rejects at once on an already aborted signal', async () => {
    const clock = new RealClock();
    await expect(clock.sleep(10, AbortSignal.abort('gone'))).rejects.toBe('gone');
  });
});
