/**
 * A Transport for tests: what the driver writes is recorded (and handed to an optional peer function
 * that plays the device), and the test pushes bytes in as the device would, split as it likes.
 */
import type { Transport, TransportState } from './transport.ts';

export class MockTransport implements Transport {
  readonly written: Uint8Array[] = [];
  #state: TransportState = 'closed';
  readonly #data = new Set<(chunk: Uint8Array) => void>();
  readonly #states = new Set<(state: TransportState, error?: Error) => void>();

  constructor(
    readonly description = 'mock',
    /** Plays the device: called with each write, may call `push` to answer. */
    private readonly peer?: (data: Uint8Array, transport: MockTransport) => void,
  ) {}

  get state(): TransportState {
    return this.#state;
  }

  async open(): Promise<void> {
    this.#set('open');
  }

  async write(data: Uint8Array): Promise<void> {
    if (this.#state !== 'open') throw new Error(`mock transport is ${this.#state}`);
    this.written.push(data.slice());
    this.peer?.(data, this);
  }

  async close(): Promise<void> {
    if (this.#state !== 'closed') this.#set('closed');
  }

  /** Bytes from the device. */
  push(chunk: Uint8Array | string): void {
    const bytes = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk;
    for (const listener of this.#data) listener(bytes);
  }

  /** The device goes away (cable pulled, process killed). */
  drop(error = new Error('device lost')): void {
    this.#set('closed', error);
  }

  /** Everything written so far, as one byte array. */
  allWritten(): Uint8Array {
    const total = this.written.reduce((n, chunk) => n + chunk.length, 0);
    const all = new Uint8Array(total);
    let offset = 0;
    for (const chunk of this.written) {
      all.set(chunk, offset);
      offset += chunk.length;
    }
    return all;
  }

  onData(listener: (chunk: Uint8Array) => void): () => void {
    this.#data.add(listener);
    return () => this.#data.delete(listener);
  }

  onStateChange(listener: (state: TransportState, error?: Error) => void): () => void {
    this.#states.add(listener);
    return () => this.#states.delete(listener);
  }

  #set(state: TransportState, error?: Error): void {
    this.#state = state;
    for (const listener of this.#states) listener(state, error);
  }
}
