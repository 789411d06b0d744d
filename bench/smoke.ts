/**
 * `npm run bench:smoke`: a short run of each benchmark, for every change's CI log. It prints the
 * figures and a summary table and asserts nothing about them: a slower build still passes, but
 * its log shows by how much. Exits non-zero only when a benchmark itself fails (a failed send,
 * a crash), since then its figure means nothing.
 *
 * Steps (about a minute on a 2-core machine): the record codec and the log alone (no cluster),
 * then on one local 3-broker cluster (bench/local-cluster.ts; ZooKeeper from ZK_CONNECT or a
 * container): replicated produce (100 B, acks=all, RF 3, min ISR 2, 6 partitions), consume of
 * those records from the beginning, and ack and end-to-end latency at a fixed rate.
 *
 * Each tool runs as its own process, as a user would run it; its output is passed through.
 */

import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { runMain, startLocalCluster } from './local-cluster';

/** Records of the replicated produce step, and then of the consume step. */
const produceRecords = 300_000;
/** Fixed-rate latency: records/s and seconds. */
const latencyRate = 5_000;
const latencySeconds = 6;
/** Bound on any one step. */
const stepTimeoutMs = 180_000;

interface Step {
  name: string;
  script: string;
  args: string[];
  /** Picks the figure for the summary out of the step's output. */
  figure: (output: string) => string;
}

function lastMatch(output: string, pattern: RegExp, format: (m: RegExpMatchArray) => string): string {
  const matches = [...output.matchAll(new RegExp(pattern.source, 'gm'))];
  const m = matches[matches.length - 1];
  return m === undefined ? 'no figure (see output)' : format(m);
}

/** Runs a bench script with node; resolves with its output (also streamed to ours). */
function runScript(step: Step): Promise<{ output: string; code: number }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--max-semi-space-size=64', join(__dirname, step.script), ...step.args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const onData = (chunk: Buffer, sink: NodeJS.WriteStream): void => {
      output += chunk.toString();
      sink.write(chunk);
    };
    child.stdout.on('data', (c: Buffer) => onData(c, process.stdout));
    child.stderr.on('data', (c: Buffer) => onData(c, process.stderr));
    const timer = setTimeout(() => child.kill('SIGKILL'), stepTimeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ output, code: code ?? 1 });
    });
  });
}

function clusterSteps(bootstrap: string, topicPrefix: string): Step[] {
  return [
    {
      name: `produce ${produceRecords} x 100 B, acks=all, RF 3, 6 partitions`,
      script: 'replication-perf.js',
      args: ['--bootstrap-server', bootstrap, '--partitions', '6', '--record-sizes', '100', '--num-records', String(produceRecords), '--topic-prefix', topicPrefix],
      figure: (o) => lastMatch(o, /records sent, ([\d.]+) records\/sec \(([\d.]+) MB\/sec\).*?(\d+) ms 99th, (\d+) ms 99\.9th/, (m) =>
        `${Math.round(Number(m[1])).toLocaleString('en-US')} rec/s, ${m[2]} MB/s, p99 ${m[3]} ms, p99.9 ${m[4]} ms`),
    },
    {
      name: `consume ${produceRecords} x 100 B from the beginning`,
      script: 'consumer-perf.js',
      args: ['--bootstrap-server', bootstrap, '--topic', `${topicPrefix}-100`, '--messages', String(produceRecords)],
      figure: (o) => lastMatch(o, /^[^,]+, [^,]+, ([\d.]+), ([\d.]+), (\d+), ([\d.]+)$/, (m) =>
        `${Math.round(Number(m[4])).toLocaleString('en-US')} rec/s, ${Number(m[2]).toFixed(1)} MB/s`),
    },
    {
      name: `latency at ${latencyRate} rec/s, acks=all, linger 0`,
      script: 'end-to-end-latency.js',
      args: ['--bootstrap-server', bootstrap, '--throughput', String(latencyRate), '--seconds', String(latencySeconds)],
      figure: (o) => {
        const ack = lastMatch(o, /^ack latency: ([\d.]+) ms 50th, ([\d.]+) ms 99th, ([\d.]+) ms 99\.9th/, (m) => `ack p50 ${m[1]} p99 ${m[2]} p99.9 ${m[3]} ms`);
        const e2e = lastMatch(o, /^end-to-end latency: ([\d.]+) ms 50th, ([\d.]+) ms 99th/, (m) => `end-to-end p50 ${m[1]} p99 ${m[2]} ms`);
        return `${ack}; ${e2e}`;
      },
    },
  ];
}

const localSteps: Step[] = [
  {
    name: 'record codec, one core',
    script: 'records-codec-bench.js',
    args: ['2'],
    figure: (o) => ['encode', 'decode'].map((w) => lastMatch(o, new RegExp(`^${w}: ([\\d,]+) records/s`), (m) => `${w} ${m[1]} rec/s`)).join(', '),
  },
  {
    name: 'partition log alone: append, then read',
    script: 'log-append-bench.js',
    args: ['2000'],
    figure: (o) => ['append', 'read'].map((w) => lastMatch(o, new RegExp(`^${w}:.*?([\\d.]+) MiB/s`), (m) => `${w} ${m[1]} MiB/s`)).join(', '),
  },
];

async function main(): Promise<void> {
  const startedMs = Date.now();
  const rows: Array<[string, string]> = [];
  let failed = 0;
  const run = async (step: Step): Promise<void> => {
    process.stdout.write(`\n## ${step.name}\n`);
    const { output, code } = await runScript(step);
    if (code !== 0) failed++;
    rows.push([step.name, code === 0 ? step.figure(output) : `FAILED (exit ${code})`]);
  };
  for (const step of localSteps) await run(step);
  const local = await startLocalCluster({ name: 'bench-smoke', brokers: 3 });
  try {
    for (const step of clusterSteps(local.bootstrap.join(','), `smoke-${Date.now().toString(36)}`)) await run(step);
  } finally {
    await local.stop();
  }
  process.stdout.write(`\n# bench:smoke (${((Date.now() - startedMs) / 1000).toFixed(0)} s; figures only, nothing asserted)\n| benchmark | figure |\n|---|---|\n`);
  for (const [name, figure] of rows) process.stdout.write(`| ${name} | ${figure} |\n`);
  if (failed > 0) process.exitCode = 1;
}

if (require.main === module) runMain(main);
