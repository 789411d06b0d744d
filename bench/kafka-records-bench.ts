/**
 * Record conversion at the Kafka edge (broker/network/codecs/kafka/records): batches of 100
 * records (16-byte key, 100-byte value, one header) converted Kafka -> Samsa (Produce on the
 * Kafka listener) and Samsa -> Kafka (Fetch), per codec, for about a second each. MB/s counts the
 * input batch's bytes as they cross the wire (compressed when the codec compresses); records/s is
 * the same work per record. A compressed batch is decompressed, converted and compressed again.
 *
 *   node dist/bench/kafka-records-bench.js [durationMsPerCase] [recordsPerBatch]
 */
import { Compression } from '../proto/batch-header';
import { compressionNames } from '../proto/compression';
import { encodeRecordBatch, type ProducerRecord } from '../proto/record-batch';
import { kafkaBatchToSamsa, samsaBatchesToKafka } from '../broker/network/codecs/kafka/records';

const valueBytes = 100;
const codecs = [Compression.None, Compression.Gzip, Compression.Snappy, Compression.Lz4, Compression.Zstd] as const;

function sampleRecords(count: number): ProducerRecord[] {
  return Array.from({ length: count }, (_, i) => ({
    key: `key-${String(i).padStart(12, '0')}`,
    value: Buffer.from(`${i}:`.padEnd(valueBytes, 'abcdefghij')),
    headers: [{ key: 'trace', value: Buffer.from(`t-${i}`) }],
    timestamp: 1_700_000_000_000 + i,
  }));
}

interface Rate {
  mbPerSecond: number;
  recordsPerSecond: number;
}

async function measure(input: Buffer, records: number, durationMs: number, convert: (b: Buffer) => Promise<Buffer>): Promise<Rate> {
  for (let i = 0; i < 50; i++) await convert(input); // warm-up: JIT and native bindings
  let batches = 0;
  const started = performance.now();
  while (performance.now() - started < durationMs) {
    await convert(input);
    batches++;
  }
  const seconds = (performance.now() - started) / 1000;
  return { mbPerSecond: (batches * input.length) / seconds / 1e6, recordsPerSecond: (batches * records) / seconds };
}

const format = (r: Rate): string => `${r.mbPerSecond.toFixed(1).padStart(8)} MB/s ${Math.round(r.recordsPerSecond).toLocaleString('en-US').padStart(12)} records/s`;

async function main(): Promise<void> {
  const durationMs = Number(process.argv[2] ?? 1000);
  const recordsPerBatch = Number(process.argv[3] ?? 100);
  const records = sampleRecords(recordsPerBatch);
  console.log(`Kafka record conversion, ${recordsPerBatch} records of ${valueBytes} B per batch, ${durationMs} ms per case`);
  console.log(`${'codec'.padEnd(7)} ${'Kafka -> Samsa (Produce)'.padEnd(40)} Samsa -> Kafka (Fetch)`);
  for (const codec of codecs) {
    const samsa = await encodeRecordBatch(records, { compression: codec, nowMs: 1_700_000_000_000 });
    const kafka = await samsaBatchesToKafka(samsa);
    const produce = await measure(kafka, recordsPerBatch, durationMs, kafkaBatchToSamsa);
    const fetch = await measure(samsa, recordsPerBatch, durationMs, samsaBatchesToKafka);
    console.log(`${(compressionNames[codec] ?? String(codec)).padEnd(7)} ${format(produce).padEnd(40)} ${format(fetch)}   (batch ${kafka.length} B Kafka, ${samsa.length} B Samsa)`);
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
