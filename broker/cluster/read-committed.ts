/**
 * read_committed fetches (KIP-98): a consumer with isolation level 1 reads only below the last
 * stable offset, and gets with the records the aborted transactions that overlap them (Kafka's
 * Log.addAbortedTransactions), so it can drop those producers' batches up to their abort markers.
 */
import { forEachBatch } from '../log/batches';
import { lastOffsetAt } from '../../proto/batch-header';
import type { AbortedTransaction } from '../api/fetch';

export const IsolationLevel = { ReadUncommitted: 0, ReadCommitted: 1 } as const;

/** The aborted transactions overlapping [fetchOffset, the offset after the last returned batch). */
export function abortedTransactionsIn(
  log: { collectAbortedTransactions(startOffset: number, upperBoundOffset: number): Array<{ producerId: number; firstOffset: number }> },
  fetchOffset: number,
  records: Buffer,
): AbortedTransaction[] {
  let upperBoundOffset = fetchOffset;
  forEachBatch(records, (position) => {
    upperBoundOffset = lastOffsetAt(records, position) + 1;
  });
  if (upperBoundOffset <= fetchOffset) return [];
  return log.collectAbortedTransactions(fetchOffset, upperBoundOffset).map((t) => ({ producerId: t.producerId, firstOffset: t.firstOffset }));
}
