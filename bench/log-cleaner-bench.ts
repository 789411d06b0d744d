/**
 * Log cleaner throughput: writes a compacted log of 100-byte values over a fixed key space
 * (batches of 100 records, 16 MiB segments), then runs one cleaning over every closed segment
 * and prints what it read, what it kept and how fast it went. Kafka's cleaner logs the same
 * figures per cleaning ("Log cleaner thread 0 cleaned log ... (dirty section = ...)").
 *
 *   node dist/bench/log-cleaner-bench.js [records] [keys]
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanableOf } from '../broker/log/cleaner/cleanable';
import { cleanLog } from '../broker/log/cleaner/cleaner';
import { logCleanerConfigDefaults } from '../broker/log/cleaner/log-cleaner';
import { OffsetMap } from '../broker/log/cleaner/offset-map';
import { Throttler } from '../broker/log/cleaner/throttler';
import { Log } from '../broker/log/log';
import { logConfigDefaults } from '../broker/config';
import { asLeader } from '../test/support/log-batches';
import { decompressBytesMaxDefault, encodeRecordBatchUncompressed } from '../proto/record-batch';
import { systemClock } from '../broker/clock';
import { nodeFileSystem } from '../broker/log/file-system';

const recordsPerBatch = 100;
const valueBytes = 100;
const segmentBytes = 16 * 1024 * 1024;

function mb(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1);
}

async function main(): Promise<void> {
  const records = Number(process.argv[2] ?? 2_000_000);
  const keySpace = Number(process.argv[3] ?? 10_000);
  const dir = await mkdtemp(join(tmpdir(), 'samsa-cleaner-bench-'));
  const log = await Log.load({
    clock: systemClock,
    fileSystem: nodeFileSystem, dir, topic: 'bench', partition: 0, cleanShutdown: true,
    config: { ...logConfigDefaults, cleanupPolicy: 'compact', segmentBytes },
  });
  try {
    const value = Buffer.alloc(valueBytes, 0x76);
    let written = 0;
    while (written < records) {
      const batch = encodeRecordBatchUncompressed(
        Array.from({ length: recordsPerBatch }, (_, i) => ({ key: `key-${(written + i) % keySpace}`, value })),
      );
      await log.appendAsLeader(batch, asLeader(batch, 0, Date.now()));
      written += recordsPerBatch;
    }
    log.setHighWatermark(log.logEndOffset);
    const target = cleanableOf(log, undefined, Date.now());
    const started = performance.now();
    const { stats } = await cleanLog(target, new OffsetMap(logCleanerConfigDefaults.dedupeBufferSize, logCleanerConfigDefaults.dedupeBufferLoadFactor), {
      ioBufferBytes: logCleanerConfigDefaults.ioBufferSize,
      decompressBytesMax: decompressBytesMaxDefault,
      throttler: new Throttler(Number.MAX_VALUE, systemClock),
      isAborted: () => false,
      nowMs: Date.now,
    });
    const seconds = (performance.now() - started) / 1000;
    console.log(`log: ${written} records over ${keySpace} keys, ${mb(target.dirtyBytes)} MB dirty in ${stats.segmentsCleaned} segments`);
    console.log(`map: ${stats.mapRecordsRead} records, ${mb(stats.mapBytesRead)} MB read, buffer utilization ${(100 * stats.bufferUtilization).toFixed(2)}%`);
    console.log(`recopy: ${stats.recordsRead} records read, ${stats.recordsWritten} kept; ${mb(stats.bytesRead)} MB read, ${mb(stats.bytesWritten)} MB written (${((100 * stats.bytesWritten) / stats.bytesRead).toFixed(2)}%)`);
    console.log(`cleaned in ${seconds.toFixed(2)} s: ${mb((stats.mapBytesRead + stats.bytesRead) / seconds)} MB/s read, ${Math.round((stats.mapRecordsRead + stats.recordsRead) / seconds)} records/s processed`);
  } finally {
    await log.close();
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
