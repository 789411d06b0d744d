/**
 * The Log's transaction bookkeeping that touches files: producer-state snapshots at roll and
 * clean shutdown, reloading producer state after a truncation (Kafka reloads from the newest
 * snapshot and the log after it), and collecting aborted transactions across segments for
 * read_committed fetches. Kept apart from log.ts, which calls it from its append queue.
 */
import { type Logger } from 'pino';
import { type LogFileSystem } from './file-system';
import { type LogSegment } from './log-segment';
import { type AbortedTxn, type ProducerStateManager } from './producer-state';
import { loadProducerState } from './producer-state-recovery';
import { deleteSnapshots, writeProducerSnapshot } from './producer-state-snapshot';

export interface LogTransactionContext {
  fileSystem: LogFileSystem;
  dir: string;
  producerState: ProducerStateManager;
  logger: Logger | undefined;
}

/** Kafka's takeSnapshot: the state as it stands covers every offset below `nextOffset`. */
export async function takeProducerSnapshot(ctx: LogTransactionContext, nextOffset: number): Promise<void> {
  // Copied synchronously, before any await, so the label and the content agree.
  const producers = ctx.producerState.activeProducers();
  try {
    await writeProducerSnapshot(ctx.fileSystem, ctx.dir, nextOffset, producers);
  } catch (err) {
    // A missing snapshot only makes the next load replay further back.
    ctx.logger?.warn({ err, offset: nextOffset }, 'producer state snapshot failed');
  }
}

/** After the log was cut back to `logEndOffset`: drop later snapshots and rebuild the state from the log. */
export async function reloadProducerState(ctx: LogTransactionContext, segments: readonly LogSegment[], logEndOffset: number): Promise<void> {
  await loadProducerState({ fileSystem: ctx.fileSystem, dir: ctx.dir, segments, logEndOffset, replayFromAtMost: logEndOffset }, ctx.producerState);
}

/** Snapshots below the log start describe deleted data (Kafka's deleteSnapshotsBefore). */
export function deleteSnapshotsBefore(ctx: LogTransactionContext, logStartOffset: number): Promise<void> {
  return deleteSnapshots(ctx.fileSystem, ctx.dir, (offset) => offset < logStartOffset);
}

/**
 * Kafka's collectAbortedTxns: every aborted transaction overlapping [startOffset,
 * upperBoundOffset), from the segment holding `startOffset` on. An abort's entry sits in the
 * segment of its marker, which may come after the fetched range, so later segments are searched
 * until an entry's lastStableOffset shows that no transaction open before the bound is left.
 */
export function collectAbortedTransactions(segments: readonly LogSegment[], startOffset: number, upperBoundOffset: number): AbortedTxn[] {
  const out: AbortedTxn[] = [];
  let i = segments.length - 1;
  while (i > 0 && (segments[i] as LogSegment).baseOffset > startOffset) i -= 1;
  for (; i < segments.length; i += 1) {
    const index = (segments[i] as LogSegment).txnIndex;
    if (index.entryCount === 0) continue;
    index.collect(startOffset, upperBoundOffset, out);
    const last = index.allAbortedTxns()[index.entryCount - 1] as AbortedTxn;
    if (last.lastStableOffset >= upperBoundOffset) break;
  }
  return out;
}
