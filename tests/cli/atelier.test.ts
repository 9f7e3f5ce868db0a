/**
 * The `atelier` command line as a newcomer uses it: `npx atelier run prog.json --device virtual:grid
 * --json`, `atelier devices`, `atelier compile`, and their bad paths. The first tests spawn the real
 * command; the others call `main` in-process with captured output (same code, faster).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../bridge/src/cli/main.ts';
import type { CliOutput } from '../../bridge/src/cli/output.ts';
import { rawProgram, SPEC_SQUARE } from '../../program/src/test-support/programs.ts';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'atelier-cli-'));
const file = (name: string, content: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
};

const square = SPEC_SQUARE;

async function capture(argv: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliOutput = { out: (l) => out.push(l), err: (l) => err.push(l) };
  const code = await main(argv, io);
  return { code, out, err };
}

describe('atelier run --device virtual:grid --json (spawned)', { timeout: 90_000 }, () => {
  let lines: Record<string, unknown>[];
  beforeAll(async () => {
    const path = file(
      'path.json',
      rawProgram([
        { id: 'm1', op: 'move', direction: 'forward', steps: 2 },
        { id: 't1', op: 'turn', direction: 'right' },
        { id: 'm2', op: 'move', direction: 'forward', steps: 3 },
      ]),
    );
    const { stdout } = await run('node', [
      'bin/atelier.js',
      'run',
      path,
      '--device',
      'virtual:grid',
      '--json',
    ]);
    lines = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  });

  it('prints one step event per statement, with its block id', () => {
    expect(lines.filter((l) => l.event === 'step').map((l) => l.blockId)).toEqual(['m1', 't1', 'm2']);
  });

  it('ends with done and the final state: x, y, heading, light, display', () => {
    const done = lines.at(-1);
    expect(done?.event).toBe('done');
    expect(done?.state).toMatchObject({ x: 3, y: 2, heading: 90, light: '#000000', display: null });
  });

  it('exits 0 and prints French sentences without --json', async () => {
    const path = file('square.json', square);
    const { stdout } = await run('node', ['bin/atelier.js', 'run', path, '--device', 'virtual:grid']);
    expect(stdout).toContain('Programme terminé');
    expect(stdout).toContain('x=0, y=0, orientation 0°');
  });

  it('exits non-zero with a coded French error for a program that is not JSON', async () => {
    const path = file('broken.json', '{ "format": ');
    const failure = await run('node', [
      'bin/atelier.js',
      'run',
      path,
      '--device',
      'virtual:grid',
      '--json',
    ]).catch((error: { code: number; stdout: string }) => error);
    expect('code' in failure && failure.code).toBe(1);
    const first = JSON.parse(String(failure.stdout).split('\n')[0] ?? '{}') as Record<string, unknown>;
    expect(first).toMatchObject({ event: 'error', code: 'PROGRAM_NOT_JSON' });
  });
});

describe('atelier run (in-process)', () => {
  it('runs the spec’s square and happy tune back to the start, light green', async () => {
    const { code, out } = await capture([
      'run',
      file('sq.json', square),
      '--device',
      'virtual:grid',
      '--json',
    ]);
    expect(code).toBe(0);
    const done = JSON.parse(out.at(-1) ?? '{}') as { state: Record<string, unknown>; reason: string };
    expect(done.reason).toBe('finished');
    expect(done.state).toMatchObject({ x: 0, y: 0, heading: 0, light: '#00ff00' });
    expect((done.state.sounds as { sound: string }[]).map((s) => s.sound)).toContain('melody:happy');
  });

  it('ends a forgotten forever at the time limit, in virtual time, exit 0', async () => {
    const forever = rawProgram([{ id: 'f', op: 'forever', do: [{ id: 'w', op: 'wait', seconds: 1 }] }]);
    const { code, out } = await capture([
      'run',
      file('forever.json', forever),
      '--device',
      'virtual:grid',
      '--json',
      '--time-limit',
      '60',
    ]);
    expect(code).toBe(0);
    expect(JSON.parse(out.at(-1) ?? '{}')).toMatchObject({ event: 'done', reason: 'time_limit' });
  });

  it('reports a runtime error with its block, exit 1', async () => {
    const divide = rawProgram([
      { id: 'v', op: 'set', var: 'n', value: 0 },
      { id: 'd', op: 'move', direction: 'forward', steps: { op: '/', a: 1, b: { var: 'n' } } },
    ]);
    const { code, out } = await capture([
      'run',
      file('div.json', divide),
      '--device',
      'virtual:grid',
      '--json',
    ]);
    expect(code).toBe(1);
    const error = out.map((l) => JSON.parse(l) as Record<string, unknown>).find((l) => l.event === 'error');
    expect(error).toMatchObject({ blockId: 'd' });
    expect(JSON.parse(out.at(-1) ?? '{}')).toMatchObject({ event: 'done', reason: 'error' });
  });

  it('reports every problem of an invalid program with its block, exit 1', async () => {
    const bad = rawProgram([
      { id: 'x1', op: 'fly' },
      { id: 'x2', op: 'wait', seconds: 'long' },
    ]);
    const { code, out } = await capture(['run', file('bad.json', bad), '--device', 'virtual:grid', '--json']);
    expect(code).toBe(1);
    const errors = out
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .filter((l) => l.event === 'error');
    expect(errors.map((e) => e.blockId)).toEqual(expect.arrayContaining(['x1', 'x2']));
  });

  it('refuses 10,000 nested repeats with PROGRAM_TOO_DEEP, without overflowing the stack', async () => {
    const depth = 10_000;
    const leaf = '{"id":"leaf","op":"move","direction":"forward","steps":1}';
    const body = `${'{"id":"n","op":"repeat","times":2,"do":['.repeat(depth)}${leaf}${']}'.repeat(depth)}`;
    const text = `{"format":"atelier.program","version":1,"scripts":[{"id":"s1","when":{"event":"start"},"do":[${body}]}]}`;
    const { code, out } = await capture([
      'run',
      file('deep.json', text),
      '--device',
      'virtual:grid',
      '--json',
    ]);
    expect(code).toBe(1);
    expect(JSON.parse(out[0] ?? '{}')).toMatchObject({ event: 'error', code: 'PROGRAM_TOO_DEEP' });
  });

  it.each([
    [['run'], 'CLI_USAGE'],
    [['run', 'prog.json'], 'CLI_USAGE'],
    [['run', '/nonexistent/prog.json', '--device', 'virtual:grid'], 'FILE_UNREADABLE'],
    [['run', 'x.json', '--device', 'moon:1'], 'DEVICE_TARGET_INVALID'],
    [
      [
        'run',
        file('exists.json', square),
        '--device',
        'serial:/dev/ttyACM0',
        '--profile',
        'virtual-floor-robot',
      ],
      'DEVICE_TRANSPORT_UNAVAILABLE',
    ],
    [['run', 'x.json', '--device', 'virtual:grid', '--profile', 'nope'], 'PROFILE_UNKNOWN'],
    [['run', 'x.json', '--device', 'virtual:grid', '--time-limit', 'soon'], 'CLI_USAGE'],
    [['fly'], 'CLI_USAGE'],
    [['compile', 'x.json'], 'PROFILE_REQUIRED'],
    [['run', 'x.json', '--device', 'serial:/dev/ttyACM0'], 'PROFILE_REQUIRED'],
  ])('refuses %j with %s, exit 2, in French', async (argv, code) => {
    const result = await capture(argv);
    expect(result.code).toBe(2);
    expect(result.err.join('\n')).toContain(`[${code}]`);
  });

  it('refuses an unknown option with exit 2', async () => {
    const result = await capture(['devices', '--fly']);
    expect(result.code).toBe(2);
    expect(result.err.join('\n')).toContain('CLI_USAGE');
  });

  it('says that a streamed robot has no code to compile (COMPILE_UNSUPPORTED, exit 1)', async () => {
    const result = await capture(['compile', file('c.json', square), '--profile', 'virtual-floor-robot']);
    expect(result.code).toBe(1);
    expect(result.err.join('\n')).toContain('[COMPILE_UNSUPPORTED]');
  });

  it('prints the help in French', async () => {
    const result = await capture(['--help']);
    expect(result.code).toBe(0);
    expect(result.out.join('\n')).toContain('atelier run <programme.json> --device <cible>');
  });
});

describe('atelier devices', () => {
  it('lists the virtual robot and, per transport, whether it is available and why not', async () => {
    const { code, out } = await capture(['devices', '--json']);
    expect(code).toBe(0);
    const report = JSON.parse(out.join('')) as {
      transports: { transport: string; available: boolean; reason?: string }[];
      robots: { target: string }[];
    };
    expect(report.robots.map((r) => r.target)).toContain('virtual:grid');
    expect(report.transports.find((t) => t.transport === 'virtual')?.available).toBe(true);
    for (const t of report.transports.filter((t) => !t.available))
      expect(t.reason?.length).toBeGreaterThan(5);
  });

  it('prints a table for a teacher without --json', async () => {
    const { code, out } = await capture(['devices']);
    expect(code).toBe(0);
    expect(out.join('\n')).toContain('Liaisons :');
    expect(out.join('\n')).toContain('virtual:grid');
  });
});
