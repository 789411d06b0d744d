/**
 * Per-partition producer state (Kafka's `ProducerStateManager`, KIP-98). For each producer id it
 * keeps the producer epoch and the metadata of the last 5 batches written (first/last sequence,
 * offsets, timestamp): a client keeps at most 5 requests in flight per connection, so any retry
 * it makes is of one of those. For transactions it keeps each producer's open transaction (the
 * offset of its first batch) and the coordinator epoch of its last marker, the open
 * transactions in first-offset order (the last stable offset is the first of them), and the
 * completed ones whose marker the high watermark has not passed yet (Kafka's unreplicatedTxns:
 * the LSO never passes a marker before every ISR member has it).
 *
 * Pure: no I/O, no clock. The log feeds it every batch it writes (leader appends, follower
 * appends, recovery scans), so a follower that becomes leader already holds the state.
 */
import { BatchField, controlBit, readInt64, transactionalBit } from '../../proto/batch-header';
import { ErrorCode, SamsaProtocolError } from '../../proto/errors';
import { forEachBatch } from './batches';
import { tryReadEndTxnMarker, type EndTxnMarkerInfo } from './control-batch';

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
  /** Set on a transactional producer's batches and on markers. */
  transactional?: boolean;
  /** Set on a transaction marker (a control batch): the batch holds no data. */
  marker?: EndTxnMarkerInfo;
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
  /** Coordinator epoch of the producer's last marker on this partition; -1 before any. */
  coordinatorEpoch: number;
  /** First offset of the producer's open transaction on this partition; -1 when none. */
  currentTxnFirstOffset: number;
}

/** A transaction ended by the marker at `lastOffset` (Kafka's CompletedTxn). */
export interface CompletedTxn {
  producerId: number;
  firstOffset: number;
  lastOffset: number;
}

/** An aborted transaction as the segment's transaction index stores it (Kafka's AbortedTxn). */
export interface AbortedTxn extends CompletedTxn {
  /** The last stable offset once this transaction completed: readers of the index stop there. */
  lastStableOffset: number;
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
  const attributes = buf.readInt16BE(position + BatchField.attributes);
  return {
    baseOffset: readInt64(buf, position + BatchField.baseOffset),
    producerId,
    producerEpoch: buf.readInt16BE(position + BatchField.producerEpoch),
    baseSequence: buf.readInt32BE(position + BatchField.baseSequence),
    lastOffsetDelta: buf.readInt32BE(position + BatchField.lastOffsetDelta),
    maxTimestamp: readInt64(buf, position + BatchField.maxTimestamp),
    // Undefined rather than false keeps an idempotent batch's info exactly as before transactions.
    transactional: (attributes & transactionalBit) !== 0 ? true : undefined,
    // The caller holds the whole batch (an append, or a replay that reads markers whole).
    marker: (attributes & controlBit) !== 0 ? (tryReadEndTxnMarker(buf, position) ?? unknownControl) : undefined,
  };
}

/** A control record of a type this broker does not know: producer state ignores the batch. */
const unknownControl: EndTxnMarkerInfo = Object.freeze({ committed: false, coordinatorEpoch: -1 });

export function isUnknownControl(marker: EndTxnMarkerInfo): boolean {
  return marker === unknownControl;
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
  /** producerId -> first offset of its open transaction, in first-offset order (appends come in offset order). */
  private readonly ongoingTxns = new Map<number, number>();
  /** Completed transactions whose marker is at or above the high watermark, in marker order. */
  private unreplicatedTxns: CompletedTxn[] = [];

  constructor(readonly producerIdExpirationMs = producerIdExpirationMsDefault) {}

  get producerCount(): number {
    return this.producers.size;
  }

  entry(producerId: number): ProducerStateEntry | undefined {
    const e = this.producers.get(producerId);
    return e === undefined ? undefined : cloneEntry(e);
  }

  /** Every producer's state, for DescribeProducers and snapshots. */
  activeProducers(): ProducerStateEntry[] {
    return [...this.producers.values()].map(cloneEntry);
  }

  /**
   * The first offset no read_committed reader may pass (Kafka's firstUnstableOffset): the first
   * offset of the oldest open transaction or of a completed one whose marker is not replicated
   * yet; undefined when there is none.
   */
  firstUnstableOffset(): number | undefined {
    let first: number | undefined;
    for (const offset of this.ongoingTxns.values()) {
      first = offset;
      break;
    }
    for (const txn of this.unreplicatedTxns) if (first === undefined || txn.firstOffset < first) first = txn.firstOffset;
    return first;
  }

  /** The open transactions, oldest first. */
  ongoingTransactions(): Array<{ producerId: number; firstOffset: number }> {
    return [...this.ongoingTxns].map(([producerId, firstOffset]) => ({ producerId, firstOffset }));
  }

  /** Forgets completed transactions whose marker the high watermark passed (Kafka's onHighWatermarkUpdated). */
  onHighWatermarkUpdated(highWatermark: number): void {
    if (this.unreplicatedTxns.length === 0) return;
    this.unreplicatedTxns = this.unreplicatedTxns.filter((t) => t.lastOffset >= highWatermark);
  }

  /**
   * Validates a leader append of `batches` (in log order) without changing any state. Returns
   * the metadata of the batch it duplicates when one does (the caller writes nothing and answers
   * with the original offsets); throws INVALID_PRODUCER_EPOCH, OUT_OF_ORDER_SEQUENCE_NUMBER,
   * UNKNOWN_PRODUCER_ID, INVALID_TXN_STATE or TRANSACTION_COORDINATOR_FENCED.
   * Later batches are checked against the earlier ones of the same append.
   */
  checkLeaderAppend(batches: readonly ProducerBatchInfo[]): BatchMetadata | undefined {
    const staged = new Map<number, ProducerStateEntry | undefined>();
    for (const batch of batches) {
      if (!staged.has(batch.producerId)) staged.set(batch.producerId, this.entry(batch.producerId));
      const current = staged.get(batch.producerId);
      if (batch.marker !== undefined) {
        checkProducerEpoch(current, batch);
        checkCoordinatorEpoch(current, batch, batch.marker);
      } else if (batch.baseSequence < 0) {
        // A coordinator's transactional batch (an offset commit) carries no sequence (Kafka checks sequences for clients only).
        checkProducerEpoch(current, batch);
        checkTxnState(current, batch);
      } else {
        const duplicate = current === undefined ? undefined : findDuplicate(current, batch);
        if (duplicate !== undefined) return duplicate;
        checkProducerEpoch(current, batch);
        checkSequence(current, batch);
        checkTxnState(current, batch);
      }
      // Offsets are not known yet; -1 placeholders only serve the next batch's checks.
      staged.set(batch.producerId, applyBatch(current, batch, -1, -1));
    }
    return undefined;
  }

  /**
   * Records a batch written to the log at [firstOffset, lastOffset] (leader, follower or
   * recovery). Returns the aborted transaction when the batch is an abort marker.
   */
  onBatchAppended(batch: ProducerBatchInfo, firstOffset: number, lastOffset: number): AbortedTxn | undefined {
    if (batch.marker !== undefined && isUnknownControl(batch.marker)) return undefined;
    const previous = this.producers.get(batch.producerId);
    const entry = applyBatch(previous, batch, firstOffset, lastOffset);
    this.producers.set(batch.producerId, entry);
    if (batch.marker !== undefined) return this.completeTxn(batch.producerId, previous?.currentTxnFirstOffset ?? -1, lastOffset, batch.marker.committed);
    if (entry.currentTxnFirstOffset >= 0 && !this.ongoingTxns.has(batch.producerId)) this.ongoingTxns.set(batch.producerId, entry.currentTxnFirstOffset);
    return undefined;
  }

  /** Kafka's completeTxn: the transaction leaves the open set; an abort is returned for the index. */
  private completeTxn(producerId: number, txnFirstOffset: number, markerOffset: number, committed: boolean): AbortedTxn | undefined {
    this.ongoingTxns.delete(producerId);
    // A marker with no open transaction here (the producer wrote nothing to this partition) spans only itself.
    const completed: CompletedTxn = { producerId, firstOffset: txnFirstOffset >= 0 ? txnFirstOffset : markerOffset, lastOffset: markerOffset };
    this.unreplicatedTxns.push(completed);
    if (committed) return undefined;
    let lastStableOffset = markerOffset + 1;
    for (const offset of this.ongoingTxns.values()) {
      lastStableOffset = offset;
      break;
    }
    return { ...completed, lastStableOffset };
  }

  /** Records every producer batch of `records`, whose headers carry their final offsets; returns the aborts among them. */
  onRecordsAppended(records: Buffer): AbortedTxn[] | undefined {
    let aborted: AbortedTxn[] | undefined;
    for (const batch of producerBatchesOf(records)) {
      const abort = this.onBatchAppended(batch, batch.baseOffset, batch.baseOffset + batch.lastOffsetDelta);
      if (abort !== undefined) (aborted ??= []).push(abort);
    }
    return aborted;
  }

  /**
   * Forgets batches at or above `offset` from memory alone. A producer left with no batches is
   * dropped: it becomes unknown, so a later batch of it with a sequence other than 0 is answered
   * UNKNOWN_PRODUCER_ID and the client restarts its sequence. An open transaction that started
   * at or above `offset` goes too; a transaction whose marker is cut off cannot be reopened from
   * memory, so the Log reloads from a snapshot and the log instead (producer-state-snapshot.ts).
   */
  truncateFrom(offset: number): void {
    for (const [producerId, e] of this.producers) {
      const kept = e.batches.filter((b) => b.lastOffset < offset);
      const txnCut = e.currentTxnFirstOffset >= offset;
      if (kept.length === e.batches.length && !txnCut) continue;
      if (txnCut) this.ongoingTxns.delete(producerId);
      if (kept.length === 0 && (txnCut || e.currentTxnFirstOffset < 0)) this.producers.delete(producerId);
      else this.producers.set(producerId, { ...e, batches: kept, currentTxnFirstOffset: txnCut ? -1 : e.currentTxnFirstOffset });
    }
    this.unreplicatedTxns = this.unreplicatedTxns.filter((t) => t.lastOffset < offset);
  }

  /**
   * Drops producers whose last data lies wholly below the log start (retention, DeleteRecords;
   * Kafka's evictUnretainedProducers), with their open transactions: the data is gone, so it no
   * longer holds the last stable offset.
   */
  truncateBefore(logStartOffset: number): void {
    for (const [producerId, e] of this.producers) {
      const lastDataOffset = Math.max(e.batches[e.batches.length - 1]?.lastOffset ?? -1, e.currentTxnFirstOffset);
      if (lastDataOffset >= 0 && lastDataOffset < logStartOffset) {
        this.producers.delete(producerId);
        this.ongoingTxns.delete(producerId);
      }
    }
    this.unreplicatedTxns = this.unreplicatedTxns.filter((t) => t.lastOffset >= logStartOffset);
  }

  clear(): void {
    this.producers.clear();
    this.ongoingTxns.clear();
    this.unreplicatedTxns = [];
  }

  /** Replaces the whole state with `entries` (a snapshot); open transactions follow from them. */
  restore(entries: readonly ProducerStateEntry[]): void {
    this.clear();
    for (const e of entries) this.producers.set(e.producerId, cloneEntry(e));
    const open = entries.filter((e) => e.currentTxnFirstOffset >= 0).sort((a, b) => a.currentTxnFirstOffset - b.currentTxnFirstOffset);
    for (const e of open) this.ongoingTxns.set(e.producerId, e.currentTxnFirstOffset);
  }

  /**
   * Forgets producers idle for producerIdExpirationMs (Kafka's removeExpiredProducers); a
   * producer with an open transaction stays: the coordinator's timeout ends it first.
   */
  removeExpiredProducers(nowMs: number): number {
    let removed = 0;
    for (const [producerId, e] of this.producers) {
      if (e.currentTxnFirstOffset < 0 && nowMs - e.lastTimestampMs >= this.producerIdExpirationMs) {
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

/** Kafka's checkCoordinatorEpoch: a marker from a coordinator older than the last one seen is a zombie's. */
function checkCoordinatorEpoch(entry: ProducerStateEntry | undefined, batch: ProducerBatchInfo, marker: EndTxnMarkerInfo): void {
  if (entry === undefined || marker.coordinatorEpoch >= entry.coordinatorEpoch) return;
  throw new SamsaProtocolError(ErrorCode.TRANSACTION_COORDINATOR_FENCED,
    `Marker for producer ${batch.producerId} has coordinator epoch ${marker.coordinatorEpoch}, older than the last seen ${entry.coordinatorEpoch}`);
}

/** A producer in a transaction on this partition may not write outside it (Kafka's appendDataBatch). */
function checkTxnState(entry: ProducerStateEntry | undefined, batch: ProducerBatchInfo): void {
  if (entry === undefined || batch.transactional === true || entry.currentTxnFirstOffset < 0 || batch.producerEpoch !== entry.producerEpoch) return;
  throw new SamsaProtocolError(ErrorCode.INVALID_TXN_STATE,
    `Producer ${batch.producerId} wrote a non-transactional batch while its transaction from offset ${entry.currentTxnFirstOffset} is open`);
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
  // A new epoch starts a fresh sequence space: the old epoch's batches can no longer be retried.
  const sameEpoch = entry !== undefined && entry.producerEpoch === batch.producerEpoch;
  let batches = sameEpoch ? entry.batches : [];
  // Markers and a coordinator's batches carry no sequence: nothing a client could retry.
  if (batch.marker === undefined && batch.baseSequence >= 0) {
    const metadata: BatchMetadata = {
      firstSeq: batch.baseSequence,
      lastSeq: lastSequenceOf(batch.baseSequence, batch.lastOffsetDelta),
      firstOffset,
      lastOffset,
      timestampMs: batch.maxTimestamp,
    };
    batches = [...batches, metadata].slice(-producerBatchesRetained);
  }
  let currentTxnFirstOffset = entry?.currentTxnFirstOffset ?? -1;
  if (batch.marker !== undefined) currentTxnFirstOffset = -1;
  // Math.max: a leader's staged check passes placeholder offsets of -1, and the transaction must still read as open.
  else if (batch.transactional === true && currentTxnFirstOffset < 0) currentTxnFirstOffset = Math.max(firstOffset, 0);
  return {
    producerId: batch.producerId, producerEpoch: batch.producerEpoch, batches, lastTimestampMs: batch.maxTimestamp,
    coordinatorEpoch: batch.marker !== undefined ? batch.marker.coordinatorEpoch : (entry?.coordinatorEpoch ?? -1),
    currentTxnFirstOffset,
  };
}
