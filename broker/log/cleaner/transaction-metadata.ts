/**
 * What one cleaning pass knows about transactions (Kafka's CleanedTransactionMetadata, KIP-98):
 * fed every batch in log order, it says which batches belong to aborted transactions (their
 * records are discarded, and never enter the key map, so an aborted record cannot shadow a
 * committed one) and which markers may go. A marker is kept while any batch of its transaction
 * is still in the log; once none is left it may be removed, but only after the delete horizon,
 * like a tombstone (Kafka's two-pass rule: one pass removes the data, a later one the marker).
 * The cleaned segment's transaction index keeps the aborts whose markers stay with data.
 */
import { BatchField, lastOffsetAt, readInt64, transactionalBit } from '../../../proto/batch-header';
import { tryReadEndTxnMarker } from '../control-batch';
import { type AbortedTxn } from '../producer-state';

interface OngoingAbort {
  txn: AbortedTxn;
  /** A batch of this transaction was seen in this pass. */
  batchSeen: boolean;
}

export class CleanedTransactionMetadata {
  /** Aborts not reached yet, by first offset. */
  private readonly pendingAborts: AbortedTxn[];
  private readonly ongoingAborts = new Map<number, OngoingAbort>();
  /** Producers whose committed (or not aborted) transactional batches were seen since their last marker. */
  private readonly ongoingCommits = new Set<number>();

  constructor(abortedTransactions: readonly AbortedTxn[], private readonly cleanedIndex?: { append(aborted: readonly AbortedTxn[]): Promise<void> }) {
    this.pendingAborts = [...abortedTransactions].sort((a, b) => a.firstOffset - b.firstOffset);
  }

  private consumeAbortsUpTo(offset: number): void {
    while (this.pendingAborts.length > 0 && (this.pendingAborts[0] as AbortedTxn).firstOffset <= offset) {
      const txn = this.pendingAborts.shift() as AbortedTxn;
      if (!this.ongoingAborts.has(txn.producerId)) this.ongoingAborts.set(txn.producerId, { txn, batchSeen: false });
    }
  }

  /** A data batch: true when it belongs to an aborted transaction (its records are discarded). */
  onBatchRead(batch: Buffer): boolean {
    this.consumeAbortsUpTo(lastOffsetAt(batch, 0));
    if ((batch.readInt16BE(BatchField.attributes) & transactionalBit) === 0) return false;
    const producerId = readInt64(batch, BatchField.producerId);
    const aborted = this.ongoingAborts.get(producerId);
    if (aborted !== undefined) {
      aborted.batchSeen = true;
      return true;
    }
    this.ongoingCommits.add(producerId);
    return false;
  }

  /** A marker: true when no batch of its transaction is left, so it may go once past the delete horizon. */
  async onControlBatchRead(batch: Buffer): Promise<boolean> {
    this.consumeAbortsUpTo(lastOffsetAt(batch, 0));
    const marker = tryReadEndTxnMarker(batch, 0);
    if (marker === undefined) return false;
    const producerId = readInt64(batch, BatchField.producerId);
    if (marker.committed) return !this.ongoingCommits.delete(producerId);
    const aborted = this.ongoingAborts.get(producerId);
    this.ongoingAborts.delete(producerId);
    if (aborted === undefined || !aborted.batchSeen) return true;
    await this.cleanedIndex?.append([aborted.txn]);
    return false;
  }
}
