/**
 * Per-partition producer state for the idempotent producer (Kafka's `ProducerStateManager`,
 * KIP-98 without transactions). For each producer id it keeps the producer epoch and the
 * metadata of the last 5 batches written (first/last sequence, offsets, timestamp): a client
 * keeps at most 5 requests in flight per connection, so any retry it makes is of one of those.
 *
 * Pure: no I/O, no clock. The log feeds it every batch it writes (leader appends, follower
 * appends, recovery scans), so a follower that becomes leader already holds the state.
 */
import { BatchField, readInt64 } from '../../proto/batch-header';
import { ErrorCode, SamsaProtocolError } from '../../proto/errors';
import { forEachBatch } from './batches';

/** Batches remembered per producer (Kafka's ProducerStateEntry.NumBatchesToRetain). */
export const producerBatchesRetained = 5;
/** transactional.id.expiration.ms (7 days): a producer idle this long is forgotten. */
export const producerIdExpirationMsDefault = 7 * 24 * 60 * 60 * 1000;
const int32Max = 2_147_483_647;
const noProducerId = -1;

/** The producer fields of one batch header. */
export interface ProducerBatchInfo {
  producerId: number;
  producerEpoch: number;
  baseSequence: number;
  lastOffsetDelta: number;
  maxTimestamp: number;
}

export interface BatchMetadata {
  firstSeq: number;
  lastSeq: number;
  firstOffset: number;
  lastOffset: number;
  timestampMs: number;
}

export interface ProducerStateEntry {
  producerId: number;
  producerEpoch: number;
  /** Oldest first; at most producerBatchesRetained. */
  batches: BatchMetadata[];
  lastTimestampMs: number;
}

/** The last sequence of a batch: sequences wrap from Int32 max to 0 (Kafka's incrementSequence). */
export function lastSequenceOf(baseSequence: number, lastOffsetDelta: number): number {
  if (baseSequence > int32Max - lastOffsetDelta) return lastOffsetDelta - (int32Max - baseSequence) - 1;
  return baseSequence + lastOffsetDelta;
}

/** `next` follows `last` directly, with the Int32 wrap. */
export function isNextSequence(last: number, next: number): boolean {
  return next === last + 1 || (last === int32Max && next === 0);
}

/** The producer fields of the batch header at `position`; undefined when it has no producer id. */
export function producerBatchAt(buf: Buffer, position: number): (ProducerBatchInfo & { baseOffset: number }) | undefined {
  const producerId = readInt64(buf, position + BatchField.producerId);
  if (producerId === noProducerId) return undefined;
  return {
    baseOffset: readInt64(buf, position + BatchField.baseOffset),
    producerId,
    producerEpoch: buf.readInt16BE(position + BatchField.producerEpoch),
    baseSequence: buf.readInt32BE(position + BatchField.baseSequence),
    lastOffsetDelta: buf.readInt32BE(position + BatchField.lastOffsetDelta),
    maxTimestamp: readInt64(buf, position + BatchField.maxTimestamp),
  };
}

/** The producer fields of every batch with a producer id in `records` (headers only). */
export function producerBatchesOf(records: Buffer): Array<ProducerBatchInfo & { baseOffset: number }> {
  const out: Array<ProducerBatchInfo & { baseOffset: number }> = [];
  forEachBatch(records, (position) => {
    const batch = producerBatchAt(records, position);
    if (batch !== undefined) out.push(batch);
  });
  return out;
}

function cloneEntry(e: ProducerStateEntry): ProducerStateEntry {
  return { ...e, batches: [...e.batches] };
}

export class ProducerStateManager {
  private readonly producers = new Map<number, ProducerStateEntry>();

  constructor(readonly producerIdExpirationMs = producerIdExpirationMsDefault) {}

  get producerCount(): number {
    return this.producers.size;
  }

  entry(producerId: number): ProducerStateEntry | undefined {
    const e = this.producers.get(producerId);
    return e === undefined ? undefined : cloneEntry(e);
  }

  /**
   * Validates a leader append of `batches` (in log order) without changing any state. Returns
   * the metadata of the batch it duplicates when one does (the caller writes nothing and answers
   * with the original offsets); throws INVALID_PRODUCER_EPOCH, OUT_OF_ORDER_SEQUENCE_NUMBER or
   * UNKNOWN_PRODUCER_ID.
   * Later batches are checked against the earlier ones of the same append.
   */
  checkLeaderAppend(batches: readonly ProducerBatchInfo[]): BatchMetadata | undefined {
    const staged = new Map<number, ProducerStateEntry | undefined>();
    for (const batch of batches) {
      if (!staged.has(batch.producerId)) staged.set(batch.producerId, this.entry(batch.producerId));
      const current = staged.get(batch.producerId);
      const duplicate = current === undefined ? undefined : findDuplicate(current, batch);
      if (duplicate !== undefined) return duplicate;
      checkProducerEpoch(current, batch);
      checkSequence(current, batch);
      // Offsets are not known yet; -1 placeholders only serve the next batch's sequence check.
      staged.set(batch.producerId, applyBatch(current, batch, -1, -1));
    }
    return undefined;
  }

  /** Records a batch written to the log at [firstOffset, lastOffset] (leader, follower or recovery). */
  onBatchAppended(batch: ProducerBatchInfo, firstOffset: number, lastOffset: number): void {
    this.producers.set(batch.producerId, applyBatch(this.producers.get(batch.producerId), batch, firstOffset, lastOffset));
  }

  /** Records every producer batch of `records`, whose headers carry their final offsets. */
  onRecordsAppended(records: Buffer): void {
    for (const batch of producerBatchesOf(records)) this.onBatchAppended(batch, batch.baseOffset, batch.baseOffset + batch.lastOffsetDelta);
  }

  /**
   * Forgets batches at or above `offset` (log truncation). A producer left with no batches is
   * dropped: it becomes unknown, so a later batch of it with a sequence other than 0 is answered
   * UNKNOWN_PRODUCER_ID and the client restarts its sequence.
   */
  truncateFrom(offset: number): void {
    for (const [producerId, e] of this.producers) {
      const kept = e.batches.filter((b) => b.lastOffset < offset);
      if (kept.length === e.batches.length) continue;
      if (kept.length === 0) this.producers.delete(producerId);
      else this.producers.set(producerId, { ...e, batches: kept });
    }
  }

  /** Drops producers whose last batch lies wholly below the log start (retention, DeleteRecords). */
  truncateBefore(logStartOffset: number): void {
    for (const [producerId, e] of this.producers) {
      const last = e.batches[e.batches.length - 1];
      if (last !== undefined && last.lastOffset < logStartOffset) this.producers.delete(producerId);
    }
  }

  clear(): void {
    this.producers.clear();
  }

  /** Forgets producers idle for producerIdExpirationMs (Kafka's removeExpiredProducers). */
  removeExpiredProducers(nowMs: number): number {
    let removed = 0;
    for (const [producerId, e] of this.producers) {
      if (nowMs - e.lastTimestampMs >= this.producerIdExpirationMs) {
        this.producers.delete(producerId);
        removed += 1;
      }
    }
    return removed;
  }
}

function findDuplicate(entry: ProducerStateEntry, batch: ProducerBatchInfo): BatchMetadata | undefined {
  if (entry.producerEpoch !== batch.producerEpoch) return undefined;
  const lastSeq = lastSequenceOf(batch.baseSequence, batch.lastOffsetDelta);
  return entry.batches.find((b) => b.firstSeq === batch.baseSequence && b.lastSeq === lastSeq && b.firstOffset >= 0);
}

function checkProducerEpoch(entry: ProducerStateEntry | undefined, batch: ProducerBatchInfo): void {
  if (entry === undefined || batch.producerEpoch >= entry.producerEpoch) return;
  throw new SamsaProtocolError(ErrorCode.INVALID_PRODUCER_EPOCH,
    `Producer ${batch.producerId}'s epoch ${batch.producerEpoch} is older than the current epoch ${entry.producerEpoch}`);
}

/**
 * Kafka's `checkSequence` for a leader append. A producer this partition holds no state for must
 * start at sequence 0 (Kafka 2.0-2.4). The 2.5+ rule of taking any first sequence (KIP-360) is
 * unsafe here: when the request carrying sequence 0 was refused (not yet leader, too few
 * replicas) while a later pipelined request reached the partition, taking the later batch first
 * put it in the log ahead of sequence 0, whose retry could then never be written. Refused with
 * UNKNOWN_PRODUCER_ID, a batch whose predecessors the client has not seen acknowledged is
 * retried after them; one whose predecessors were all acknowledged tells the client that this
 * partition lost its state (retention, producer expiry, an unclean election), and the client
 * restarts the partition's sequence at 0 under a new epoch, as KIP-360 clients do.
 */
function checkSequence(entry: ProducerStateEntry | undefined, batch: ProducerBatchInfo): void {
  if (entry === undefined) {
    if (batch.baseSequence === 0) return;
    throw new SamsaProtocolError(ErrorCode.UNKNOWN_PRODUCER_ID,
      `Found no record of producer ${batch.producerId} on this partition, and its sequence ${batch.baseSequence} is not 0`);
  }
  if (batch.producerEpoch !== entry.producerEpoch) {
    if (batch.baseSequence !== 0) {
      throw new SamsaProtocolError(ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER,
        `Producer ${batch.producerId} bumped its epoch to ${batch.producerEpoch} but sent sequence ${batch.baseSequence}, not 0`);
    }
    return;
  }
  const last = entry.batches[entry.batches.length - 1];
  if (last === undefined) return;
  if (!isNextSequence(last.lastSeq, batch.baseSequence)) {
    throw new SamsaProtocolError(ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER,
      `Out of order sequence number for producer ${batch.producerId}: ${batch.baseSequence} (incoming seq) after ${last.lastSeq} (current end sequence)`);
  }
}

function applyBatch(entry: ProducerStateEntry | undefined, batch: ProducerBatchInfo, firstOffset: number, lastOffset: number): ProducerStateEntry {
  const metadata: BatchMetadata = {
    firstSeq: batch.baseSequence,
    lastSeq: lastSequenceOf(batch.baseSequence, batch.lastOffsetDelta),
    firstOffset,
    lastOffset,
    timestampMs: batch.maxTimestamp,
  };
  // A new epoch starts a fresh sequence space: the old epoch's batches can no longer be retried.
  const previous = entry !== undefined && entry.producerEpoch === batch.producerEpoch ? entry.batches : [];
  const batches = [...previous, metadata].slice(-producerBatchesRetained);
  return { producerId: batch.producerId, producerEpoch: batch.producerEpoch, batches, lastTimestampMs: batch.maxTimestamp };
}
