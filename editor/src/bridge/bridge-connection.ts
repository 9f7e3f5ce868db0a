/**
 * The tablet's link to the bridge: one WebSocket to `/ws` speaking protocol v1 (docs/protocol.md), as
 * a Lit reactive controller. The element that owns it re-renders whenever the status or the robots
 * change.
 *
 * Contracts:
 * - One status value: `idle` (not wanted: the host is not in the page), `connecting` (socket opening or
 *   hello sent), `connected` (the bridge answered `welcome`), `error` (the link dropped or failed; a new
 *   attempt is scheduled).
 * - On open, `hello` with our protocol version, before anything else.
 * - Every request gets an id and a timeout; every pending request is rejected when the socket closes.
 * - Lost links come back by themselves, after 0.5 s, 1 s, 2 s … up to 10 s between attempts; a
 *   successful welcome resets the delay. A tablet waking up or coming back online retries at once.
 * - Every frame received is checked against the protocol's schemas. A frame that fails is reported
 *   (console and `lastProblem`) and, if it answers a request, rejects that request; it is never acted on.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  type ClientMessage,
  PROTOCOL_VERSION,
  type RobotInfo,
  type ServerMessage,
  ServerMessageSchema,
} from '../../../bridge/src/protocol/messages.ts';
import type { Language } from '../../../program/src/i18n.ts';
import type { Program } from '../../../program/src/schema.ts';
import { type EditorMessageKey, t } from '../i18n/index.ts';

export type ConnectionStatus = 'idle' | 'connecting' | 'connected' | 'error';

/** What the controller uses of a WebSocket: the browser's has it, tests pass a fake. */
export interface SocketLike {
  send(data: string): void;
  close(code?: number, reason?: string): void;
  addEventListener(type: 'open', listener: () => void): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  addEventListener(type: 'close', listener: (event: { code: number; reason: string }) => void): void;
}

export interface BridgeConnectionOptions {
  /** `ws://host:port/ws`; see `bridgeSocketUrl`. */
  url: string;
  /** The language of the bridge's messages to us. */
  lang?: Language;
  /** How long a request may wait for its answer, ms. */
  requestTimeoutMs?: number;
  /** Delay before the first new attempt, ms; doubled at each failure up to `retryMaxMs`. */
  retryFirstMs?: number;
  retryMaxMs?: number;
  createSocket?: (url: string) => SocketLike;
}

type Reply<T extends ServerMessage['type']> = Extract<ServerMessage, { type: T }>;
type ErrorReply = Reply<'error'>;
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
export type BridgeRequest = DistributiveOmit<ClientMessage, 'id'>;

/** Codes of the editor's own connection errors; the bridge's codes come in its `error` replies. */
export type ConnectionErrorCode =
  | 'CONNECTION_CLOSED'
  | 'CONNECTION_TIMEOUT'
  | 'CONNECTION_NOT_READY'
  | 'CONNECTION_BAD_REPLY';

const CONNECTION_MESSAGES: Record<ConnectionErrorCode, EditorMessageKey> = {
  CONNECTION_CLOSED: 'bridge.closed',
  CONNECTION_TIMEOUT: 'bridge.timeout',
  CONNECTION_NOT_READY: 'bridge.not_connected',
  CONNECTION_BAD_REPLY: 'bridge.bad_reply',
};

/** A request that did not succeed: refused by the bridge (its code and message) or lost on the way. */
export class BridgeError extends Error {
  readonly code: string;
  /** For a refused program: each problem with its block. */
  readonly problems: NonNullable<ErrorReply['problems']>;

  constructor(
    code: string,
    message: string,
    options: { problems?: ErrorReply['problems']; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? {} : { cause: options.cause });
    this.name = 'BridgeError';
    this.code = code;
    this.problems = options.problems ?? [];
  }

  static fromReply(reply: ErrorReply): BridgeError {
    return new BridgeError(reply.code, reply.message, { problems: reply.problems });
  }

  static local(code: ConnectionErrorCode, cause?: unknown): BridgeError {
    return new BridgeError(code, t(CONNECTION_MESSAGES[code]), { cause });
  }
}

interface Pending {
  resolve: (reply: ServerMessage) => void;
  reject: (error: BridgeError) => void;
  timer: ReturnType<typeof setTimeout>;
}

/** The WebSocket address of the bridge that served this page. */
export function bridgeSocketUrl(location: { protocol: string; host: string }): string {
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}/ws`;
}

export class BridgeConnection implements ReactiveController {
  status: ConnectionStatus = 'idle';
  /** Every robot the bridge offers, kept live by `robot.state` events. */
  robots: readonly RobotInfo[] = [];
  bridge: { name: string; version: string } | null = null;
  /** The last thing that went wrong with the link, in the page's language, for the status line. */
  lastProblem: string | null = null;

  readonly #host: ReactiveControllerHost;
  readonly #url: string;
  readonly #lang: Language | undefined;
  readonly #requestTimeoutMs: number;
  readonly #retryFirstMs: number;
  readonly #retryMaxMs: number;
  readonly #createSocket: (url: string) => SocketLike;
  readonly #pending = new Map<string, Pending>();
  readonly #listeners = new Set<(message: ServerMessage) => void>();
  #socket: SocketLike | null = null;
  #wanted = false;
  #failures = 0;
  #retryTimer: ReturnType<typeof setTimeout> | null = null;
  #nextId = 1;

  constructor(host: ReactiveControllerHost, options: BridgeConnectionOptions) {
    this.#host = host;
    this.#url = options.url;
    this.#lang = options.lang;
    this.#requestTimeoutMs = options.requestTimeoutMs ?? 8_000;
    this.#retryFirstMs = options.retryFirstMs ?? 500;
    this.#retryMaxMs = options.retryMaxMs ?? 10_000;
    this.#createSocket = options.createSocket ?? ((url) => new WebSocket(url));
    host.addController(this);
  }

  hostConnected(): void {
    this.#wanted = true;
    globalThis.addEventListener?.('online', this.#retryNow);
    globalThis.document?.addEventListener('visibilitychange', this.#retryNow);
    this.#open();
  }

  hostDisconnected(): void {
    this.#wanted = false;
    globalThis.removeEventListener?.('online', this.#retryNow);
    globalThis.document?.removeEventListener('visibilitychange', this.#retryNow);
    this.#clearRetry();
    const socket = this.#socket;
    this.#detach(BridgeError.local('CONNECTION_CLOSED'));
    socket?.close(1000, 'page closed');
    this.#setStatus('idle');
  }

  /** Called with every valid message from the bridge (events and replies). Returns the unsubscriber. */
  subscribe(listener: (message: ServerMessage) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Sends a request; resolves with the bridge's answer, rejects with a `BridgeError`. */
  request(message: BridgeRequest): Promise<ServerMessage> {
    if (this.status !== 'connected') return Promise.reject(BridgeError.local('CONNECTION_NOT_READY'));
    return this.#send(message);
  }

  /** Starts `program` on a robot; resolves when the bridge has started it. */
  async run(robotId: string, program: Program): Promise<Reply<'run.started'>> {
    return replyOf('run.started', await this.request({ type: 'run', robotId, program }));
  }

  /** Stops a robot; resolves once the bridge says it is safe. */
  async stop(robotId: string): Promise<Reply<'stopped'>> {
    return replyOf('stopped', await this.request({ type: 'stop', robotId }));
  }

  // ── The socket ─────────────────────────────────────────────────────────────────────────────────

  #open(): void {
    if (!this.#wanted || this.#socket) return;
    this.#clearRetry();
    this.#setStatus('connecting');
    let socket: SocketLike;
    try {
      socket = this.#createSocket(this.#url);
    } catch (error) {
      // A malformed address, or a browser that refuses the connection outright.
      this.#fail(error);
      return;
    }
    this.#socket = socket;
    socket.addEventListener('open', () => {
      if (this.#socket === socket) void this.#greet(socket);
    });
    socket.addEventListener('message', (event) => {
      if (this.#socket === socket) this.#receive(event.data);
    });
    socket.addEventListener('close', (event) => {
      if (this.#socket !== socket) return;
      this.#detach(BridgeError.local('CONNECTION_CLOSED', { code: event.code, reason: event.reason }));
      this.#fail(new Error(`socket closed (${event.code}${event.reason ? `: ${event.reason}` : ''})`));
    });
  }

  async #greet(socket: SocketLike): Promise<void> {
    try {
      const hello: BridgeRequest =
        this.#lang === undefined
          ? { type: 'hello', protocol: PROTOCOL_VERSION }
          : { type: 'hello', protocol: PROTOCOL_VERSION, lang: this.#lang };
      const welcome = replyOf('welcome', await this.#send(hello));
      this.robots = welcome.robots;
      this.bridge = welcome.bridge;
      this.lastProblem = null;
      this.#failures = 0;
      this.#setStatus('connected');
    } catch (error) {
      if (this.#socket !== socket) return;
      // Wrong protocol version, or no answer: drop this socket and try again later.
      this.lastProblem = error instanceof Error ? error.message : String(error);
      console.error('bridge: hello failed', error);
      socket.close(1000, 'hello failed');
    }
  }

  #send(message: BridgeRequest): Promise<ServerMessage> {
    const socket = this.#socket;
    if (!socket) return Promise.reject(BridgeError.local('CONNECTION_NOT_READY'));
    const id = `r${this.#nextId++}`;
    return new Promise<ServerMessage>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#pending.delete(id);
        reject(BridgeError.local('CONNECTION_TIMEOUT', { request: message.type, id }));
      }, this.#requestTimeoutMs);
      this.#pending.set(id, { resolve, reject, timer });
      try {
        socket.send(JSON.stringify({ ...message, id }));
      } catch (error) {
        this.#settle(id, BridgeError.local('CONNECTION_CLOSED', error));
      }
    });
  }

  #receive(data: unknown): void {
    let raw: unknown;
    try {
      raw = JSON.parse(String(data));
    } catch (error) {
      this.#reportBadFrame(data, error);
      return;
    }
    const parsed = ServerMessageSchema.safeParse(raw);
    if (!parsed.success) {
      this.#reportBadFrame(raw, parsed.error);
      const id = isRecord(raw) ? raw.id : undefined;
      if (typeof id === 'string') this.#settle(id, BridgeError.local('CONNECTION_BAD_REPLY', parsed.error));
      return;
    }
    const message = parsed.data;
    if ('id' in message && typeof message.id === 'string') {
      this.#settle(message.id, message.type === 'error' ? BridgeError.fromReply(message) : message);
    }
    this.#track(message);
    for (const listener of this.#listeners) {
      try {
        listener(message);
      } catch (error) {
        // One faulty listener must not keep the others (or the robot's state) from updating.
        console.error('bridge: a message listener failed', error);
      }
    }
  }

  /** Keeps `robots` up to date. */
  #track(message: ServerMessage): void {
    if (message.type === 'robots') {
      this.robots = message.robots;
    } else if (message.type === 'robot.state') {
      this.robots = this.robots.map((robot) =>
        robot.id === message.robotId
          ? { ...robot, status: message.status, runId: message.runId, state: message.state }
          : robot,
      );
    } else {
      return;
    }
    this.#host.requestUpdate();
  }

  #settle(id: string, outcome: ServerMessage | BridgeError): void {
    const pending = this.#pending.get(id);
    if (!pending) return;
    this.#pending.delete(id);
    clearTimeout(pending.timer);
    if (outcome instanceof BridgeError) pending.reject(outcome);
    else pending.resolve(outcome);
  }

  #reportBadFrame(frame: unknown, cause: unknown): void {
    this.lastProblem = t('bridge.bad_reply');
    console.error('bridge: frame refused', frame, cause);
    this.#host.requestUpdate();
  }

  /** Forgets the socket and rejects everything that waited on it. */
  #detach(reason: BridgeError): void {
    this.#socket = null;
    for (const id of [...this.#pending.keys()]) this.#settle(id, reason);
  }

  #fail(cause: unknown): void {
    this.#socket = null;
    if (!this.#wanted) return;
    this.lastProblem ??= t('bridge.closed');
    console.warn('bridge: link lost, retrying', cause);
    const delay = Math.min(this.#retryMaxMs, this.#retryFirstMs * 2 ** this.#failures);
    this.#failures++;
    this.#clearRetry();
    this.#retryTimer = setTimeout(() => {
      this.#retryTimer = null;
      this.#open();
    }, delay);
    this.#setStatus('error');
  }

  readonly #retryNow = (): void => {
    if (globalThis.document?.visibilityState === 'hidden') return;
    if (this.status === 'error') this.#open();
  };

  #clearRetry(): void {
    if (this.#retryTimer !== null) clearTimeout(this.#retryTimer);
    this.#retryTimer = null;
  }

  #setStatus(status: ConnectionStatus): void {
    this.status = status;
    this.#host.requestUpdate();
  }
}

function replyOf<T extends ServerMessage['type']>(type: T, reply: ServerMessage): Reply<T> {
  if (reply.type !== type)
    throw BridgeError.local('CONNECTION_BAD_REPLY', { expected: type, got: reply.type });
  return reply as Reply<T>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
