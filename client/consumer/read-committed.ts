/**
 * Read-committed filtering (KIP-98), as Kafka's consumer Fetcher does it. A read_committed fetch
 * returns data below the last stable offset plus the aborted transactions overlapping it, each
 * as (producerId, firstOffset). Walking the batches in offset order, a transaction's records are
 * dropped from its first offset until that producer's abort marker; a later transaction of the
 * same producer is only dropped if it is listed too (its own first offset). Control batches are
 * never returned. Dropped batches keep their offsets so the position moves past them: a committed
 * offset after an aborted transaction or a marker is beyond it. Pure: no I/O.
 */

import { type DecodedBatch } from '../../proto/record-batch';
import { ControlRecordType } from '../../proto/control-records';

export const IsolationLevel = { ReadUncommitted: 0, ReadCommitted: 1 } as const;
export type IsolationLevel = (typeof IsolationLevel)[keyof typeof IsolationLevel];
export type IsolationLevelName = 'read_uncommitted' | 'read_committed';

export function isolationLevelOf(name: IsolationLevelName): IsolationLevel {
  if (name === 'read_committed') return IsolationLevel.ReadCommitted;
  if (name === 'read_uncommitted') return IsolationLevel.ReadUncommitted;
  throw new RangeError(`isolationLevel must be read_committed or read_uncommitted, not ${String(name)}`);
}

export interface AbortedTransaction {
  producerId: number;
  firstOffset: number;
}

/**
 * The batches with the records of aborted transactions removed (the batch stays, empty, so that
 * the position moves past it). Control batches have no records already. The order of `aborted`
 * does not matter: it is sorted by first offset here, as Kafka's priority queue does.
 */
export function withoutAbortedRecords(batches: readonly DecodedBatch[], aborted: readonly AbortedTransaction[]): DecodedBatch[] {
  if (aborted.length === 0) return batches as DecodedBatch[];
  const pending = [...aborted].sort((a, b) => a.firstOffset - b.firstOffset);
  const abortedProducers = new Set<number>();
  let next = 0;
  const out: DecodedBatch[] = [];
  for (const batch of batches) {
    if (batch.producerId < 0) {
      out.push(batch);
      continue;
    }
    // Transactions that start at or before this batch's end may cover it.
    while (next < pending.length && pending[next]!.firstOffset <= batch.lastOffset) abortedProducers.add(pending[next++]!.producerId);
    if (batch.isControl) {
      if (batch.controlType === ControlRecordType.Abort) abortedProducers.delete(batch.producerId);
      out.push(batch);
    } else if (batch.isTransactional && abortedProducers.has(batch.producerId)) {
      out.push({ ...batch, records: [] });
    } else {
      out.push(batch);
    }
  }
  return out;
}
