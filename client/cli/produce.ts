/**
 * `samsa produce`: kafka-console-producer.sh. Each stdin line becomes a record (line-reader.ts:
 * headers, key and value as the --property keys say) and is handed to the producer as soon as
 * it is read, as Kafka's tool does: an interactive user sees each line go out at once, and the
 * producer's accumulator still batches lines that arrive together. At most linesInFlightMax
 * lines are unacknowledged at a time. A line that cannot be parsed stops the command with exit
 * status 1 after the lines before it are acknowledged; so does a failed send.
 */

import readline from 'node:readline';
import { Compression } from '../../proto/batch-header';
import { type ProducerConfig } from '../producer/producer';
import { type Acks, type Message } from '../producer/types';
import { CliUsageError, type ParsedArgs, intArg, parseProperties, stringArg } from './args';
import { type CliIo, write } from './output';
import { type LineReaderOptions, lineReaderOptions, lineToMessage } from './line-reader';

export { lineToMessage } from './line-reader';

/** Lines handed to the producer and not yet acknowledged; reading stdin pauses at this bound. */
export const linesInFlightMax = 10_000;

export interface ProduceOptions extends LineReaderOptions {
  topic: string;
  sync: boolean;
  producer: ProducerConfig;
  /** Producer properties that were given but are not known. */
  ignored: string[];
}

const compressionByName: Record<string, Compression> = {
  none: Compression.None,
  gzip: Compression.Gzip,
  snappy: Compression.Snappy,
  lz4: Compression.Lz4,
  zstd: Compression.Zstd,
};

function parseAcks(value: string): Acks {
  if (value === 'all' || value === '-1') return -1;
  if (value === '1') return 1;
  if (value === '0') return 0;
  throw new CliUsageError(`acks must be all, -1, 1 or 0, not '${value}'`);
}

function parseCompression(value: string): Compression {
  const c = compressionByName[value.toLowerCase()];
  if (c === undefined) throw new CliUsageError(`unknown compression type '${value}' (none, gzip, snappy, lz4, zstd)`);
  return c;
}

function nonNegativeInt(name: string, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new CliUsageError(`${name} must be a non-negative integer, not '${value}'`);
  return n;
}

/** Kafka's producer config keys onto the producer's config; returns the keys it does not know. */
export function applyProducerProperties(producer: ProducerConfig, props: ReadonlyMap<string, string>): string[] {
  const ignored: string[] = [];
  for (const [key, value] of props) {
    if (key === 'acks') producer.acks = parseAcks(value);
    else if (key === 'linger.ms') producer.lingerMs = nonNegativeInt(key, value);
    else if (key === 'batch.size') producer.batchSizeBytes = nonNegativeInt(key, value);
    else if (key === 'compression.type') producer.compression = parseCompression(value);
    else if (key === 'delivery.timeout.ms') producer.deliveryTimeoutMs = nonNegativeInt(key, value);
    else if (key === 'max.in.flight.requests.per.connection') producer.maxInFlightRequests = nonNegativeInt(key, value);
    else if (key === 'buffer.memory') producer.bufferMemoryBytes = nonNegativeInt(key, value);
    else if (key === 'max.request.size') producer.maxRequestSizeBytes = nonNegativeInt(key, value);
    else if (key === 'enable.idempotence') producer.idempotent = value.trim().toLowerCase() === 'true';
    else if (key === 'transactional.id') producer.transactionalId = value;
    else ignored.push(key);
  }
  return ignored;
}

export function produceOptions(args: ParsedArgs): ProduceOptions {
  const topic = stringArg(args, 'topic');
  if (!topic) throw new CliUsageError('produce needs --topic');
  const props = parseProperties(args.property as string[] | undefined);
  const producerProps = parseProperties(args['producer-property'] as string[] | undefined, 'producer-property');
  const producer: ProducerConfig = {};
  const transactionalId = stringArg(args, 'transactional-id');
  if (transactionalId !== undefined) {
    if (transactionalId.length === 0) throw new CliUsageError('--transactional-id must not be empty');
    producer.transactionalId = transactionalId;
  }
  const ignored = applyProducerProperties(producer, producerProps);
  const acks = stringArg(args, 'request-required-acks');
  if (acks !== undefined) producer.acks = parseAcks(acks);
  const codec = stringArg(args, 'compression-codec');
  if (codec !== undefined) producer.compression = parseCompression(codec);
  return {
    ...lineReaderOptions(props, intArg(args, 'partition')),
    topic,
    sync: args.sync === true,
    producer,
    ignored,
  };
}

interface ProducerLike {
  send(r: { topic: string; messages: Message[] }): Promise<unknown>;
}

/** Sends each stdin line as it is read; returns the number of lines acknowledged. */
export async function produceLines(producer: ProducerLike, options: ProduceOptions, io: CliIo): Promise<number> {
  for (const key of options.ignored) await write(io.stderr, `WARN The configuration '${key}' was supplied but isn't a known config.\n`);
  const lines = readline.createInterface({ input: io.stdin, crlfDelay: Infinity });
  const pending = new Set<Promise<unknown>>();
  let failure: Error | undefined;
  let lineNumber = 0;
  // Kafka's reader prompts with '>' when a terminal is attached, never into a pipe.
  const prompt = (io.stdin as { isTTY?: boolean }).isTTY === true ? (): unknown => write(io.stdout, '>') : (): unknown => undefined;
  try {
    prompt();
    for await (const line of lines) {
      lineNumber++;
      const send = producer.send({ topic: options.topic, messages: [lineToMessage(line, options, lineNumber)] });
      if (options.sync) {
        await send;
        prompt();
        continue;
      }
      const p = send.catch((err: unknown) => (failure ??= err instanceof Error ? err : new Error(String(err))));
      pending.add(p);
      void p.finally(() => pending.delete(p));
      while (pending.size >= linesInFlightMax) await Promise.race(pending);
      if (failure !== undefined) break;
      prompt();
    }
  } finally {
    // A bad line or a failed send stops reading; what was handed over before is still delivered.
    lines.close();
    await Promise.all(pending);
  }
  if (failure !== undefined) throw failure;
  return lineNumber;
}
