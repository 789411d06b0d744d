/**
 * Loading a partition directory (Kafka's `Log.loadSegments` / `recoverLog`). After a clean
 * shutdown segment files and indexes are trusted. After a crash every segment from the one
 * holding the recovery point onwards is re-read: each batch's length, magic and CRC-32C are
 * checked and the indexes rebuilt; the first invalid or partial batch (a torn write) cuts the
 * segment there and every later segment is deleted. Indexes that are missing or fail their
 * sanity check are rebuilt the same way in either case.
 */
import { crc32c } from '@node-rs/crc32';
import { join } from 'node:path';
import { BatchField, batchCrcStart, batchHeaderBytes, batchLogOverheadBytes, batchMagic, batchSizeAt, lastOffsetAt } from '../../proto/batch-header';
import { baseOffsetAt, leaderEpochAt, offsetHeaderBytes } from './batches';
import { isNotFound, type LogFileSystem } from './file-system';
import { transactionIndexFileSuffix } from './transaction-index';
import { type LogConfig } from './log-config';
import {
  cleanedFileSuffix, deletedFileSuffix, LogSegment, logFileSuffix, offsetIndexFileSuffix, swapFileSuffix, timeIndexFileSuffix,
} from './log-segment';

/** Read size for recovery scans: large sequential reads, bounded memory. */
export const recoveryReadChunkBytes = 1024 * 1024;

export interface RecoveredBatch {
  baseOffset: number;
  partitionLeaderEpoch: number;
}

export interface SegmentRecoveryResult {
  validBytes: number;
  truncatedBytes: number;
}

/** Hooks for observing recovery (used by tests to prove a clean start does not scan). */
export interface RecoveryListener {
  onSegmentScanned?(dir: string, baseOffset: number, result: SegmentRecoveryResult): void;
}

function isValidBatch(buf: Buffer, position: number, sizeBytes: number): boolean {
  if (buf.readInt8(position + BatchField.magic) !== batchMagic) return false;
  const stored = buf.readUInt32BE(position + BatchField.crc);
  return crc32c(buf.subarray(position + batchCrcStart, position + sizeBytes)) === stored;
}

/**
 * Re-reads a whole segment, rebuilding its indexes and reporting each valid batch; truncates the
 * file at the first invalid or partial batch.
 */
export async function recoverSegment(
  segment: LogSegment,
  indexIntervalBytes: number,
  onBatch: (batch: RecoveredBatch) => void,
): Promise<SegmentRecoveryResult> {
  segment.resetIndexes();
  const fileSize = segment.sizeBytes;
  let chunk: Buffer = Buffer.alloc(0);
  let chunkStart = 0;
  let position = 0;
  const ensure = async (length: number): Promise<boolean> => {
    if (position + length > fileSize) return false;
    if (position >= chunkStart && position + length <= chunkStart + chunk.length) return true;
    chunk = await segment.read(position, Math.max(recoveryReadChunkBytes, length));
    chunkStart = position;
    return chunk.length >= length;
  };
  while (position < fileSize) {
    if (!(await ensure(batchLogOverheadBytes))) break;
    const size = batchSizeAt(chunk, position - chunkStart);
    if (size < batchHeaderBytes || !(await ensure(size))) break;
    const at = position - chunkStart;
    if (!isValidBatch(chunk, at, size)) break;
    segment.indexRecovered(chunk, at, position, size, indexIntervalBytes);
    onBatch({ baseOffset: baseOffsetAt(chunk, at), partitionLeaderEpoch: leaderEpochAt(chunk, at) });
    position += size;
  }
  const truncatedBytes = fileSize - position;
  if (truncatedBytes > 0) await segment.truncateAtPosition(position);
  // Entries of aborts cut off with a torn tail go; the producer-state replay adds back any that were lost.
  await segment.txnIndex.truncateTo(segment.nextOffset);
  return { validBytes: position, truncatedBytes };
}

const segmentNamePattern = /^(\d{20})\.log$/;
const swapLogNamePattern = /^(\d{20})\.log\.swap$/;

/**
 * Removes leftovers of interrupted deletions and cleanings: `.deleted` and `.cleaned` files, and
 * `.swap` files other than segment logs (Kafka's removeTempFilesAndCollectSwapFiles).
 */
async function removeTemporaryFiles(fileSystem: LogFileSystem, dir: string, names: string[]): Promise<void> {
  const leftovers = names.filter((n) => n.endsWith(deletedFileSuffix) || n.endsWith(cleanedFileSuffix) || n.endsWith(swapFileSuffix) || n.endsWith('.tmp'));
  await Promise.all(leftovers.map((n) => fileSystem.rm(join(dir, n))));
}

/** Offset after the last whole batch of a log file (its base offset when it holds none). */
async function nextOffsetOfFile(fileSystem: LogFileSystem, path: string, baseOffset: number): Promise<number> {
  const fh = await fileSystem.open(path, 'read');
  try {
    const size = (await fh.stat()).size;
    const header = Buffer.alloc(offsetHeaderBytes);
    let next = baseOffset;
    for (let position = 0; position + offsetHeaderBytes <= size; ) {
      const { bytesRead } = await fh.read(header, 0, offsetHeaderBytes, position);
      const batchSize = batchSizeAt(header, 0);
      if (bytesRead < offsetHeaderBytes || batchSize < batchHeaderBytes || position + batchSize > size) break;
      next = lastOffsetAt(header, 0) + 1;
      position += batchSize;
    }
    return next;
  } finally {
    await fh.close();
  }
}

/**
 * Finishes cleaner swaps a crash interrupted (Kafka's completeSwapOperations). A `<base>.log.swap`
 * file was complete and fsynced before it got that name, so it wins: every segment whose base
 * offset falls in its offset range is one it replaces and is removed, then it takes the live name.
 * Its indexes are dropped so that loading rebuilds them. Returns the directory's names afterwards.
 */
async function completeSwaps(fileSystem: LogFileSystem, dir: string, names: string[]): Promise<string[]> {
  const swaps = names.map((n) => swapLogNamePattern.exec(n)?.[1]).filter((b): b is string => b !== undefined);
  if (swaps.length === 0) return names;
  for (const base of swaps) {
    const baseOffset = Number(base);
    const nextOffset = await nextOffsetOfFile(fileSystem, join(dir, `${base}${logFileSuffix}${swapFileSuffix}`), baseOffset);
    const replaced = names
      .map((n) => segmentNamePattern.exec(n)?.[1])
      .filter((b): b is string => b !== undefined && Number(b) >= baseOffset && (Number(b) < nextOffset || Number(b) === baseOffset));
    for (const old of replaced) {
      await Promise.all([logFileSuffix, offsetIndexFileSuffix, timeIndexFileSuffix, transactionIndexFileSuffix].map((suffix) => fileSystem.rm(join(dir, `${old}${suffix}`))));
    }
    await fileSystem.rename(join(dir, `${base}${logFileSuffix}${swapFileSuffix}`), join(dir, `${base}${logFileSuffix}`));
    await renameIfExists(fileSystem, join(dir, `${base}${transactionIndexFileSuffix}${swapFileSuffix}`), join(dir, `${base}${transactionIndexFileSuffix}`));
  }
  return fileNames(fileSystem, dir);
}

async function renameIfExists(fileSystem: LogFileSystem, from: string, to: string): Promise<void> {
  try {
    await fileSystem.rename(from, to);
  } catch (err) {
    if (!isNotFound(err)) throw err;
  }
}

async function fileNames(fileSystem: LogFileSystem, dir: string): Promise<string[]> {
  return (await fileSystem.readdir(dir)).map((e) => e.name);
}

export interface LoadedSegments {
  segments: LogSegment[];
  /** Epoch entries seen in scanned batches, in log order. */
  recoveredBatches: RecoveredBatch[];
  /** True when any segment was scanned (unclean recovery or index rebuild). */
  scanned: boolean;
  /** Base offset of the first segment scanned; producer state is replayed from at or before it. */
  firstScannedBaseOffset: number | undefined;
}

export interface LoadSegmentsOptions {
  fileSystem: LogFileSystem;
  dir: string;
  config: LogConfig;
  recoveryPoint: number;
  cleanShutdown: boolean;
  listener?: RecoveryListener;
}

async function openSegments(fileSystem: LogFileSystem, dir: string, config: LogConfig): Promise<LogSegment[]> {
  const names = await completeSwaps(fileSystem, dir, await fileNames(fileSystem, dir));
  await removeTemporaryFiles(fileSystem, dir, names);
  const baseOffsets = names
    .map((n) => segmentNamePattern.exec(n)?.[1])
    .filter((b): b is string => b !== undefined)
    .map(Number)
    .sort((a, b) => a - b);
  return Promise.all(baseOffsets.map((base) => LogSegment.open(fileSystem, dir, base, config)));
}

/** Loads indexes of a trusted segment; false when they are missing or corrupt. */
async function loadIndexes(segment: LogSegment): Promise<boolean> {
  const [offsetLoaded, timeLoaded] = await Promise.all([segment.offsetIndex.loadFromFile(), segment.timeIndex.loadFromFile()]);
  return offsetLoaded && timeLoaded && segment.offsetIndex.isValidFor(segment.sizeBytes) && segment.timeIndex.isValid();
}

export async function loadSegments(opts: LoadSegmentsOptions): Promise<LoadedSegments> {
  const { dir, config } = opts;
  const segments = await openSegments(opts.fileSystem, dir, config);
  const recoveredBatches: RecoveredBatch[] = [];
  let scanned = false;
  let firstScannedBaseOffset: number | undefined;
  const scan = async (segment: LogSegment): Promise<SegmentRecoveryResult> => {
    scanned = true;
    firstScannedBaseOffset ??= segment.baseOffset;
    const result = await recoverSegment(segment, config.indexIntervalBytes, (b) => recoveredBatches.push(b));
    opts.listener?.onSegmentScanned?.(dir, segment.baseOffset, result);
    return result;
  };
  for (let i = 0; i < segments.length; i += 1) {
    const segment = segments[i] as LogSegment;
    const next = segments[i + 1];
    // The segment holding the recovery point is the first one that may hold unflushed bytes.
    const mayBeUnflushed = next === undefined || next.baseOffset > opts.recoveryPoint;
    const indexesOk = await loadIndexes(segment);
    if ((!opts.cleanShutdown && mayBeUnflushed) || !indexesOk) {
      const result = await scan(segment);
      if (result.truncatedBytes > 0 && !opts.cleanShutdown) {
        // A torn tail: nothing after it can be trusted (Kafka deletes the later segments).
        const dropped = segments.splice(i + 1);
        for (const s of dropped) {
          await s.renameToDeleted();
          await s.deleteFiles();
        }
      }
    }
    await segment.loadTailState();
  }
  return { segments, recoveredBatches, scanned, firstScannedBaseOffset };
}
