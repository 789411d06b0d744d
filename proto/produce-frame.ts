/**
 * A Produce request frame without copying its record batches: the protobuf bytes around them
 * (length prefix, envelope, header, topic and partition fields, each length) are written into
 * one small buffer, and the frame is returned as pieces that alternate between slices of it and
 * the batches themselves, for one gathered socket write. Encoding the request with protobufjs
 * copies every batch into its output buffer: for 1 KiB records that was a second copy of every
 * byte the producer sends, and the allocation behind it.
 *
 * The bytes are exactly what `samsa.v1.Request.encode` writes for the same request: the same
 * fields in the same order, a field left out under the same rule (proto3: null, or its default
 * 0, '' or no bytes), so a broker cannot tell the two apart (tested in produce-frame.test.ts).
 */

import { samsa } from './generated/samsa';
import { frameHeaderBytes } from './frame';
import { ProtobufOut, present, signedVarintBytes as int32Bytes, varintBytes } from './protobuf-writer';

export interface ProduceFrameBody {
  acks?: number | null;
  timeoutMs?: number | null;
  topics?: Array<{ name?: string | null; partitions?: Array<{ partition?: number | null; records?: Uint8Array | null }> | null }> | null;
  transactionalId?: string | null;
}

/** Field tags (field number << 3 | wire type). */
const tagHeader = (1 << 3) | 2;
const tagProduce = (100 << 3) | 2;
const tagAcks = (1 << 3) | 0;
const tagTimeoutMs = (2 << 3) | 0;
const tagTopics = (3 << 3) | 2;
const tagTransactionalId = (4 << 3) | 2;
const tagTopicName = (1 << 3) | 2;
const tagTopicPartitions = (2 << 3) | 2;
const tagPartition = (1 << 3) | 0;
const tagRecords = (2 << 3) | 2;

interface PartitionSizes {
  records: Uint8Array | undefined;
  bodyBytes: number;
}

interface TopicSizes {
  nameBytes: number;
  bodyBytes: number;
  partitions: PartitionSizes[];
}

interface FrameSizes {
  topics: TopicSizes[];
  produceBytes: number;
  recordsBytes: number;
  txnBytes: number;
}

/** The length of every nested message, innermost first, and the batch bytes in all. */
function measure(produce: ProduceFrameBody): FrameSizes {
  const topics: TopicSizes[] = [];
  let produceBytes = 0;
  if (present(produce.acks)) produceBytes += 1 + int32Bytes(produce.acks);
  if (present(produce.timeoutMs)) produceBytes += 1 + int32Bytes(produce.timeoutMs);
  let recordsBytes = 0;
  for (const topic of produce.topics ?? []) {
    const nameBytes = present(topic.name) ? Buffer.byteLength(topic.name, 'utf8') : -1;
    let bodyBytes = nameBytes >= 0 ? 1 + varintBytes(nameBytes) + nameBytes : 0;
    const partitions: PartitionSizes[] = [];
    for (const p of topic.partitions ?? []) {
      let partitionBytes = present(p.partition) ? 1 + int32Bytes(p.partition) : 0;
      const records = present(p.records) ? p.records : undefined;
      if (records !== undefined) {
        partitionBytes += 1 + varintBytes(records.length) + records.length;
        recordsBytes += records.length;
      }
      partitions.push({ records, bodyBytes: partitionBytes });
      bodyBytes += 1 + varintBytes(partitionBytes) + partitionBytes;
    }
    topics.push({ nameBytes, bodyBytes, partitions });
    produceBytes += 1 + varintBytes(bodyBytes) + bodyBytes;
  }
  const txnBytes = present(produce.transactionalId) ? Buffer.byteLength(produce.transactionalId, 'utf8') : -1;
  if (txnBytes >= 0) produceBytes += 1 + varintBytes(txnBytes) + txnBytes;
  return { topics, produceBytes, recordsBytes, txnBytes };
}

/**
 * The frame of a Request carrying `header` and `produce`, as pieces to write in order. Batches
 * are not copied: the pieces hold them as given, so they must not change until written.
 */
export function encodeProduceRequestFrame(header: samsa.v1.IRequestHeader, produce: ProduceFrameBody): Buffer[] {
  const headerBytes = samsa.v1.RequestHeader.encode(header).finish();
  const { topics, produceBytes, recordsBytes, txnBytes } = measure(produce);
  const requestBytes = 1 + varintBytes(headerBytes.length) + headerBytes.length + 2 + varintBytes(produceBytes) + produceBytes;

  // Everything but the batches goes into one buffer; the pieces slice it around them.
  const out = new ProtobufOut(Buffer.allocUnsafe(frameHeaderBytes + requestBytes - recordsBytes));
  out.buf.writeUInt32BE(requestBytes, 0);
  out.pos = frameHeaderBytes;
  out.varint(tagHeader);
  out.varint(headerBytes.length);
  out.bytes(headerBytes);
  out.varint(tagProduce);
  out.varint(produceBytes);
  if (present(produce.acks)) {
    out.varint(tagAcks);
    out.signedVarint(produce.acks);
  }
  if (present(produce.timeoutMs)) {
    out.varint(tagTimeoutMs);
    out.signedVarint(produce.timeoutMs);
  }
  const pieces: Buffer[] = [];
  let pieceStart = 0;
  const sources = produce.topics ?? [];
  for (const [t, topic] of topics.entries()) {
    const source = sources[t]!;
    out.varint(tagTopics);
    out.varint(topic.bodyBytes);
    if (topic.nameBytes >= 0) {
      out.varint(tagTopicName);
      out.string(source.name!, topic.nameBytes);
    }
    const sourcePartitions = source.partitions ?? [];
    for (const [i, p] of topic.partitions.entries()) {
      out.varint(tagTopicPartitions);
      out.varint(p.bodyBytes);
      const partition = sourcePartitions[i]!.partition;
      if (present(partition)) {
        out.varint(tagPartition);
        out.signedVarint(partition);
      }
      if (p.records === undefined) continue;
      out.varint(tagRecords);
      out.varint(p.records.length);
      pieces.push(out.buf.subarray(pieceStart, out.pos), Buffer.from(p.records.buffer, p.records.byteOffset, p.records.length));
      pieceStart = out.pos;
    }
  }
  if (txnBytes >= 0) {
    out.varint(tagTransactionalId);
    out.string(produce.transactionalId!, txnBytes);
  }
  if (out.pos > pieceStart) pieces.push(out.buf.subarray(pieceStart, out.pos));
  if (out.pos !== out.buf.length) throw new Error(`invariant: produce frame wrote ${out.pos} of ${out.buf.length} bytes`);
  return pieces;
}
