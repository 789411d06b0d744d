/**
 * Producer-state snapshots (Kafka's `<offset>.snapshot` files, ProducerStateManager.takeSnapshot):
 * the whole producer state as it stood after every offset below `<offset>` was applied, written
 * when a segment rolls and at clean shutdown. Loading (and truncation) restores the newest
 * snapshot at or below the point wanted and replays the log after it (producer-state-recovery.ts),
 * so an open transaction survives a restart however old its first batch is, and the replay reads
 * about one segment instead of the whole log.
 *
 * The label is the log's next offset at the moment the state was copied; appends already
 * reserved but not yet written may be inside it, so a snapshot above the log end (those appends
 * were lost in a crash, or rolled back) describes data the log does not hold and is deleted.
 * Snapshots below the log start go with the segments retention deletes.
 *
 * Format: JSON {version, offset, producers, crc}, where crc is CRC-32C of the JSON of the rest;
 * written to a temporary file, fsynced and renamed into place.
 */
import { crc32c } from '@node-rs/crc32';
import { join } from 'node:path';
import { writeFileAtomically, type LogFileSystem } from './file-system';
import { segmentFileName } from './log-segment';
import { type ProducerStateEntry } from './producer-state';

export const producerSnapshotFileSuffix = '.snapshot';
const snapshotVersion = 1;
const snapshotNamePattern = /^(\d{20})\.snapshot$/;

interface SnapshotBody {
  version: number;
  offset: number;
  producers: ProducerStateEntry[];
}

export function snapshotPath(dir: string, offset: number): string {
  return join(dir, segmentFileName(offset, producerSnapshotFileSuffix));
}

/** The offsets of the snapshot files in `dir`, ascending. */
export async function listSnapshotOffsets(fileSystem: LogFileSystem, dir: string): Promise<number[]> {
  const names = (await fileSystem.readdir(dir)).map((e) => e.name);
  return names.map((n) => snapshotNamePattern.exec(n)?.[1]).filter((b): b is string => b !== undefined).map(Number).sort((a, b) => a - b);
}

export async function writeProducerSnapshot(fileSystem: LogFileSystem, dir: string, offset: number, producers: ProducerStateEntry[]): Promise<void> {
  const body: SnapshotBody = { version: snapshotVersion, offset, producers };
  const json = JSON.stringify(body);
  const crc = crc32c(Buffer.from(json, 'utf8'));
  await writeFileAtomically(fileSystem, snapshotPath(dir, offset), JSON.stringify({ body: json, crc }));
}

/** The producers a snapshot holds; undefined when the file is damaged (it is then ignored). */
export async function readProducerSnapshot(fileSystem: LogFileSystem, dir: string, offset: number): Promise<ProducerStateEntry[] | undefined> {
  try {
    const outer = JSON.parse((await fileSystem.readFile(snapshotPath(dir, offset))).toString('utf8')) as { body?: unknown; crc?: unknown };
    if (typeof outer.body !== 'string' || crc32c(Buffer.from(outer.body, 'utf8')) !== outer.crc) return undefined;
    const body = JSON.parse(outer.body) as SnapshotBody;
    if (body.version !== snapshotVersion || body.offset !== offset || !Array.isArray(body.producers)) return undefined;
    return body.producers;
  } catch (err) {
    if (err instanceof SyntaxError) return undefined;
    throw err;
  }
}

/** Deletes the snapshots for which `doomed(offset)` holds. */
export async function deleteSnapshots(fileSystem: LogFileSystem, dir: string, doomed: (offset: number) => boolean): Promise<void> {
  for (const offset of await listSnapshotOffsets(fileSystem, dir)) {
    if (doomed(offset)) await fileSystem.rm(snapshotPath(dir, offset));
  }
}
