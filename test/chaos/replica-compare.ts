/**
 * An offline dump of each replica's log for one partition (Kafka's DumpLogSegments, batch headers
 * only) and a byte-for-byte comparison of the replicas below the high watermark: the
 * `replica-divergence` check of the reliability plan. Run it on brokers that are stopped, so that
 * no file changes underneath.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { batchHeaderBytes, batchSizeAt, BatchField, readInt64 } from '../../proto/batch-header';
import type { BrokerProcess } from '../fixtures/broker-process';

/** What the dump needs of a broker: its id and its log dir (a stopped BrokerProcess, or a test's directory). */
export type ReplicaSource = Pick<BrokerProcess, 'brokerId' | 'logDir'>;

/** Kafka's high watermark checkpoint file name in each log dir. */
export const highWatermarkCheckpointFile = 'replication-offset-checkpoint';

export interface BatchInfo {
  baseOffset: number;
  lastOffset: number;
  crc: number;
  sizeBytes: number;
  segment: string;
  position: number;
}

export interface ReplicaDump {
  brokerId: number;
  batches: BatchInfo[];
  /** The checkpointed high watermark, or undefined when the checkpoint has no entry. */
  highWatermark: number | undefined;
  /** lastOffset + 1 of the last complete batch. */
  logEndOffset: number;
  /** Bytes after the last complete batch of a segment (a torn tail). */
  tornBytes: number;
  /** The whole batches' bytes in log order, for the comparison. */
  bytes: Buffer[];
}

/** The HW of `topic-partition` in a log dir's replication-offset-checkpoint (version 0 text format). */
export async function readHighWatermark(logDir: string, topic: string, partition: number): Promise<number | undefined> {
  let text: string;
  try {
    text = await readFile(path.join(logDir, highWatermarkCheckpointFile), 'utf8');
  } catch {
    return undefined;
  }
  const lines = text.split('\n').map((l) => l.trim()).filter((l) => l.length > 0);
  for (const line of lines.slice(2)) {
    const [t, p, offset] = line.split(/\s+/);
    if (t === topic && Number(p) === partition) return Number(offset);
  }
  return undefined;
}

/** Walks the partition's segment files in base-offset order and reads every batch header. */
export async function dumpReplica(broker: ReplicaSource, topic: string, partition: number): Promise<ReplicaDump> {
  const dir = path.join(broker.logDir, `${topic}-${partition}`);
  const segments = (await readdir(dir)).filter((f) => f.endsWith('.log')).sort();
  const dump: ReplicaDump = {
    brokerId: broker.brokerId, batches: [], highWatermark: await readHighWatermark(broker.logDir, topic, partition),
    logEndOffset: 0, tornBytes: 0, bytes: [],
  };
  for (const segment of segments) {
    const buf = await readFile(path.join(dir, segment));
    let position = 0;
    while (position + batchHeaderBytes <= buf.length) {
      const sizeBytes = batchSizeAt(buf, position);
      if (sizeBytes < batchHeaderBytes || position + sizeBytes > buf.length) break;
      const baseOffset = readInt64(buf, position + BatchField.baseOffset);
      const lastOffset = baseOffset + buf.readInt32BE(position + BatchField.lastOffsetDelta);
      dump.batches.push({ baseOffset, lastOffset, crc: buf.readUInt32BE(position + BatchField.crc), sizeBytes, segment, position });
      dump.bytes.push(buf.subarray(position, position + sizeBytes));
      dump.logEndOffset = lastOffset + 1;
      position += sizeBytes;
    }
    dump.tornBytes += buf.length - position;
  }
  return dump;
}

export interface ReplicaComparison {
  /** The offset below which all replicas were compared: the highest checkpointed HW. */
  highWatermark: number;
  identical: boolean;
  /** One line per difference: a replica short of the HW, or the first batch that differs. */
  differences: string[];
  dumps: ReplicaDump[];
}

function bytesBelow(dump: ReplicaDump, offset: number): Buffer {
  const parts: Buffer[] = [];
  dump.batches.forEach((b, i) => {
    if (b.baseOffset < offset) parts.push(dump.bytes[i]!);
  });
  return Buffer.concat(parts);
}

function firstDifference(a: ReplicaDump, b: ReplicaDump, offset: number): string {
  const below = (d: ReplicaDump) => d.batches.filter((x) => x.baseOffset < offset);
  const ba = below(a);
  const bb = below(b);
  for (let i = 0; i < Math.max(ba.length, bb.length); i++) {
    const x = ba[i];
    const y = bb[i];
    if (!x || !y || x.baseOffset !== y.baseOffset || x.crc !== y.crc || x.sizeBytes !== y.sizeBytes) {
      return `broker ${a.brokerId} batch #${i} ${JSON.stringify(x)} vs broker ${b.brokerId} ${JSON.stringify(y)}`;
    }
  }
  return `brokers ${a.brokerId} and ${b.brokerId}: same batch headers, different bytes`;
}

/**
 * Compares the replicas of `topic-partition` on `brokers` below the highest checkpointed HW (the
 * last leader's), or below `highWatermarkFloor` when that is higher (the HW a consumer saw live:
 * a broker killed before its checkpoint ran leaves an older one): every batch starting below it
 * must be byte-identical on every replica, and no replica may end before it (an in-sync
 * replica's log end is at or above the HW).
 */
export async function compareReplicas(brokers: ReplicaSource[], topic: string, partition: number, highWatermarkFloor = 0): Promise<ReplicaComparison> {
  const dumps = await Promise.all(brokers.map((b) => dumpReplica(b, topic, partition)));
  const highWatermark = Math.max(highWatermarkFloor, ...dumps.map((d) => d.highWatermark ?? 0));
  const differences: string[] = [];
  for (const d of dumps) {
    if (d.logEndOffset < highWatermark) differences.push(`broker ${d.brokerId} log ends at ${d.logEndOffset}, below the HW ${highWatermark}`);
  }
  const reference = dumps[0];
  if (reference) {
    const referenceBytes = bytesBelow(reference, highWatermark);
    for (const d of dumps.slice(1)) {
      if (!bytesBelow(d, highWatermark).equals(referenceBytes)) differences.push(firstDifference(reference, d, highWatermark));
    }
  }
  return { highWatermark, identical: differences.length === 0, differences, dumps };
}
