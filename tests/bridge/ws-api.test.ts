/**
 * The bridge's WebSocket API, end to end over a real socket on 127.0.0.1: the good paths, and every bad
 * input the walking-skeleton issue names (invalid programs, unknown robot, busy robot, garbage and
 * oversized frames, a tablet leaving mid-run, a foreign origin), each with its coded answer, while the
 * bridge keeps serving everyone else.
 */

import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServerMessage } from '../../bridge/src/protocol/messages.ts';
import { type Bridge, startBridge } from '../../bridge/src/server.ts';
import { rawProgram } from '../../program/src/test-support/programs.ts';
import { TestClient } from './ws-client.ts';

type Of<T extends ServerMessage['type']> = Extract<ServerMessage, { type: T }>;

const square = rawProgram([
  { id: 'b1', op: 'move', direction: 'forward', steps: 2 },
  { id: 'b2', op: 'turn', direction: 'right' },
  { id: 'b3', op: 'move', direction: 'forward', steps: 1 },
  { id: 'b4', op: 'light', color: 'green' },
]);

const forever = rawProgram([
  {
    id: 'f1',
    op: 'forever',
    do: [
      { id: 'f2', op: 'move', direction: 'forward', steps: 1 },
      { id: 'f3', op: 'move', direction: 'backward', steps: 1 },
    ],
  },
]);

let bridge: Bridge;
const clients: TestClient[] = [];
const logs: string[] = [];

async function client(): Promise<TestClient> {
  const c = await TestClient.greeted(bridge.url);
  clients.push(c);
  return c;
}

beforeAll(async () => {
  bridge = await startBridge({
    port: 0,
    host: '127.0.0.1',
    editorDir: null,
    // Fast robots: the behaviour is the same, the test does not wait a second per step.
    virtualRobotTiming: { stepMs: 40, turnMs: 20 },
    log: (line) => logs.push(line),
  });
});

afterAll(async () => {
  await Promise.all(clients.map((c) => c.close()));
  await bridge.close();
});

describe('hello and robots', () => {
  it('welcomes a client with the protocol version and four virtual robots on their mats', async () => {
    const c = await TestClient.connect(bridge.url);
    clients.push(c);
    const welcome = await c.request<Of<'welcome'>>({ type: 'hello', protocol: 1 }, 'h');
    expect(welcome.protocol).toBe(1);
    expect(welcome.bridge.name).toBe('atelier-robots');
    expect(welcome.robots).toHaveLength(4);
    for (const robot of welcome.robots) {
      expect(robot.transport).toBe('virtual');
      expect(robot.profile).toBe('virtual-floor-robot');
      expect(robot.status).toBe('idle');
      expect(robot.world?.size).toEqual({ width: 7, height: 7 });
      expect(robot.state).toMatchObject({ x: 0, y: 0, heading: 0 });
    }
  });

  it('lists robots on request', async () => {
    const c = await client();
    const answer = await c.request<Of<'robots'>>({ type: 'robots.list' }, 'l');
    expect(answer.robots.map((r) => r.id)).toEqual(['virtual-1', 'virtual-2', 'virtual-3', 'virtual-4']);
  });

  it('refuses another protocol version, and any request before hello', async () => {
    const c = await TestClient.connect(bridge.url);
    clients.push(c);
    const early = await c.request<Of<'error'>>({ type: 'robots.list' }, 'early');
    expect(early.code).toBe('PROTOCOL_HELLO_FIRST');
    const wrong = await c.request<Of<'error'>>({ type: 'hello', protocol: 99 }, 'v');
    expect(wrong.code).toBe('PROTOCOL_VERSION_UNSUPPORTED');
    expect(wrong.message).toContain('99');
  });
});

describe('running a program', () => {
  it('runs on a virtual robot: steps with block ids, live states, done with the final state', async () => {
    const c = await client();
    const started = await c.request<Of<'run.started'>>(
      { type: 'run', robotId: 'virtual-1', program: square },
      'r',
    );
    expect(started.robotId).toBe('virtual-1');
    const done = await c.next<Of<'run.done'>>((m) => m.type === 'run.done' && m.runId === started.runId);
    expect(done.reason).toBe('finished');
    expect(done.state).toMatchObject({ x: 1, y: 2, heading: 90, light: '#00ff00' });
    const steps = c.messages.filter(
      (m): m is Of<'run.step'> => m.type === 'run.step' && m.runId === started.runId,
    );
    expect(steps.map((s) => s.blockId)).toEqual(['b1', 'b2', 'b3', 'b4']);
    const states = c.messages.filter(
      (m): m is Of<'robot.state'> => m.type === 'robot.state' && m.robotId === 'virtual-1',
    );
    // One state per cell reached at least: (0,1), (0,2), then (1,2).
    const cells = states.map((s) => `${s.state?.x},${s.state?.y}`);
    expect(cells).toContain('0,1');
    expect(cells).toContain('0,2');
    expect(cells).toContain('1,2');
    const after = await c.request<Of<'robots'>>({ type: 'robots.list' }, 'after');
    expect(after.robots.find((r) => r.id === 'virtual-1')?.status).toBe('idle');
  });

  it('stops a running program at once', async () => {
    const c = await client();
    const started = await c.request<Of<'run.started'>>(
      { type: 'run', robotId: 'virtual-2', program: forever },
      'f',
    );
    await c.next((m) => m.type === 'run.step' && m.blockId === 'f3');
    const stopped = await c.request<Of<'stopped'>>({ type: 'stop', robotId: 'virtual-2' }, 's');
    expect(stopped.robotId).toBe('virtual-2');
    const done = c.messages.find(
      (m): m is Of<'run.done'> => m.type === 'run.done' && m.runId === started.runId,
    );
    expect(done?.reason).toBe('stopped');
    expect(done?.state?.moving).toBe(false);
  });

  it('restarts when the same tablet runs again, and refuses another tablet (ROBOT_BUSY)', async () => {
    const owner = await client();
    const other = await client();
    const first = await owner.request<Of<'run.started'>>(
      { type: 'run', robotId: 'virtual-3', program: forever },
      'a',
    );
    const busy = await other.request<Of<'error'>>(
      { type: 'run', robotId: 'virtual-3', program: square },
      'b',
    );
    expect(busy.code).toBe('ROBOT_BUSY');
    const second = await owner.request<Of<'run.started'>>(
      { type: 'run', robotId: 'virtual-3', program: square },
      'c',
    );
    expect(second.runId).not.toBe(first.runId);
    const firstDone = owner.messages.find(
      (m): m is Of<'run.done'> => m.type === 'run.done' && m.runId === first.runId,
    );
    expect(firstDone?.reason).toBe('stopped');
    const done = await owner.next<Of<'run.done'>>((m) => m.type === 'run.done' && m.runId === second.runId);
    expect(done.reason).toBe('finished');
    // The new run started from the start cell again.
    expect(done.state).toMatchObject({ x: 1, y: 2, heading: 90 });
  });

  it('stops the robot of a tablet that disconnects mid-run', async () => {
    const leaving = await TestClient.greeted(bridge.url);
    const watcher = await client();
    await leaving.request({ type: 'run', robotId: 'virtual-4', program: forever }, 'x');
    await watcher.next(
      (m) => m.type === 'robot.state' && m.robotId === 'virtual-4' && m.status === 'running',
    );
    leaving.ws.terminate();
    const idle = await watcher.next<Of<'robot.state'>>(
      (m) => m.type === 'robot.state' && m.robotId === 'virtual-4' && m.status === 'idle',
    );
    expect(idle.state?.moving).toBe(false);
  });
});

describe('bad programs', () => {
  it('reports every problem of an invalid program with its block', async () => {
    const c = await client();
    const program = {
      format: 'atelier.program',
      version: 1,
      scripts: [
        {
          id: 's1',
          when: { event: 'start' },
          do: [
            { id: 'p1', op: 'jump' },
            { id: 'p2', op: 'move', direction: 'forward', steps: 'loin' },
          ],
        },
      ],
    };
    const error = await c.request<Of<'error'>>({ type: 'run', robotId: 'virtual-1', program }, 'bad');
    expect(error.code).toBe('PROGRAM_INVALID');
    const blocks = (error.problems ?? []).map((p) => p.blockId);
    expect(blocks).toContain('p1');
    expect(blocks).toContain('p2');
    for (const problem of error.problems ?? []) expect(problem.message.length).toBeGreaterThan(10);
  });

  it('refuses 5,000 nested repeats (what a 256 KiB frame holds) with a coded error, and keeps serving', async () => {
    const c = await client();
    // Written as text: JSON.stringify itself overflows the stack this deep. 10,000 levels would not fit
    // in a frame (the connection closes with 1009, tested below); the command line test takes those.
    const depth = 5_000;
    let body = '{"id":"leaf","op":"move","direction":"forward","steps":1}';
    body = `${'{"id":"n","op":"repeat","times":2,"do":['.repeat(depth)}${body}${']}'.repeat(depth)}`;
    const program = `{"format":"atelier.program","version":1,"scripts":[{"id":"s1","when":{"event":"start"},"do":[${body}]}]}`;
    c.send(`{"type":"run","id":"deep","robotId":"virtual-1","program":${program}}`);
    const error = await c.next<Of<'error'>>((m) => m.type === 'error' && m.id === 'deep');
    expect(error.code).toBe('PROGRAM_INVALID');
    expect(error.problems?.[0]?.code).toBe('PROGRAM_TOO_DEEP');
    const still = await c.request<Of<'robots'>>({ type: 'robots.list' }, 'still');
    expect(still.robots).toHaveLength(4);
  });

  it('refuses what the robot cannot do, naming the block (PROGRAM_UNSUPPORTED)', async () => {
    const c = await client();
    const program = {
      format: 'atelier.program',
      version: 1,
      scripts: [
        { id: 's1', when: { event: 'start' }, do: [{ id: 'm1', op: 'motors', left: 50, right: 50 }] },
      ],
    };
    const error = await c.request<Of<'error'>>({ type: 'run', robotId: 'virtual-1', program }, 'cap');
    expect(error.code).toBe('PROGRAM_UNSUPPORTED');
    expect(error.problems?.[0]?.blockId).toBe('m1');
  });

  it('answers an unknown robot with ROBOT_UNKNOWN', async () => {
    const c = await client();
    const error = await c.request<Of<'error'>>({ type: 'run', robotId: 'thymio-42', program: square }, 'u');
    expect(error.code).toBe('ROBOT_UNKNOWN');
    expect(error.message).toContain('thymio-42');
  });
});

describe('garbage on the wire', () => {
  it.each([
    ['not JSON', 'hello there', 'PROTOCOL_NOT_JSON'],
    ['a JSON number', '42', 'PROTOCOL_UNKNOWN_TYPE'],
    ['an unknown type', JSON.stringify({ type: 'fly' }), 'PROTOCOL_UNKNOWN_TYPE'],
    ['a run without robot', JSON.stringify({ type: 'run', program: {} }), 'PROTOCOL_INVALID_MESSAGE'],
    ['an extra field', JSON.stringify({ type: 'robots.list', secret: 1 }), 'PROTOCOL_INVALID_MESSAGE'],
  ])('answers %s with %s', async (_label, frame, code) => {
    const c = await client();
    c.send(frame);
    const error = await c.next<Of<'error'>>((m) => m.type === 'error');
    expect(error.code).toBe(code);
  });

  it('echoes the request id of a malformed message', async () => {
    const c = await client();
    c.send({ type: 'stop', id: 'mine' });
    const error = await c.next<Of<'error'>>((m) => m.type === 'error');
    expect(error).toMatchObject({ id: 'mine', code: 'PROTOCOL_INVALID_MESSAGE' });
  });

  it('answers a binary frame with PROTOCOL_BINARY_UNSUPPORTED', async () => {
    const c = await client();
    c.ws.send(Buffer.from([1, 2, 3]), { binary: true });
    const error = await c.next<Of<'error'>>((m) => m.type === 'error');
    expect(error.code).toBe('PROTOCOL_BINARY_UNSUPPORTED');
  });

  it('closes a connection that sends an oversized frame (1009), and serves the others', async () => {
    const big = await TestClient.greeted(bridge.url);
    const other = await client();
    big.send('x'.repeat(300 * 1024));
    await new Promise<void>((resolve) => big.ws.once('close', () => resolve()));
    expect(big.closeCode).toBe(1009);
    const still = await other.request<Of<'robots'>>({ type: 'robots.list' }, 'ok');
    expect(still.robots).toHaveLength(4);
  });
});

describe('vetting the connection', () => {
  function upgradeStatus(path: string, origin: string): Promise<number> {
    return new Promise((resolve, reject) => {
      const req = httpRequest(`${bridge.url}${path}`, {
        headers: {
          Connection: 'Upgrade',
          Upgrade: 'websocket',
          'Sec-WebSocket-Version': '13',
          'Sec-WebSocket-Key': 'dGhlIHNhbXBsZSBub25jZQ==',
          Origin: origin,
        },
      });
      req.on('upgrade', (res, socket) => {
        socket.destroy();
        resolve(res.statusCode ?? 0);
      });
      req.on('response', (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end();
    });
  }

  it('accepts the bridge’s own origin', async () => {
    expect(await upgradeStatus('/ws', bridge.url)).toBe(101);
  });

  it('refuses a page from another origin before the upgrade (403)', async () => {
    expect(await upgradeStatus('/ws', 'http://evil.example')).toBe(403);
  });

  it('refuses another path (404)', async () => {
    expect(await upgradeStatus('/other', bridge.url)).toBe(404);
  });
});
