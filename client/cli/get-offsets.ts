/**
 * `samsa get-offsets`: kafka-get-offsets.sh (Kafka 3.0's GetOffsetShell). `--topic` is a regular
 * expression matched against whole topic names (all topics when absent), `--partitions` a comma
 * list of partition ids, `--time` -1 (latest), -2 (earliest) or a timestamp in ms. Prints
 * `topic:partition:offset` sorted by topic and partition; a partition with no offset for the
 * timestamp is left out, as Kafka's is.
 */

import { earliestTimestamp, latestTimestamp } from '../../proto/sentinels';
import { type Admin } from '../admin/admin';
import { CliUsageError, type ParsedArgs, stringArg } from './args';
import { type CliIo, write } from './output';

function timeArg(args: ParsedArgs): number {
  const raw = stringArg(args, 'time') ?? String(latestTimestamp);
  const named: Record<string, number> = { latest: latestTimestamp, earliest: earliestTimestamp };
  const n = named[raw] ?? Number(raw);
  if (!Number.isSafeInteger(n) || n < earliestTimestamp) throw new CliUsageError(`--time must be -1 (latest), -2 (earliest) or a timestamp in ms, not '${raw}'`);
  return n;
}

function partitionsArg(args: ParsedArgs): Set<number> | undefined {
  const raw = stringArg(args, 'partitions');
  if (raw === undefined) return undefined;
  return new Set(raw.split(',').map((s) => s.trim()).filter((s) => s.length > 0).map((s) => {
    const n = Number(s);
    if (!Number.isInteger(n) || n < 0) throw new CliUsageError(`--partitions: '${s}' is not a partition id`);
    return n;
  }));
}

function topicFilter(args: ParsedArgs): (name: string) => boolean {
  const raw = stringArg(args, 'topic');
  if (raw === undefined) return () => true;
  let pattern: RegExp;
  try {
    pattern = new RegExp(`^(?:${raw})$`);
  } catch (err) {
    throw new CliUsageError(`--topic: ${(err as Error).message}`);
  }
  return (name) => pattern.test(name);
}

export async function runGetOffsets(admin: Admin, args: ParsedArgs, io: CliIo): Promise<void> {
  const time = timeArg(args);
  const partitions = partitionsArg(args);
  const matches = topicFilter(args);
  const { topics } = await admin.fetchTopicMetadata();
  const selected = topics.filter((t) => matches(t.name) && !(args['exclude-internal-topics'] === true && t.isInternal))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const lines: string[] = [];
  for (const t of selected) {
    const wanted = t.partitions.map((p) => p.partitionId).filter((p) => partitions === undefined || partitions.has(p));
    if (wanted.length === 0) continue;
    const offsets = await admin.fetchOffsetsAtTime(t.name, wanted, time);
    for (const o of offsets.sort((a, b) => a.partition - b.partition)) if (o.offset >= 0) lines.push(`${t.name}:${o.partition}:${o.offset}`);
  }
  if (lines.length === 0 && !selected.some((t) => t.partitions.some((p) => partitions === undefined || partitions.has(p.partitionId)))) {
    throw new CliUsageError('Could not match any topic-partitions with the specified filters');
  }
  await write(io.stdout, lines.map((l) => `${l}\n`).join(''));
}
