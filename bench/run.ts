/**
 * `npm run bench`: every benchmark, as a table (figure, value, target, anchor) and bench/results.json.
 * A figure whose part has not landed yet is listed as such, with no number: nothing here is made up.
 * Timings belong here, never in the test suite (machines are shared and noisy).
 */
import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { measureEditorLoad } from './editor-size.ts';
import { measureVirtualFiveMinutes } from './interpreter.ts';
import { measureLessonsCheck } from './lessons.ts';

interface Row {
  key: string;
  what: string;
  value: number | null;
  target: string;
  anchor: string;
  /** Why there is no value yet. */
  pending?: string;
  meets?: boolean;
}

const distDir = fileURLToPath(new URL('../editor/dist', import.meta.url));
const rows: Row[] = [];

const pending = (key: string, what: string, target: string, anchor: string, why: string) =>
  rows.push({ key, what, value: null, target, anchor, pending: why });

{
  const { kbGz, files } = measureEditorLoad(distDir);
  rows.push({
    key: 'editor_load_kb_gz',
    what: `editor download, gzip (${files} files)`,
    value: kbGz,
    target: '≤ 600',
    anchor: 'a tablet on school Wi-Fi',
    meets: kbGz <= 600,
  });
}
{
  const { medianMs, p99Ms } = await measureVirtualFiveMinutes();
  rows.push({
    key: 'interpreter_virtual_5min_ms',
    what: `5 min of program on the virtual clock, wall time (median; p99 ${p99Ms})`,
    value: medianMs,
    target: '≤ 1000',
    anchor: '300,000 ms of real time',
    meets: medianMs <= 1000,
  });
}
pending(
  'run_latency_p99_ms',
  'run → first command byte, 30 tablets',
  '≤ 15',
  'pseudo-terminal robot',
  'needs a serial driver (issues 3–5)',
);
pending(
  'stop_all_p99_ms',
  'stop-all → last of 30 robots stopped',
  '≤ 50',
  '—',
  'needs the classroom (issue 6)',
);
pending(
  'event_loop_p99_ms',
  'event-loop delay, 60 tablets + 30 robots',
  '≤ 20',
  '—',
  'needs the classroom (issue 6)',
);
pending('bridge_rss_mb', 'bridge memory in that load', '≤ 150', '—', 'needs the classroom (issue 6)');
pending(
  'editor_ready_ratio_vs_scratch',
  'editor ready, ours / Scratch 3',
  '≤ 0.3',
  'Scratch 3 GUI',
  'benchmark not written yet (issue 10)',
);
pending(
  'microbit_upload_ratio_vs_wire',
  'micro:bit upload / wire time, 4 KB',
  '≤ 2',
  '115200 baud',
  'needs the micro:bit driver (issue 3)',
);
pending(
  'thymio_latency_ratio_vs_asebahttp',
  'Thymio wheels, ours / asebahttp',
  '≤ 0.5',
  'asebahttp',
  'needs the Thymio driver (issue 4)',
);
{
  const { medianS, lessons, passed } = await measureLessonsCheck();
  rows.push({
    key: 'lessons_check_s',
    what: `atelier lessons check, ${lessons} lessons (${passed} pass), in-process median`,
    value: medianS,
    target: '≤ 5',
    anchor: '—',
    meets: medianS <= 5,
  });
}
pending('choreography_skew_p99_ms', 'start skew, ten robots', '≤ 20', '—', 'needs the studio (issue 9)');

const results: Record<string, number> = {};
for (const row of rows) if (row.value !== null) results[row.key] = row.value;
writeFileSync(new URL('./results.json', import.meta.url), `${JSON.stringify(results, null, 2)}\n`);

const table = [
  '| figure | value | target | anchor | status |',
  '| --- | --- | --- | --- | --- |',
  ...rows.map((row) => {
    const status =
      row.value === null ? `not measured: ${row.pending}` : row.meets ? 'meets target' : '**MISSES target**';
    return `| \`${row.key}\` — ${row.what} | ${row.value ?? '—'} | ${row.target} | ${row.anchor} | ${status} |`;
  }),
];
console.log(table.join('\n'));

const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
const doc = [
  '# Benchmarks',
  '',
  'Written by `npm run bench` (after `npm install`, with the peers of `.ci/run` installed); the figures',
  'are also in `bench/results.json`. Timings are medians or p99 over repeated runs; comparisons with',
  'another tool are ratios measured in the same run. A figure whose part has not landed yet says so',
  'and has no number. Nothing here is asserted by the test suite: these machines are shared and noisy.',
  '',
  `Latest run: ${new Date().toISOString().slice(0, 10)}, on ${machine}.`,
  '',
  ...table,
  '',
].join('\n');
writeFileSync(new URL('../docs/benchmarks.md', import.meta.url), doc);
