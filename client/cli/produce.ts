/**
 * `samsa produce`: kafka-console-producer.sh. Each stdin line becomes a record (split into
 * key and value with parse.key=true). Lines are sent in chunks, one send per chunk, with a
 * bounded number of chunks outstanding; the command exits after every record is acknowledged,
 * or with the first error.
 */

import readline from 'node:readline';
import { Compression } from '../../proto/batch-header';
import { type ProducerConfig } from '../producer/producer';
import { type Acks, type Message } from '../producer/types';
import { CliUsageError, type ParsedArgs, intArg, parseProperties, stringArg } from './args';
import { type CliIo, write } from './output';

const linesPerSend = 1000;
const sendsInFlightMax = 32;

export interface ProduceOptions {
  topic: string;
  partition: number | undefined;
  parseKey: boolean;
  keySeparator: string;
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
  const ignored: string[] = [];
  for (const [key, value] of producerProps) {
    if (key === 'acks') producer.acks = parseAcks(value);
    else if (key === 'linger.ms') producer.lingerMs = nonNegativeInt(key, value);
    else if (key === 'batch.size') producer.batchSizeBytes = nonNegativeInt(key, value);
    else if (key === 'compression.type') producer.compression = parseCompression(value);
    else if (key === 'delivery.timeout.ms') producer.deliveryTimeoutMs = nonNegativeInt(key, value);
    else if (key === 'max.in.flight.requests.per.connection') producer.maxInFlightRequests = nonNegativeInt(key, value);
    else if (key === 'buffer.memory') producer.bufferMemoryBytes = nonNegativeInt(key, value);
    else if (key === 'max.request.size') producer.maxRequestSizeBytes = nonNegativeInt(key, value);
    else ignored.push(key);
  }
  const acks = stringArg(args, 'request-required-acks');
  if (acks !== undefined) producer.acks = parseAcks(acks);
  const codec = stringArg(args, 'compression-codec');
  if (codec !== undefined) producer.compression = parseCompression(codec);
  return {
    topic,
    partition: intArg(args, 'partition'),
    parseKey: props.get('parse.key') === 'true',
    keySeparator: props.get('key.separator') ?? '\t',
    sync: args.sync === true,
    producer,
    ignored,
  };
}

/** One stdin line as a record; with parse.key a line without the separator is an error. */
export function lineToMessage(line: string, options: Pick<ProduceOptions, 'parseKey' | 'keySeparator' | 'partition'>): Message {
  const message: Message = { value: line };
  if (options.partition !== undefined) message.partition = options.partition;
  if (!options.parseKey) return message;
  const at = line.indexOf(options.keySeparator);
  if (at < 0) throw new CliUsageError(`No key separator found on line: ${line}`);
  message.key = line.slice(0, at);
  message.value = line.slice(at + options.keySeparator.length);
  return message;
}

interface ProducerLike {
  send(r: { topic: string; messages: Message[] }): Promise<unknown>;
}

export async function produceLines(producer: ProducerLike, options: ProduceOptions, io: CliIo): Promise<number> {
  for (const key of options.ignored) await write(io.stderr, `WARN The configuration '${key}' was supplied but isn't a known config.\n`);
  const lines = readline.createInterface({ input: io.stdin, crlfDelay: Infinity });
  const pending = new Set<Promise<unknown>>();
  let failure: Error | undefined;
  let count = 0;
  let chunk: Message[] = [];
  const sendChunk = (): void => {
    if (chunk.length === 0) return;
    const p = producer.send({ topic: options.topic, messages: chunk }).catch((err: unknown) => (failure ??= err instanceof Error ? err : new Error(String(err))));
    chunk = [];
    pending.add(p);
    void p.finally(() => pending.delete(p));
  };
  for await (const line of lines) {
    chunk.push(lineToMessage(line, options));
    count++;
    if (options.sync) {
      await producer.send({ topic: options.topic, messages: chunk });
      chunk = [];
      continue;
    }
    if (chunk.length >= linesPerSend) sendChunk();
    while (pending.size >= sendsInFlightMax) await Promise.race(pending);
    if (failure !== undefined) throw failure;
  }
  sendChunk();
  await Promise.all(pending);
  if (failure !== undefined) throw failure;
  return count;
}
