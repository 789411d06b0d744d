/**
 * Rebuilding producer state when a log is loaded or truncated (Kafka's
 * `Log.rebuildProducerState`): restore the newest snapshot at or below the point wanted
 * (producer-state-snapshot.ts), then replay the batch headers of the log after it, reading large
 * sequential chunks and decoding only markers. The replay also repairs the aborted-transaction
 * index of each segment it passes: an abort whose entry is missing (a segment rebuilt after a
 * crash) is appended again.
 */
import { batchHeaderBytes, batchSizeAt, BatchField, controlBit, lastOffsetAt } from '../../proto/batch-header';
import { type LogFileSystem } from './file-system';
import { producerBatchAt, type AbortedTxn, type ProducerStateManager } from './producer-state';
import { deleteSnapshots, listSnapshotOffsets, readProducerSnapshot } from './producer-state-snapshot';

/** Read size of the replay: one read covers the headers of many small batches. */
export const producerStateReadChunkBytes = 1024 * 1024;

/** What the replay needs from a segment (LogSegment satisfies it). */
export interface ReplayableSegment {
  readonly sizeBytes: number;
  read(position: number, length: number): Promise<Buffer>;
  readonly baseOffset?: number;
  readonly nextOffset?: number;
  /** Position of the first batch holding `offset` or later (LogSegment.translateOffset). */
  translateOffset?(offset: number): Promise<{ position: number } | undefined>;
  readonly txnIndex?: { readonly lastMarkerOffset: number; append(aborted: readonly AbortedTxn[]): Promise<void> };
}

/** Feeds the headers of every whole batch of `segment` from `fromOffset` on to `state`, in log order. */
export async function replaySegmentIntoProducerState(segment: ReplayableSegment, state: ProducerStateManager, fromOffset = 0): Promise<number> {
  const fileSize = segment.sizeBytes;
  let position = 0;
  if (fromOffset > (segment.baseOffset ?? 0) && segment.translateOffset !== undefined) {
    const found = await segment.translateOffset(fromOffset);
    if (found === undefined) return 0;
    position = found.position;
  }
  let chunk: Buffer = Buffer.alloc(0);
  let chunkStart = 0;
  let batches = 0;
  while (position + batchHeaderBytes <= fileSize) {
    if (position < chunkStart || position + batchHeaderBytes > chunkStart + chunk.length) {
      chunk = await segment.read(position, producerStateReadChunkBytes);
      chunkStart = position;
      if (chunk.length < batchHeaderBytes) break;
    }
    let at = position - chunkStart;
    const size = batchSizeAt(chunk, at);
    if (size < batchHeaderBytes) break;
    if ((chunk.readInt16BE(at + BatchField.attributes) & controlBit) !== 0 && at + size > chunk.length) {
      // A marker's record is decoded: read it whole.
      chunk = await segment.read(position, Math.max(size, producerStateReadChunkBytes));
      chunkStart = position;
      at = 0;
      if (chunk.length < size) break;
    }
    if (lastOffsetAt(chunk, at) >= fromOffset) await replayBatch(segment, chunk, at, state);
    position += size;
    batches += 1;
  }
  return batches;
}

async function replayBatch(segment: ReplayableSegment, chunk: Buffer, at: number, state: ProducerStateManager): Promise<void> {
  const batch = producerBatchAt(chunk, at);
  if (batch === undefined) return;
  const aborted = state.onBatchAppended(batch, batch.baseOffset, batch.baseOffset + batch.lastOffsetDelta);
  const index = segment.txnIndex;
  if (aborted !== undefined && index !== undefined && aborted.lastOffset > index.lastMarkerOffset) await index.append([aborted]);
}

/** Replays every given segment into a cleared state. */
export async function rebuildProducerState(segments: readonly ReplayableSegment[], state: ProducerStateManager): Promise<number> {
  state.clear();
  let batches = 0;
  for (const segment of segments) batches += await replaySegmentIntoProducerState(segment, state);
  return batches;
}

export interface ProducerStateLoadOptions {
  fileSystem: LogFileSystem;
  dir: string;
  segments: readonly ReplayableSegment[];
  logEndOffset: number;
  /** The replay starts at or below this offset (the first segment a crash recovery rebuilt). */
  replayFromAtMost: number;
}

/**
 * Restores the newest usable snapshot at or below `replayFromAtMost`, deleting those above the
 * log end, and replays the segments after it; without a snapshot the whole log is replayed.
 * Returns the offset the replay started at.
 */
export async function loadProducerState(opts: ProducerStateLoadOptions, state: ProducerStateManager): Promise<number> {
  const { fileSystem, dir, logEndOffset } = opts;
  await deleteSnapshots(fileSystem, dir, (offset) => offset > logEndOffset);
  const bound = Math.min(opts.replayFromAtMost, logEndOffset);
  const candidates = (await listSnapshotOffsets(fileSystem, dir)).filter((o) => o <= bound).reverse();
  state.clear();
  let from = 0;
  for (const offset of candidates) {
    const producers = await readProducerSnapshot(fileSystem, dir, offset);
    if (producers === undefined) continue;
    state.restore(producers);
    from = offset;
    break;
  }
  for (const segment of opts.segments) {
    if (segment.nextOffset !== undefined && segment.nextOffset <= from) continue;
    await replaySegmentIntoProducerState(segment, state, from);
  }
  return from;
}
