/**
 * A test client for the bridge's WebSocket API: sends messages, and waits for the next message that
 * matches, with a timeout (a test never hangs on a message that does not come).
 */
import { WebSocket } from 'ws';
import { type ServerMessage, ServerMessageSchema } from '../../bridge/src/protocol/messages.ts';

export class TestClient {
  readonly messages: ServerMessage[] = [];
  readonly #waiters = new Set<{
    match: (m: ServerMessage) => boolean;
    resolve: (m: ServerMessage) => void;
  }>();
  #cursor = 0;
  closeCode: number | null = null;

  private constructor(readonly ws: WebSocket) {
    ws.on('message', (data) => {
      // Every message the bridge sends must follow the protocol's own schema.
      const message = ServerMessageSchema.parse(JSON.parse(String(data)));
      this.messages.push(message);
      for (const waiter of this.#waiters) {
        if (waiter.match(message)) {
          this.#waiters.delete(waiter);
          waiter.resolve(message);
        }
      }
    });
    ws.on('close', (code) => {
      this.closeCode = code;
    });
  }

  static async connect(url: string, headers: Record<string, string> = {}): Promise<TestClient> {
    const ws = new WebSocket(`${url.replace(/^http/, 'ws')}/ws`, { headers });
    await new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
    });
    return new TestClient(ws);
  }

  static async greeted(url: string): Promise<TestClient> {
    const client = await TestClient.connect(url);
    client.send({ type: 'hello', id: 'hello', protocol: 1 });
    await client.next((m) => m.type === 'welcome');
    return client;
  }

  send(message: unknown): void {
    this.ws.send(typeof message === 'string' ? message : JSON.stringify(message));
  }

  /** The next message (after the ones already taken by `next`) that matches. */
  next<T extends ServerMessage = ServerMessage>(
    match: (m: ServerMessage) => boolean,
    timeoutMs = 5_000,
  ): Promise<T> {
    for (; this.#cursor < this.messages.length; this.#cursor++) {
      const message = this.messages[this.#cursor];
      if (message && match(message)) {
        this.#cursor++;
        return Promise.resolve(message as T);
      }
    }
    this.#cursor = this.messages.length;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#waiters.delete(waiter);
        reject(
          new Error(
            `no matching message within ${timeoutMs} ms; got ${JSON.stringify(this.messages.slice(-5))}`,
          ),
        );
      }, timeoutMs);
      const waiter = {
        match,
        resolve: (m: ServerMessage) => {
          clearTimeout(timer);
          this.#cursor = this.messages.length;
          resolve(m as T);
        },
      };
      this.#waiters.add(waiter);
    });
  }

  /** Sends a request with an id and waits for the answer with that id. */
  async request<T extends ServerMessage = ServerMessage>(
    message: Record<string, unknown>,
    id: string,
  ): Promise<T> {
    this.send({ ...message, id });
    return this.next<T>((m) => 'id' in m && m.id === id);
  }

  close(): Promise<void> {
    if (this.ws.readyState === WebSocket.CLOSED) return Promise.resolve();
    return new Promise((resolve) => {
      this.ws.once('close', () => resolve());
      this.ws.close();
    });
  }
}
