/**
 * One cleaning of one log (Kafka's `Cleaner.clean`):
 *
 * 1. Build the key -> latest offset map over the dirty section, segment by segment, until the
 *    section ends or the map is full (the clean then ends where the map stopped).
 * 2. Recopy every segment from the log start up to that end, in groups that fit one segment,
 *    into `<base>.log.cleaned`, keeping a record only when no later offset has its key, it has a
 *    key at all, and it is not a tombstone older than the delete horizon.
 * 3. Swap each cleaned group in (Log.replaceSegments: `.cleaned` -> `.swap` -> live name).
 *
 * Offsets never change; batches lose records but keep their header fields. Tombstones survive
 * until their segment has sat in the cleaned section for delete.retention.ms: the horizon is the
 * last clean segment's modification time minus delete.retention.ms, as in Kafka.
 *
 * Transactions (KIP-98, transaction-metadata.ts): records of aborted transactions are dropped and
 * never enter the key map; a marker stays while any batch of its transaction does and, like a
 * tombstone, until the delete horizon passed; the dirty section never reaches the last stable
 * offset (cleanable.ts).
 */
import { BatchField, batchHeaderBytes, batchSizeAt, controlBit, lastOffsetAt, readInt64 } from '../../../proto/batch-header';
import { forEachRecordSpan } from '../../../proto/record-spans';
import { offsetHeaderBytes } from '../batches';
import { type Log } from '../log';
import { cleanedFileSuffix, LogSegment } from '../log-segment';
import { filterBatch, recordsSectionOf, type FilteredBatch } from './batch-filter';
import { type CleanableLog } from './cleanable';
import { type OffsetMap } from './offset-map';
import { type Throttler } from './throttler';
import { CleanedTransactionMetadata } from './transaction-metadata';
import { SamsaError } from '../../../proto/errors';

const int32Max = 2_147_483_647;

export interface CleanerOptions {
  /** Read chunk and write buffer size (log.cleaner.io.buffer.size); grows to hold one batch. */
  ioBufferBytes: number;
  /** Bound on one batch's decompressed records. */
  decompressBytesMax: number;
  throttler: Throttler;
  /** Polled between batches; a true answer stops the clean with LogCleaningAbortedError. */
  isAborted: () => boolean;
  nowMs: () => number;
}

export interface CleanerStats {
  mapBytesRead: number;
  mapRecordsRead: number;
  bytesRead: number;
  bytesWritten: number;
  recordsRead: number;
  recordsWritten: number;
  /** Share of the key map's memory bound used, 0..1. */
  bufferUtilization: number;
  segmentsCleaned: number;
  elapsedMs: number;
}

export interface CleanResult {
  /** The new cleaner checkpoint: everything below it is clean. */
  endOffset: number;
  stats: CleanerStats;
}

export class LogCleaningAbortedError extends SamsaError {
  constructor(topicPartition: string) {
    super(`cleaning of ${topicPartition} was aborted`);
  }
}

/**
 * Visits every whole batch of `segment` in order, reading `chunkBytes` at a time. `visit` returns
 * false to stop early. A torn tail (a batch running past the file) ends the walk.
 */
export async function forEachSegmentBatch(
  segment: LogSegment, chunkBytes: number, visit: (batch: Buffer) => Promise<boolean> | boolean,
): Promise<void> {
  const readBytes = Math.max(chunkBytes, offsetHeaderBytes);
  let position = 0;
  while (position < segment.sizeBytes) {
    let chunk = await segment.read(position, readBytes);
    let at = 0;
    while (at + offsetHeaderBytes <= chunk.length) {
      const size = batchSizeAt(chunk, at);
      if (size < batchHeaderBytes) return;
      if (at + size > chunk.length) {
        if (at > 0) break;
        // One batch larger than the chunk: read it whole.
        chunk = await segment.read(position, size);
        if (chunk.length < size) return;
      }
      if (!(await visit(chunk.subarray(at, at + size)))) return;
      at += size;
    }
    if (at === 0) return;
    position += at;
  }
}

/** Step 1: maps each key in the dirty section to its latest offset; returns where the map stops. */
async function buildOffsetMap(target: CleanableLog, dirty: readonly LogSegment[], map: OffsetMap, opts: CleanerOptions, stats: CleanerStats): Promise<number> {
  const { firstDirtyOffset, firstUncleanableOffset } = target;
  map.clear();
  let full = false;
  const txns = new CleanedTransactionMetadata(target.log.collectAbortedTransactions(firstDirtyOffset, firstUncleanableOffset));
  for (const segment of dirty) {
    await forEachSegmentBatch(segment, opts.ioBufferBytes, async (batch) => {
      if (opts.isAborted()) throw new LogCleaningAbortedError(target.log.topicPartition);
      stats.mapBytesRead += batch.length;
      await opts.throttler.maybeThrottle(batch.length);
      const baseOffset = readInt64(batch, BatchField.baseOffset);
      if ((batch.readInt16BE(BatchField.attributes) & controlBit) !== 0) {
        await txns.onControlBatchRead(batch);
        return true;
      }
      // An aborted record must not shadow an earlier committed one with its key.
      if (txns.onBatchRead(batch) || lastOffsetAt(batch, 0) < firstDirtyOffset) return true;
      const records = await recordsSectionOf(batch, opts.decompressBytesMax);
      forEachRecordSpan(records, 0, records.length, (span) => {
        const offset = baseOffset + span.offsetDelta;
        if (full || offset < firstDirtyOffset || span.keyStart < 0) return;
        stats.mapRecordsRead += 1;
        map.put(records, span.keyStart, span.keyEnd, offset);
        full = map.isFull;
      });
      return !full;
    });
    if (full) break;
  }
  stats.bufferUtilization = map.utilization;
  if (!full) return firstUncleanableOffset;
  if (map.latestOffset < firstDirtyOffset) throw new Error(`${target.log.topicPartition}: log.cleaner.dedupe.buffer.size cannot hold a single key`);
  return map.latestOffset + 1;
}

/**
 * Consecutive segments that can become one (Kafka's groupSegmentsBySize): the sum of their
 * sizes fits segment.bytes, of their indexes segment.index.bytes, and their offsets the index's
 * 32-bit relative offsets.
 */
export function groupSegmentsBySize(segments: readonly LogSegment[], segmentBytes: number, indexBytes: number): LogSegment[][] {
  const groups: LogSegment[][] = [];
  let i = 0;
  while (i < segments.length) {
    const first = segments[i] as LogSegment;
    const group = [first];
    let logBytes = first.sizeBytes;
    let offsetIndexBytes = first.offsetIndex.sizeBytes;
    let timeIndexBytes = first.timeIndex.sizeBytes;
    i += 1;
    for (; i < segments.length; i += 1) {
      const next = segments[i] as LogSegment;
      if (logBytes + next.sizeBytes > segmentBytes) break;
      if (offsetIndexBytes + next.offsetIndex.sizeBytes > indexBytes || timeIndexBytes + next.timeIndex.sizeBytes > indexBytes) break;
      if (next.nextOffset - 1 - first.baseOffset > int32Max) break;
      group.push(next);
      logBytes += next.sizeBytes;
      offsetIndexBytes += next.offsetIndex.sizeBytes;
      timeIndexBytes += next.timeIndex.sizeBytes;
    }
    groups.push(group);
  }
  return groups;
}

interface RetentionContext {
  map: OffsetMap;
  /** The batch's segment is newer than the delete horizon: tombstones and markers stay. */
  retainDeletes: boolean;
  txns: CleanedTransactionMetadata;
  decompressBytesMax: number;
}

/** What of one batch the cleaned segment keeps (Kafka's cleanInto retention rules). */
async function retainedPartOf(log: Log, batch: Buffer, ctx: RetentionContext): Promise<FilteredBatch> {
  if ((batch.readInt16BE(BatchField.attributes) & controlBit) !== 0) {
    // A marker goes once no batch of its transaction is left and it is past the delete horizon.
    const canDiscard = await ctx.txns.onControlBatchRead(batch);
    return { bytes: canDiscard && !ctx.retainDeletes ? undefined : batch, recordsRead: 0, recordsRetained: 0 };
  }
  const aborted = ctx.txns.onBatchRead(batch);
  return filterBatch(batch, {
    decompressBytesMax: ctx.decompressBytesMax,
    retainRecord: (buf, span, offset) => {
      if (aborted || span.keyStart < 0) return false;
      const latest = ctx.map.get(buf, span.keyStart, span.keyEnd);
      if (latest >= 0 && offset < latest) return false;
      return span.hasValue || ctx.retainDeletes;
    },
    retainEmptyBatch: (producerId, lastOffset) => {
      const entry = log.producerState.entry(producerId);
      return entry !== undefined && entry.batches[entry.batches.length - 1]?.lastOffset === lastOffset;
    },
  });
}

/** Steps 2 and 3 for one group. Returns false when the log changed under it and nothing was swapped. */
async function cleanSegments(
  log: Log, group: readonly LogSegment[], map: OffsetMap, deleteHorizonMs: number, opts: CleanerOptions, stats: CleanerStats,
): Promise<boolean> {
  const cleaned = await LogSegment.create(log.fileSystem, log.dir, (group[0] as LogSegment).baseOffset, log.config, cleanedFileSuffix);
  const txns = new CleanedTransactionMetadata(
    log.collectAbortedTransactions((group[0] as LogSegment).baseOffset, (group[group.length - 1] as LogSegment).nextOffset), cleaned.txnIndex,
  );
  try {
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    const writePending = async (): Promise<void> => {
      if (pending.length === 0) return;
      await cleaned.appendAll(pending, log.config.indexIntervalBytes);
      stats.bytesWritten += pendingBytes;
      await opts.throttler.maybeThrottle(pendingBytes);
      pending = [];
      pendingBytes = 0;
    };
    let lastModifiedMs = 0;
    for (const segment of group) {
      const modifiedMs = await segment.lastModifiedMs();
      lastModifiedMs = Math.max(lastModifiedMs, modifiedMs);
      const retainDeletes = modifiedMs > deleteHorizonMs;
      await forEachSegmentBatch(segment, opts.ioBufferBytes, async (batch) => {
        if (opts.isAborted()) throw new LogCleaningAbortedError(log.topicPartition);
        stats.bytesRead += batch.length;
        await opts.throttler.maybeThrottle(batch.length);
        const result = await retainedPartOf(log, batch, { map, retainDeletes, txns, decompressBytesMax: opts.decompressBytesMax });
        stats.recordsRead += result.recordsRead;
        stats.recordsWritten += result.recordsRetained;
        if (result.bytes !== undefined) {
          // A kept batch is a view of its read chunk; chunks are never reused, so no copy is needed.
          pending.push(result.bytes);
          pendingBytes += result.bytes.length;
          if (pendingBytes >= opts.ioBufferBytes) await writePending();
        }
        return true;
      });
    }
    await writePending();
    cleaned.onBecomeInactive();
    await cleaned.flush();
    await cleaned.setLastModifiedMs(lastModifiedMs);
    if (opts.isAborted()) throw new LogCleaningAbortedError(log.topicPartition);
    const swapped = await log.replaceSegments(cleaned, group);
    if (!swapped) await discard(cleaned);
    else stats.segmentsCleaned += group.length;
    return swapped;
  } catch (err) {
    await discard(cleaned);
    throw err;
  }
}

async function discard(segment: LogSegment): Promise<void> {
  await segment.renameToDeleted();
  await segment.deleteFiles();
}

/** Cleans `target.log` from its start through as much of the dirty section as the map holds. */
export async function cleanLog(target: CleanableLog, map: OffsetMap, opts: CleanerOptions): Promise<CleanResult> {
  const startMs = opts.nowMs();
  const stats: CleanerStats = {
    mapBytesRead: 0, mapRecordsRead: 0, bytesRead: 0, bytesWritten: 0, recordsRead: 0, recordsWritten: 0,
    bufferUtilization: 0, segmentsCleaned: 0, elapsedMs: 0,
  };
  const { log, firstDirtyOffset, firstUncleanableOffset } = target;
  const segments = log.logSegments();
  const closed = segments.slice(0, -1);
  const endOf = (i: number): number => (segments[i + 1] as LogSegment).baseOffset;
  const dirty = closed.filter((_, i) => endOf(i) > firstDirtyOffset && endOf(i) <= firstUncleanableOffset);
  const endOffset = await buildOffsetMap(target, dirty, map, opts, stats);

  const cleanSection = segments.filter((s) => s.baseOffset < firstDirtyOffset);
  const lastClean = cleanSection[cleanSection.length - 1];
  const deleteHorizonMs = lastClean === undefined ? 0 : (await lastClean.lastModifiedMs()) - log.config.deleteRetentionMs;

  const toClean = closed.filter((s) => s.baseOffset < endOffset);
  for (const group of groupSegmentsBySize(toClean, log.config.segmentBytes, log.config.segmentIndexBytes)) {
    if (!(await cleanSegments(log, group, map, deleteHorizonMs, opts, stats))) {
      // Retention or truncation removed segments meanwhile: the next round starts afresh.
      throw new LogCleaningAbortedError(log.topicPartition);
    }
  }
  stats.elapsedMs = opts.nowMs() - startMs;
  return { endOffset, stats };
}
