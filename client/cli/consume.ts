/**
 * `samsa consume`: kafka-console-consumer.sh, with explicit assignment (all partitions of the
 * topic, or --partition), or with --group as a member of a consumer group that subscribes to
 * the topic and commits what it printed (--from-beginning then applies only to partitions the
 * group has no committed offset for, as in Kafka). Output follows Kafka's DefaultMessageFormatter: optional
 * timestamp, partition, offset, headers and key, then the value, separated by key.separator.
 */

import { type Admin } from '../admin/admin';
import { type Consumer } from '../consumer/consumer';
import { type ConsumerMessage } from '../consumer/messages';
import { CliUsageError, type ParsedArgs, intArg, parseProperties, stringArg } from './args';
import { type CliIo, write } from './output';
import { type IsolationLevelName } from '../consumer/read-committed';

interface FormatOptions {
  printKey: boolean;
  printValue: boolean;
  printPartition: boolean;
  printOffset: boolean;
  printTimestamp: boolean;
  printHeaders: boolean;
  keySeparator: string;
  lineSeparator: string;
  headersSeparator: string;
  nullLiteral: string;
}

/** DefaultMessageFormatter's keys; any other --property is refused rather than ignored silently. */
const formatterPropertyNames = [
  'print.timestamp', 'print.key', 'print.offset', 'print.partition', 'print.headers', 'print.value',
  'key.separator', 'line.separator', 'headers.separator', 'null.literal',
] as const;

function checkFormatterProperties(props: ReadonlyMap<string, string>): void {
  const known: readonly string[] = formatterPropertyNames;
  for (const key of props.keys()) {
    if (key.endsWith('.deserializer')) throw new CliUsageError(`--property ${key} is not supported: keys, values and headers are printed as UTF-8 text`);
    if (!known.includes(key)) throw new CliUsageError(`unknown --property '${key}' (the formatter takes ${known.join(', ')})`);
  }
}

interface ConsumeOptions {
  topic: string;
  partition: number | undefined;
  start: 'earliest' | 'latest' | number;
  maxMessages: number | undefined;
  group: string | undefined;
  timeoutMs: number | undefined;
  isolationLevel: IsolationLevelName;
  format: FormatOptions;
}

export function consumeOptions(args: ParsedArgs): ConsumeOptions {
  const topic = stringArg(args, 'topic');
  if (!topic) throw new CliUsageError('consume needs --topic');
  const partition = intArg(args, 'partition');
  const offset = stringArg(args, 'offset');
  if (offset !== undefined && args['from-beginning']) throw new CliUsageError('--offset and --from-beginning cannot be used together');
  let start: ConsumeOptions['start'] = args['from-beginning'] ? 'earliest' : 'latest';
  if (offset !== undefined) {
    if (offset === 'earliest' || offset === 'latest') start = offset;
    else {
      const n = Number(offset);
      if (!Number.isInteger(n) || n < 0) throw new CliUsageError(`--offset must be earliest, latest or a non-negative integer, not '${offset}'`);
      if (partition === undefined) throw new CliUsageError('--offset N needs --partition');
      start = n;
    }
  }
  const group = stringArg(args, 'group');
  if (group !== undefined && (partition !== undefined || offset !== undefined)) throw new CliUsageError('--group cannot be used with --partition or --offset');
  const props = parseProperties(args.property as string[] | undefined);
  checkFormatterProperties(props);
  const flag = (name: string, dflt = false): boolean => (props.has(name) ? props.get(name)!.trim().toLowerCase() === 'true' : dflt);
  return {
    topic,
    partition,
    start,
    maxMessages: intArg(args, 'max-messages', 1),
    group,
    timeoutMs: intArg(args, 'timeout-ms', 0),
    isolationLevel: isolationLevelArg(args),
    format: {
      printKey: flag('print.key'),
      printValue: flag('print.value', true),
      printPartition: flag('print.partition'),
      printOffset: flag('print.offset'),
      printTimestamp: flag('print.timestamp'),
      printHeaders: flag('print.headers'),
      keySeparator: props.get('key.separator') ?? '\t',
      lineSeparator: props.get('line.separator') ?? '\n',
      headersSeparator: props.get('headers.separator') ?? ',',
      nullLiteral: props.get('null.literal') ?? 'null',
    },
  };
}

/** --isolation-level, as kafka-console-consumer.sh takes it (default read_uncommitted). */
function isolationLevelArg(args: ParsedArgs): IsolationLevelName {
  const value = stringArg(args, 'isolation-level') ?? 'read_uncommitted';
  if (value !== 'read_committed' && value !== 'read_uncommitted') {
    throw new CliUsageError(`--isolation-level must be read_committed or read_uncommitted, not '${value}'`);
  }
  return value;
}

async function assignAll(admin: Admin, consumer: Consumer, options: ConsumeOptions): Promise<void> {
  let partitions: number[];
  if (options.partition !== undefined) partitions = [options.partition];
  else {
    const { topics } = await admin.fetchTopicMetadata({ topics: [options.topic] });
    partitions = topics[0]!.partitions.map((p) => p.partitionId);
  }
  consumer.assign(partitions.map((partition) => ({ topic: options.topic, partition })));
  for (const partition of partitions) await consumer.seek({ topic: options.topic, partition, offset: options.start });
}

export function formatMessage(m: ConsumerMessage, f: FormatOptions): string {
  const text = (b: Buffer | null): string => (b === null ? f.nullLiteral : b.toString('utf8'));
  let out = '';
  const sep = f.keySeparator;
  if (f.printTimestamp) out += `CreateTime:${m.timestamp}${sep}`;
  if (f.printPartition) out += `Partition:${m.partition}${sep}`;
  if (f.printOffset) out += `Offset:${m.offset}${sep}`;
  if (f.printHeaders) out += (m.headers.length === 0 ? 'NO_HEADERS' : m.headers.map((h) => `${h.key}:${text(h.value)}`).join(f.headersSeparator)) + sep;
  if (f.printKey) out += text(m.key) + sep;
  if (f.printValue) out += text(m.value);
  else if (out.endsWith(sep)) out = out.slice(0, out.length - sep.length);
  return out + f.lineSeparator;
}

/** Consumes until --max-messages or --timeout-ms; returns the number of messages printed. */
export async function consumeToOutput(admin: Admin, consumer: Consumer, options: ConsumeOptions, io: CliIo): Promise<number> {
  if (options.group !== undefined) {
    await admin.fetchTopicMetadata({ topics: [options.topic] }); // an unknown topic fails here, not in a rebalance loop
    await consumer.subscribe({ topics: [options.topic], fromBeginning: options.start === 'earliest' });
  } else await assignAll(admin, consumer, options);
  let count = 0;
  let lastMessageMs = Date.now();
  let finish!: () => void;
  const finished = new Promise<void>((resolve) => (finish = resolve));
  consumer.once('stop', () => finish());
  consumer.once('crash', ({ error }: { error: unknown }) => {
    void write(io.stderr, `ERROR ${(error as Error).message}\n`);
    process.exitCode = 1;
  });
  let idleTimer: NodeJS.Timeout | undefined;
  const checkIdle = (): void => {
    const idleMs = Date.now() - lastMessageMs;
    if (idleMs >= options.timeoutMs!) void consumer.stop();
    else idleTimer = setTimeout(checkIdle, options.timeoutMs! - idleMs);
  };
  if (options.timeoutMs !== undefined) idleTimer = setTimeout(checkIdle, options.timeoutMs);
  await consumer.run({
    eachBatch: async ({ batch, resolveOffset, isStale }) => {
      let out = '';
      for (const m of batch.messages) {
        if (isStale() || (options.maxMessages !== undefined && count >= options.maxMessages)) break;
        out += formatMessage(m, options.format);
        resolveOffset(m.offset);
        count++;
      }
      lastMessageMs = Date.now();
      await write(io.stdout, out);
      if (options.maxMessages !== undefined && count >= options.maxMessages) void consumer.stop();
    },
    eachBatchAutoResolve: false,
  });
  await finished;
  clearTimeout(idleTimer);
  return count;
}
