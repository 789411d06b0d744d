/**
 * A Fetch response frame without copying its record batches (the broker's side of
 * produce-frame.ts): the protobuf bytes around the batches go into one small buffer and the
 * frame is returned as pieces that alternate between slices of it and the fetched batches, for
 * one gathered socket write. Encoding the response with protobufjs copied every fetched byte
 * into its output buffer, on every replication fetch and every consumer fetch.
 *
 * The bytes are exactly what `samsa.v1.Response.encode` writes for
 * `{ correlationId, fetch: response }` (tested in fetch-frame.test.ts), so a client cannot tell
 * the two apart.
 */

import { frameHeaderBytes } from './frame';
import { ProtobufOut, delimitedFieldBytes, fieldTag, present, signedVarintBytes, varintBytes } from './protobuf-writer';

export interface FetchFrameAbortedTransaction {
  producerId: number;
  firstOffset: number;
}

export interface FetchFramePartition {
  partition: number;
  errorCode: number;
  highWatermark: number;
  lastStableOffset: number;
  logStartOffset: number;
  records: Uint8Array;
  abortedTransactions?: readonly FetchFrameAbortedTransaction[];
}

export interface FetchFrameBody {
  throttleTimeMs: number;
  errorCode: number;
  topics: ReadonlyArray<{ name: string; partitions: readonly FetchFramePartition[] }>;
}

/**
 * Record sets up to this size are copied into the frame's own buffer: below it a copy costs less
 * than one more piece (a buffer view and an iovec entry in the gathered write).
 */
export const fetchRecordsCopyBytesMax = 4096;

// samsa.v1.Response
const tagCorrelationId = fieldTag(1, 0);
const tagFetch = fieldTag(101, 2);
// samsa.v1.FetchResponse
const tagThrottleTimeMs = fieldTag(1, 0);
const tagResponseErrorCode = fieldTag(2, 0);
const tagTopics = fieldTag(3, 2);
// FetchableTopicResponse
const tagTopicName = fieldTag(1, 2);
const tagPartitions = fieldTag(2, 2);
// PartitionData
const tagPartition = fieldTag(1, 0);
const tagErrorCode = fieldTag(2, 0);
const tagHighWatermark = fieldTag(3, 0);
const tagLastStableOffset = fieldTag(4, 0);
const tagLogStartOffset = fieldTag(5, 0);
const tagRecords = fieldTag(6, 2);
const tagAbortedTransactions = fieldTag(7, 2);
// AbortedTransaction
const tagProducerId = fieldTag(1, 0);
const tagFirstOffset = fieldTag(2, 0);

/** A varint field's bytes (one-byte tag, value) when present, else 0. */
function varintFieldBytes(value: number): number {
  return present(value) ? 1 + signedVarintBytes(value) : 0;
}

function abortedBytes(a: FetchFrameAbortedTransaction): number {
  return varintFieldBytes(a.producerId) + varintFieldBytes(a.firstOffset);
}

function partitionBytes(p: FetchFramePartition): number {
  let n = varintFieldBytes(p.partition) + varintFieldBytes(p.errorCode) + varintFieldBytes(p.highWatermark)
    + varintFieldBytes(p.lastStableOffset) + varintFieldBytes(p.logStartOffset);
  if (present(p.records)) n += delimitedFieldBytes(p.records.length);
  for (const a of p.abortedTransactions ?? []) n += delimitedFieldBytes(abortedBytes(a));
  return n;
}

interface FetchFrameSizes {
  fetchBytes: number;
  /** Bytes of the record sets handed over as pieces of their own (not in the frame's buffer). */
  referencedBytes: number;
  topicNameBytes: number[];
  topicBodyBytes: number[];
  partitionBodyBytes: number[];
}

/** Sizes first, innermost out: each nested message is preceded by its length. */
function measure(response: FetchFrameBody): FetchFrameSizes {
  const sizes: FetchFrameSizes = {
    fetchBytes: varintFieldBytes(response.throttleTimeMs) + varintFieldBytes(response.errorCode),
    referencedBytes: 0, topicNameBytes: [], topicBodyBytes: [], partitionBodyBytes: [],
  };
  for (const topic of response.topics) {
    const nameBytes = Buffer.byteLength(topic.name, 'utf8');
    let bodyBytes = nameBytes > 0 ? delimitedFieldBytes(nameBytes) : 0;
    for (const p of topic.partitions) {
      const n = partitionBytes(p);
      sizes.partitionBodyBytes.push(n);
      bodyBytes += delimitedFieldBytes(n);
      if (p.records.length > fetchRecordsCopyBytesMax) sizes.referencedBytes += p.records.length;
    }
    sizes.topicNameBytes.push(nameBytes);
    sizes.topicBodyBytes.push(bodyBytes);
    sizes.fetchBytes += delimitedFieldBytes(bodyBytes);
  }
  return sizes;
}

/**
 * The frame of a Response carrying `correlationId` and the Fetch `response`, as pieces to write
 * in order. Record sets above fetchRecordsCopyBytesMax are not copied: the pieces hold them as
 * given, so they must not change until written (fetched bytes are copies made for the response).
 */
export function encodeFetchResponseFrame(correlationId: number, response: FetchFrameBody): Buffer[] {
  const sizes = measure(response);
  const { fetchBytes, referencedBytes, topicNameBytes, topicBodyBytes, partitionBodyBytes } = sizes;
  const responseBytes = varintFieldBytes(correlationId) + 2 + varintBytes(fetchBytes) + fetchBytes;

  const out = new ProtobufOut(Buffer.allocUnsafe(frameHeaderBytes + responseBytes - referencedBytes));
  out.buf.writeUInt32BE(responseBytes, 0);
  out.pos = frameHeaderBytes;
  const varintField = (tag: number, value: number): void => {
    if (!present(value)) return;
    out.varint(tag);
    out.signedVarint(value);
  };
  varintField(tagCorrelationId, correlationId);
  out.varint(tagFetch);
  out.varint(fetchBytes);
  varintField(tagThrottleTimeMs, response.throttleTimeMs);
  varintField(tagResponseErrorCode, response.errorCode);

  const pieces: Buffer[] = [];
  let pieceStart = 0;
  let partitionIndex = 0;
  for (const [t, topic] of response.topics.entries()) {
    out.varint(tagTopics);
    out.varint(topicBodyBytes[t]!);
    if (topicNameBytes[t]! > 0) {
      out.varint(tagTopicName);
      out.string(topic.name, topicNameBytes[t]!);
    }
    for (const p of topic.partitions) {
      out.varint(tagPartitions);
      out.varint(partitionBodyBytes[partitionIndex++]!);
      varintField(tagPartition, p.partition);
      varintField(tagErrorCode, p.errorCode);
      varintField(tagHighWatermark, p.highWatermark);
      varintField(tagLastStableOffset, p.lastStableOffset);
      varintField(tagLogStartOffset, p.logStartOffset);
      const records = p.records;
      if (present(records)) {
        out.varint(tagRecords);
        out.varint(records.length);
        if (records.length <= fetchRecordsCopyBytesMax) {
          out.bytes(records);
        } else {
          pieces.push(out.buf.subarray(pieceStart, out.pos), Buffer.from(records.buffer, records.byteOffset, records.length));
          pieceStart = out.pos;
        }
      }
      for (const a of p.abortedTransactions ?? []) {
        out.varint(tagAbortedTransactions);
        out.varint(abortedBytes(a));
        varintField(tagProducerId, a.producerId);
        varintField(tagFirstOffset, a.firstOffset);
      }
    }
  }
  if (out.pos > pieceStart) pieces.push(out.buf.subarray(pieceStart, out.pos));
  if (out.pos !== out.buf.length) throw new Error(`invariant: fetch frame wrote ${out.pos} of ${out.buf.length} bytes`);
  return pieces;
}
