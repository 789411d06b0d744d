/**
 * Rebuilding producer state when a log is loaded. Kafka restores it from the newest
 * `<offset>.snapshot` file and replays the log after it; this clone keeps no snapshot files and
 * instead replays the batch headers of the newest segments (producerStateRecoverySegments of
 * them), reading large sequential chunks and never decoding records. A producer whose last
 * batch lies before those segments comes back unknown, exactly like one whose state expired:
 * its next batch is answered UNKNOWN_PRODUCER_ID and the client restarts the partition's
 * sequence under a new epoch, so only a retry of a batch written that long ago could slip
 * through as a second copy.
 */
import { batchHeaderBytes, batchSizeAt } from '../../proto/batch-header';
import { producerBatchAt, type ProducerStateManager } from './producer-state';

/** How many of the newest segments are replayed into producer state on load. */
export const producerStateRecoverySegments = 2;
/** Read size of the replay: one read covers the headers of many small batches. */
export const producerStateReadChunkBytes = 1024 * 1024;

/** What the replay needs from a segment (LogSegment satisfies it). */
export interface ReplayableSegment {
  readonly sizeBytes: number;
  read(position: number, length: number): Promise<Buffer>;
}

/** Feeds the headers of every whole batch of `segment` to `state`, in log order. */
export async function replaySegmentIntoProducerState(segment: ReplayableSegment, state: ProducerStateManager): Promise<number> {
  const fileSize = segment.sizeBytes;
  let chunk: Buffer = Buffer.alloc(0);
  let chunkStart = 0;
  let position = 0;
  let batches = 0;
  while (position + batchHeaderBytes <= fileSize) {
    if (position < chunkStart || position + batchHeaderBytes > chunkStart + chunk.length) {
      chunk = await segment.read(position, producerStateReadChunkBytes);
      chunkStart = position;
      if (chunk.length < batchHeaderBytes) break;
    }
    const at = position - chunkStart;
    const size = batchSizeAt(chunk, at);
    if (size < batchHeaderBytes) break;
    const batch = producerBatchAt(chunk, at);
    if (batch !== undefined) state.onBatchAppended(batch, batch.baseOffset, batch.baseOffset + batch.lastOffsetDelta);
    position += size;
    batches += 1;
  }
  return batches;
}

/** Replays the newest segments of a freshly loaded log. */
export async function rebuildProducerState(segments: readonly ReplayableSegment[], state: ProducerStateManager): Promise<number> {
  state.clear();
  let batches = 0;
  for (const segment of segments.slice(-producerStateRecoverySegments)) batches += await replaySegmentIntoProducerState(segment, state);
  return batches;
}
