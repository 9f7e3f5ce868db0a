import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { RobotInfo } from '../../../bridge/src/protocol/messages.ts';
import { fr } from '../i18n/fr.ts';
import { BridgeConnection, BridgeError, bridgeSocketUrl, type SocketLike } from './bridge-connection.ts';

/** A socket the test drives: it records what the page sends and delivers what the "bridge" says. */
class FakeSocket implements SocketLike {
  readonly sent: Record<string, unknown>[] = [];
  closed: { code?: number; reason?: string } | null = null;
  readonly #listeners = new Map<string, ((event: never) => void)[]>();

  constructor(readonly url: string) {}

  send(data: string): void {
    this.sent.push(JSON.parse(data) as Record<string, unknown>);
  }
  close(code?: number, reason?: string): void {
    this.closed = { ...(code === undefined ? {} : { code }), ...(reason === undefined ? {} : { reason }) };
  }
  addEventListener(type: string, listener: (event: never) => void): void {
    this.#listeners.set(type, [...(this.#listeners.get(type) ?? []), listener]);
  }

  #emit(type: string, event: unknown): void {
    for (const listener of this.#listeners.get(type) ?? []) (listener as (e: unknown) => void)(event);
  }
  open(): void {
    this.#emit('open', {});
  }
  receive(message: unknown): void {
    this.#emit('message', { data: typeof message === 'string' ? message : JSON.stringify(message) });
  }
  drop(code = 1006): void {
    this.#emit('close', { code, reason: '' });
  }
  last(): Record<string, unknown> {
    const message = this.sent.at(-1);
    if (!message) throw new Error('nothing sent');
    return message;
  }
}

class FakeHost implements ReactiveControllerHost {
  readonly controllers: ReactiveController[] = [];
  updates = 0;
  addController(controller: ReactiveController): void {
    this.controllers.push(controller);
  }
  removeController(): void {}
  requestUpdate(): void {
    this.updates++;
  }
  get updateComplete(): Promise<boolean> {
    return Promise.resolve(true);
  }
}

const robot = (id: string): RobotInfo => ({
  id,
  name: `Robot ${id}`,
  transport: 'virtual',
  profile: 'virtual-floor-robot',
  status: 'idle',
  runId: null,
  state: null,
  world: null,
});

const welcome = (id: unknown, robots: RobotInfo[] = [robot('virtual-1')]) => ({
  type: 'welcome',
  id,
  protocol: 1,
  bridge: { name: 'atelier-robots', version: '0.1.0' },
  robots,
});

let sockets: FakeSocket[];
let host: FakeHost;

function connection(options: { requestTimeoutMs?: number } = {}) {
  const conn = new BridgeConnection(host, {
    url: 'ws://bridge/ws',
    lang: 'fr',
    retryFirstMs: 500,
    retryMaxMs: 4_000,
    createSocket: (url) => {
      const socket = new FakeSocket(url);
      sockets.push(socket);
      return socket;
    },
    ...options,
  });
  return conn;
}

function socket(index = -1): FakeSocket {
  const found = sockets.at(index);
  if (!found) throw new Error('no socket');
  return found;
}

/** Opens the link and answers hello. */
async function connected(conn: BridgeConnection, robots?: RobotInfo[]) {
  conn.hostConnected();
  socket().open();
  socket().receive(welcome(socket().last().id, robots));
  await vi.waitFor(() => expect(conn.status).toBe('connected'));
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.spyOn(console, 'error').mockImplementation(() => {});
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  sockets = [];
  host = new FakeHost();
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('BridgeConnection', () => {
  test('registers with its host and stays idle until the host is in the page', () => {
    const conn = connection();
    expect(host.controllers).toEqual([conn]);
    expect(conn.status).toBe('idle');
    expect(sockets).toEqual([]);
  });

  test('says hello with the protocol version on open, and is connected after welcome', async () => {
    const conn = connection();
    conn.hostConnected();
    expect(conn.status).toBe('connecting');
    expect(socket().url).toBe('ws://bridge/ws');
    socket().open();
    expect(socket().sent).toEqual([{ type: 'hello', protocol: 1, lang: 'fr', id: expect.any(String) }]);
    socket().receive(welcome(socket().last().id));
    await vi.waitFor(() => expect(conn.status).toBe('connected'));
    expect(conn.robots.map((r) => r.id)).toEqual(['virtual-1']);
    expect(conn.bridge).toEqual({ name: 'atelier-robots', version: '0.1.0' });
    expect(host.updates).toBeGreaterThan(0);
  });

  test('matches answers to requests by id', async () => {
    const conn = connection();
    await connected(conn);
    const stop = conn.stop('virtual-1');
    const request = socket().last();
    expect(request).toMatchObject({ type: 'stop', robotId: 'virtual-1' });
    socket().receive({ type: 'stopped', id: 'someone-else', robotId: 'virtual-1' });
    socket().receive({ type: 'stopped', id: request.id, robotId: 'virtual-1' });
    await expect(stop).resolves.toMatchObject({ type: 'stopped', robotId: 'virtual-1' });
  });

  test("rejects with the bridge's code, message and problems when it refuses", async () => {
    const conn = connection();
    await connected(conn);
    const run = conn.run('virtual-1', { format: 'atelier.program', version: 1, scripts: [] });
    socket().receive({
      type: 'error',
      id: socket().last().id,
      code: 'PROGRAM_INVALID',
      message: "Le programme n'est pas valide : 1 problème(s).",
      problems: [{ code: 'X', message: 'Mauvais bloc', blockId: 'b1' }],
    });
    const error = await run.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BridgeError);
    expect(error).toMatchObject({
      code: 'PROGRAM_INVALID',
      problems: [{ blockId: 'b1', message: 'Mauvais bloc' }],
    });
  });

  test('a request that gets no answer times out', async () => {
    const conn = connection({ requestTimeoutMs: 1_000 });
    await connected(conn);
    const stop = conn.stop('virtual-1').catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(1_001);
    expect(await stop).toMatchObject({ code: 'CONNECTION_TIMEOUT', message: fr['bridge.timeout'] });
  });

  test('a request before the link is up is refused at once', async () => {
    const conn = connection();
    conn.hostConnected();
    await expect(conn.stop('virtual-1')).rejects.toMatchObject({ code: 'CONNECTION_NOT_READY' });
  });

  test('every pending request is rejected when the socket closes, and the link comes back with backoff', async () => {
    const conn = connection();
    await connected(conn);
    const first = conn.stop('virtual-1').catch((e: unknown) => e);
    const second = conn.stop('virtual-2').catch((e: unknown) => e);
    socket().drop();
    expect(await first).toMatchObject({ code: 'CONNECTION_CLOSED' });
    expect(await second).toMatchObject({ code: 'CONNECTION_CLOSED' });
    expect(conn.status).toBe('error');

    // 500 ms, then 1 s, then 2 s … between attempts, while the bridge stays away.
    expect(sockets).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(499);
    expect(sockets).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(sockets).toHaveLength(2);
    expect(conn.status).toBe('connecting');
    socket().drop();
    await vi.advanceTimersByTimeAsync(999);
    expect(sockets).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(sockets).toHaveLength(3);
    socket().drop();
    await vi.advanceTimersByTimeAsync(2_000);
    expect(sockets).toHaveLength(4);
    socket().drop();
    await vi.advanceTimersByTimeAsync(4_000);
    expect(sockets).toHaveLength(5);
    socket().drop();
    // Capped at retryMaxMs.
    await vi.advanceTimersByTimeAsync(4_000);
    expect(sockets).toHaveLength(6);

    // Back: hello again, and the delay starts over.
    socket().open();
    socket().receive(welcome(socket().last().id));
    await vi.waitFor(() => expect(conn.status).toBe('connected'));
    socket().drop();
    await vi.advanceTimersByTimeAsync(500);
    expect(sockets).toHaveLength(7);
  });

  test('a hello refused (another protocol version) closes the socket and tries again later', async () => {
    const conn = connection();
    conn.hostConnected();
    socket().open();
    socket().receive({
      type: 'error',
      id: socket().last().id,
      code: 'PROTOCOL_VERSION_UNSUPPORTED',
      message: 'Cette page parle la version 1 du protocole, le pont la version 2. Rechargez la page.',
    });
    await vi.waitFor(() => expect(socket().closed).not.toBeNull());
    expect(conn.lastProblem).toContain('Rechargez la page');
    socket().drop(1000);
    expect(conn.status).toBe('error');
    await vi.advanceTimersByTimeAsync(500);
    expect(sockets).toHaveLength(2);
  });

  test('frames that break the protocol are reported, never acted on', async () => {
    const conn = connection();
    await connected(conn);
    const heard: unknown[] = [];
    conn.subscribe((message) => heard.push(message));
    socket().receive('not json');
    socket().receive({ type: 'robot.state', robotId: 'virtual-1' });
    expect(heard).toEqual([]);
    expect(conn.lastProblem).toBe(fr['bridge.bad_reply']);
    expect(console.error).toHaveBeenCalled();

    // A malformed answer rejects its request instead of leaving it to time out.
    const stop = conn.stop('virtual-1').catch((e: unknown) => e);
    socket().receive({ type: 'stopped', id: socket().last().id });
    expect(await stop).toMatchObject({ code: 'CONNECTION_BAD_REPLY' });
  });

  test('robot.state events keep the robot list live and reach subscribers', async () => {
    const conn = connection();
    await connected(conn, [robot('virtual-1'), robot('virtual-2')]);
    const heard: string[] = [];
    const unsubscribe = conn.subscribe((message) => heard.push(message.type));
    const state = {
      kind: 'grid',
      x: 0,
      y: 1,
      heading: 0,
      light: '#000000',
      display: null,
      trail: [
        { x: 0, y: 0 },
        { x: 0, y: 1 },
      ],
      sounds: [],
      moving: true,
      bumped: false,
    } as const;
    socket().receive({ type: 'robot.state', robotId: 'virtual-2', status: 'running', runId: 'run-1', state });
    expect(conn.robots[1]).toMatchObject({ id: 'virtual-2', status: 'running', runId: 'run-1', state });
    expect(conn.robots[0]).toMatchObject({ id: 'virtual-1', status: 'idle' });
    expect(heard).toEqual(['robot.state']);
    unsubscribe();
    socket().receive({ type: 'robot.state', robotId: 'virtual-2', status: 'idle', runId: null, state });
    expect(heard).toEqual(['robot.state']);
  });

  test('leaving the page closes the socket and stops retrying', async () => {
    const conn = connection();
    await connected(conn);
    const pending = conn.stop('virtual-1').catch((e: unknown) => e);
    const first = socket();
    conn.hostDisconnected();
    expect(first.closed).toEqual({ code: 1000, reason: 'page closed' });
    expect(await pending).toMatchObject({ code: 'CONNECTION_CLOSED' });
    expect(conn.status).toBe('idle');
    first.drop(1000);
    await vi.advanceTimersByTimeAsync(20_000);
    expect(sockets).toHaveLength(1);
  });

  test('the socket address follows the page: ws on http, wss on https', () => {
    expect(bridgeSocketUrl({ protocol: 'http:', host: '192.168.1.10:8080' })).toBe(
      'ws://192.168.1.10:8080/ws',
    );
    expect(bridgeSocketUrl({ protocol: 'https:', host: 'ecole.local' })).toBe('wss://ecole.local/ws');
  });
});
