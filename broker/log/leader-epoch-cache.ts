/**
 * The leader epoch cache (KIP-101/KIP-279, Kafka's `LeaderEpochFileCache`): for each leader epoch
 * the first offset written in it, in increasing order of both. Followers use it to find where
 * their log diverges from the leader's; the leader answers OffsetsForLeaderEpoch from it.
 * Persisted as `leader-epoch-checkpoint` ("0\n<count>\n<epoch> <startOffset>\n...").
 */
import { join } from 'node:path';
import { formatCheckpoint, readCheckpointLines, CheckpointFormatError } from './checkpoint-file';
import { writeFileAtomically, type LogFileSystem } from './file-system';

export const leaderEpochCheckpointFileName = 'leader-epoch-checkpoint';
/** Kafka's UNDEFINED_EPOCH and UNDEFINED_EPOCH_OFFSET. */
export const undefinedEpoch = -1;
export const undefinedEpochOffset = -1;

export interface EpochEntry {
  epoch: number;
  startOffset: number;
}

export class LeaderEpochFileCache {
  private epochs: EpochEntry[];
  private readonly path: string;
  private readonly fileSystem: LogFileSystem;
  private dirty = false;
  private flushChain: Promise<void> = Promise.resolve();

  constructor(fileSystem: LogFileSystem, path: string, entries: readonly EpochEntry[] = []) {
    this.fileSystem = fileSystem;
    this.path = path;
    this.epochs = entries.map((e) => ({ ...e }));
  }

  static async load(fileSystem: LogFileSystem, partitionDir: string): Promise<LeaderEpochFileCache> {
    const path = join(partitionDir, leaderEpochCheckpointFileName);
    const lines = (await readCheckpointLines(fileSystem, path)) ?? [];
    const entries = lines.map((line) => {
      const [epoch, startOffset] = line.trim().split(/\s+/).map(Number);
      if (!Number.isInteger(epoch) || !Number.isInteger(startOffset)) {
        throw new CheckpointFormatError(path, `bad entry "${line}"`);
      }
      return { epoch: epoch as number, startOffset: startOffset as number };
    });
    return new LeaderEpochFileCache(fileSystem, path, entries);
  }

  /** Records that `epoch` starts at `startOffset`, dropping entries that conflict with it. */
  assign(epoch: number, startOffset: number): void {
    if (epoch < 0) return;
    const last = this.epochs[this.epochs.length - 1];
    if (last !== undefined && last.epoch === epoch && startOffset >= last.startOffset) return;
    // Kafka's truncateAndAppend: an entry with a later-or-equal epoch or start offset is stale.
    this.epochs = this.epochs.filter((e) => e.epoch < epoch && e.startOffset < startOffset);
    this.epochs.push({ epoch, startOffset });
    this.dirty = true;
  }

  latestEpoch(): number {
    return this.epochs[this.epochs.length - 1]?.epoch ?? undefinedEpoch;
  }

  /**
   * Kafka's `endOffsetFor`: the latest epoch ends at the log end offset; an older epoch ends where
   * the next known epoch starts, reported under the largest known epoch <= the requested one; an
   * epoch before every entry ends at the first entry's start; an unknown later one is undefined.
   */
  endOffsetFor(epoch: number, logEndOffset: number): { epoch: number; endOffset: number } {
    if (epoch === undefinedEpoch) return { epoch: undefinedEpoch, endOffset: undefinedEpochOffset };
    if (epoch === this.latestEpoch()) return { epoch, endOffset: logEndOffset };
    const next = this.epochs.findIndex((e) => e.epoch > epoch);
    if (next < 0) return { epoch: undefinedEpoch, endOffset: undefinedEpochOffset };
    const subsequent = this.epochs[next] as EpochEntry;
    const previous = this.epochs[next - 1];
    if (previous === undefined) return { epoch, endOffset: subsequent.startOffset };
    return { epoch: previous.epoch, endOffset: subsequent.startOffset };
  }

  /** Drops entries starting at or after `endOffset` (log truncation to `endOffset`). */
  truncateFromEnd(endOffset: number): void {
    if (endOffset < 0) return;
    const kept = this.epochs.filter((e) => e.startOffset < endOffset);
    if (kept.length !== this.epochs.length) {
      this.epochs = kept;
      this.dirty = true;
    }
  }

  /**
   * Log start moved to `startOffset`: entries wholly before it go, and the epoch covering it now
   * starts there (Kafka's `truncateFromStart`).
   */
  truncateFromStart(startOffset: number): void {
    const first = this.epochs[0];
    if (first === undefined || startOffset <= first.startOffset) return;
    const previous = this.epochs.filter((e) => e.startOffset <= startOffset);
    const subsequent = this.epochs.filter((e) => e.startOffset > startOffset);
    const covering = previous[previous.length - 1] as EpochEntry;
    this.epochs = [{ epoch: covering.epoch, startOffset }, ...subsequent];
    this.dirty = true;
  }

  clear(): void {
    if (this.epochs.length === 0) return;
    this.epochs = [];
    this.dirty = true;
  }

  entries(): { epoch: number; startOffset: number }[] {
    return this.epochs.map((e) => ({ ...e }));
  }

  /** True when the in-memory entries differ from the last flushed file. */
  get needsFlush(): boolean {
    return this.dirty;
  }

  /** Writes the checkpoint; concurrent flushes are serialized and each writes the latest state. */
  flush(): Promise<void> {
    const run = this.flushChain.then(async () => {
      this.dirty = false;
      const lines = this.epochs.map((e) => `${e.epoch} ${e.startOffset}`);
      try {
        await writeFileAtomically(this.fileSystem, this.path, formatCheckpoint(lines));
      } catch (err) {
        this.dirty = true;
        throw err;
      }
    });
    this.flushChain = run.catch(() => undefined);
    return run;
  }
}
