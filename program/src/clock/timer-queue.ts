/**
 * The virtual clock's pending timers: a binary min-heap ordered by (due time, insertion order), so that
 * timers due at the same moment fire in the order they were set — the property that makes runs on the
 * virtual clock deterministic. Cancelled timers are removed lazily, when they reach the top.
 */

export interface Timer {
  readonly due: number;
  readonly seq: number;
  cancelled: boolean;
  readonly fire: () => void;
}

function before(a: Timer, b: Timer): boolean {
  return a.due < b.due || (a.due === b.due && a.seq < b.seq);
}

export class TimerQueue {
  readonly #heap: Timer[] = [];
  #seq = 0;
  #live = 0;

  /** Number of timers not cancelled. */
  get size(): number {
    return this.#live;
  }

  add(due: number, fire: () => void): Timer {
    const timer: Timer = { due, seq: this.#seq, cancelled: false, fire };
    this.#seq += 1;
    this.#live += 1;
    const heap = this.#heap;
    heap.push(timer);
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const up = heap[parent];
      if (up === undefined || !before(timer, up)) break;
      heap[i] = up;
      i = parent;
    }
    heap[i] = timer;
    return timer;
  }

  cancel(timer: Timer): void {
    if (timer.cancelled) return;
    timer.cancelled = true;
    this.#live -= 1;
  }

  /** The earliest live timer, without removing it. */
  peek(): Timer | undefined {
    this.#dropCancelled();
    return this.#heap[0];
  }

  /** Removes and returns the earliest live timer. */
  pop(): Timer | undefined {
    this.#dropCancelled();
    const top = this.#removeTop();
    if (top !== undefined) this.#live -= 1;
    return top;
  }

  #dropCancelled(): void {
    for (let top = this.#heap[0]; top?.cancelled; top = this.#heap[0]) this.#removeTop();
  }

  #removeTop(): Timer | undefined {
    const heap = this.#heap;
    const top = heap[0];
    const last = heap.pop();
    if (top === undefined || last === undefined || heap.length === 0) return top;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let smallest = last;
      let at = i;
      const l = heap[left];
      const r = heap[right];
      if (l !== undefined && before(l, smallest)) {
        smallest = l;
        at = left;
      }
      if (r !== undefined && before(r, smallest)) {
        smallest = r;
        at = right;
      }
      if (at === i) break;
      heap[i] = smallest;
      i = at;
    }
    heap[i] = last;
    return top;
  }
}
