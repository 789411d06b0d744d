/**
 * Storage engine throughput: appends 1 KiB batches of 100 records to one Log for about three
 * seconds (a bounded number of appends in flight, as concurrent produce requests would keep),
 * then reads everything back sequentially the way a follower or a caught-up consumer does.
 *
 *   npx ts-node bench/log-append-bench.ts [durationMs] [inFlight]
 */
import { systemClock } from '../broker/clock';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Log } from '../broker/log/log';
import { logConfigDefaults } from '../broker/config';
import { asLeader, buildBatch } from '../test/support/log-batches';
import { nodeFileSystem } from '../broker/log/file-system';

const batchBytes = 1024;
const recordsPerBatch = 100;
const fetchMaxBytes = 1024 * 1024;

async function appendPhase(log: Log, durationMs: number, inFlightMax: number): Promise<{ batches: number; elapsedMs: number }> {
  const template = buildBatch({ recordCount: recordsPerBatch, payloadBytes: batchBytes - 61 });
  const started = performance.now();
  let batches = 0;
  const worker = async (): Promise<void> => {
    while (performance.now() - started < durationMs) {
      // Each append owns its buffer: the leader stamps offsets into it in place.
      const batch = Buffer.from(template);
      await log.appendAsLeader(batch, asLeader(batch, 0, Date.now()));
      batches += 1;
    }
  };
  await Promise.all(Array.from({ length: inFlightMax }, worker));
  return { batches, elapsedMs: performance.now() - started };
}

async function readPhase(log: Log): Promise<{ bytes: number; elapsedMs: number }> {
  const started = performance.now();
  let offset = log.logStartOffset;
  let bytes = 0;
  while (offset < log.logEndOffset) {
    const { records } = await log.read({ startOffset: offset, maxBytes: fetchMaxBytes, maxOffset: log.logEndOffset, minOneBatch: true });
    if (records.length === 0) break;
    bytes += records.length;
    // Whole 1 KiB batches of 100 records: the next offset follows from the byte count.
    offset += (records.length / batchBytes) * recordsPerBatch;
  }
  return { bytes, elapsedMs: performance.now() - started };
}

function rate(amount: number, elapsedMs: number): string {
  return (amount / (elapsedMs / 1000)).toFixed(1);
}

async function main(): Promise<void> {
  const durationMs = Number(process.argv[2] ?? 3000);
  const inFlight = Number(process.argv[3] ?? 32);
  const root = await mkdtemp(join(tmpdir(), 'samsa-log-bench-'));
  try {
    const config = { ...logConfigDefaults, segmentBytes: 64 * 1024 * 1024 };
    const log = await Log.load({ clock: systemClock, fileSystem: nodeFileSystem, dir: join(root, 'bench-0'), topic: 'bench', partition: 0, config, cleanShutdown: true });
    const appended = await appendPhase(log, durationMs, inFlight);
    const appendedMb = (appended.batches * batchBytes) / (1024 * 1024);
    console.log(
      `append: ${appended.batches} batches (${appendedMb.toFixed(1)} MiB, ${log.numberOfSegments} segments) in ${appended.elapsedMs.toFixed(0)} ms: ` +
        `${rate(appendedMb, appended.elapsedMs)} MiB/s, ${rate(appended.batches, appended.elapsedMs)} batches/s, ` +
        `${rate(appended.batches * recordsPerBatch, appended.elapsedMs)} records/s`,
    );
    const read = await readPhase(log);
    const readMb = read.bytes / (1024 * 1024);
    console.log(
      `read:   ${readMb.toFixed(1)} MiB in ${read.elapsedMs.toFixed(0)} ms: ${rate(readMb, read.elapsedMs)} MiB/s, ` +
        `${rate(read.bytes / batchBytes, read.elapsedMs)} batches/s`,
    );
    await log.close();
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
