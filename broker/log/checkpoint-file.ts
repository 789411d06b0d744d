/**
 * Kafka's text checkpoint files (`OffsetCheckpointFile`, `LeaderEpochCheckpointFile`): a version
 * line `0`, a count line, then one entry per line. Written with writeFileAtomically, so that a crash
 * leaves either the old or the new content, never a mix.
 */
import { topicPartitionKey } from '../../proto/topic-partition';
import { SamsaError } from '../../proto/errors';
import { readFileIfExists, writeFileAtomically, type LogFileSystem } from './file-system';

export const checkpointVersion = 0;

export interface PartitionOffset {
  topic: string;
  partition: number;
  offset: number;
}

export class CheckpointFormatError extends SamsaError {
  constructor(path: string, reason: string) {
    super(`Malformed checkpoint file ${path}: ${reason}`);
  }
}

/** Serializes lines as `0\n<count>\n<line>\n...`. */
export function formatCheckpoint(lines: readonly string[]): string {
  return `${checkpointVersion}\n${lines.length}\n${lines.map((l) => `${l}\n`).join('')}`;
}

/** Returns the entry lines, or undefined when the file does not exist. */
export async function readCheckpointLines(fileSystem: LogFileSystem, path: string): Promise<string[] | undefined> {
  const data = await readFileIfExists(fileSystem, path);
  if (data === undefined) return undefined;
  const lines = data.toString('utf8').split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  if (lines[0] !== String(checkpointVersion)) throw new CheckpointFormatError(path, `unknown version "${lines[0]}"`);
  const count = Number(lines[1]);
  if (!Number.isInteger(count) || count < 0) throw new CheckpointFormatError(path, `bad count "${lines[1]}"`);
  const entries = lines.slice(2);
  if (entries.length !== count) throw new CheckpointFormatError(path, `expected ${count} entries, found ${entries.length}`);
  return entries;
}

function parseInteger(path: string, text: string | undefined): number {
  if (text === undefined || !/^-?\d+$/.test(text)) throw new CheckpointFormatError(path, `bad number "${text}"`);
  return Number(text);
}

/** Reads `<topic> <partition> <offset>` entries; a missing file is an empty checkpoint. */
export async function readOffsetCheckpoint(fileSystem: LogFileSystem, path: string): Promise<PartitionOffset[]> {
  const lines = (await readCheckpointLines(fileSystem, path)) ?? [];
  return lines.map((line) => {
    // Topic names cannot contain spaces (legal chars: [a-zA-Z0-9._-]), so split on whitespace.
    const parts = line.trim().split(/\s+/);
    if (parts.length !== 3) throw new CheckpointFormatError(path, `bad entry "${line}"`);
    return { topic: parts[0] as string, partition: parseInteger(path, parts[1]), offset: parseInteger(path, parts[2]) };
  });
}

export async function writeOffsetCheckpoint(fileSystem: LogFileSystem, path: string, entries: readonly PartitionOffset[]): Promise<void> {
  await writeFileAtomically(fileSystem, path, formatCheckpoint(entries.map((e) => `${e.topic} ${e.partition} ${e.offset}`)));
}

export function checkpointMap(entries: readonly PartitionOffset[]): Map<string, number> {
  return new Map(entries.map((e) => [topicPartitionKey({ topic: e.topic, partition: e.partition }), e.offset]));
}
