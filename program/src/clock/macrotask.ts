/**
 * "Let everything that is already queued run": resolves on the next macrotask, after every pending
 * microtask (every resolved promise's continuation) has run.
 *
 * Not `setTimeout(0)`: browsers clamp nested timeouts to 4 ms, which would make the virtual clock crawl.
 * Node has `setImmediate`; browsers have `MessageChannel`, whose messages are macrotasks without clamp.
 */

type Scheduler = (callback: () => void) => void;

interface MessagePortLike {
  onmessage: ((event: unknown) => void) | null;
  postMessage(message: unknown): void;
}
interface MessageChannelLike {
  port1: MessagePortLike;
  port2: MessagePortLike;
}

function channelScheduler(Channel: new () => MessageChannelLike): Scheduler {
  const channel = new Channel();
  const queue: Array<() => void> = [];
  channel.port1.onmessage = () => {
    queue.shift()?.();
  };
  return (callback) => {
    queue.push(callback);
    channel.port2.postMessage(null);
  };
}

/** A scheduler of macrotasks for this environment. */
export function macrotaskScheduler(): Scheduler {
  const scope = globalThis as {
    setImmediate?: (callback: () => void) => unknown;
    MessageChannel?: new () => MessageChannelLike;
  };
  const { setImmediate } = scope;
  if (typeof setImmediate === 'function') return (callback) => void setImmediate(callback);
  if (typeof scope.MessageChannel === 'function') return channelScheduler(scope.MessageChannel);
  return (callback) => void setTimeout(callback, 0);
}
