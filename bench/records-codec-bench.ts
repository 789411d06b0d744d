/**
 * Micro benchmark of the RecordSet codec: encode and decode throughput for 100-byte records
 * (16-byte keys, 84-byte values), batches of 1000, on one core. Prints records/s; asserts
 * nothing (speed is measured here, never in tests).
 *
 *   npx ts-node --transpile-only bench/records-codec-bench.ts [seconds]
 *   node dist/bench/records-codec-bench.js [seconds]
 */

import { type ConsumerRecord, type ProducerRecord, decodeRecordSet, encodeRecordSet } from '../proto/records-codec';

const recordsPerBatch = 1000;
const keyBytes = 16;
const valueBytes = 84;

function makeRecords(): ProducerRecord[] {
  const records: ProducerRecord[] = [];
  for (let i = 0; i < recordsPerBatch; i++) {
    const key = Buffer.alloc(keyBytes, 0x6b);
    key.writeUInt32BE(i, 0);
    records.push({ key, value: Buffer.alloc(valueBytes, i & 0xff), timestamp: 1_700_000_000_000 + i });
  }
  return records;
}

function measure(label: string, durationMs: number, runBatch: () => void): void {
  // Warm up so that the optimising compiler has seen the loop before timing starts.
  for (let i = 0; i < 200; i++) runBatch();
  let batches = 0;
  const start = process.hrtime.bigint();
  const deadlineNs = start + BigInt(durationMs) * 1_000_000n;
  let now = start;
  while (now < deadlineNs) {
    for (let i = 0; i < 50; i++) runBatch();
    batches += 50;
    now = process.hrtime.bigint();
  }
  const seconds = Number(now - start) / 1e9;
  const recordsPerSecond = Math.round((batches * recordsPerBatch) / seconds);
  console.log(`${label}: ${recordsPerSecond.toLocaleString('en-US')} records/s (${batches * recordsPerBatch} records in ${seconds.toFixed(2)} s)`);
}

function main(): void {
  const seconds = Number(process.argv[2] ?? '3');
  const records = makeRecords();
  const encoded = encodeRecordSet(records, Date.now());
  const context = { baseOffset: 0, firstTimestamp: encoded.layout.firstTimestamp, logAppendTimeMs: -1, leaderEpoch: 0 };
  let sink = 0;
  measure('encode', seconds * 1000, () => {
    sink += encodeRecordSet(records, 0).data.length;
  });
  measure('decode', seconds * 1000, () => {
    const out: ConsumerRecord[] = [];
    decodeRecordSet(encoded.data, 0, encoded.data.length, context, out);
    sink += out.length;
  });
  // Keeps the work observable so that it cannot be optimised away.
  if (sink < 0) console.log(sink);
}

main();
