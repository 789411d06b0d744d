/**
 * KafkaJS (npm, 2.x) on the KAFKA listener, in the test process: a client whose log lines are kept
 * for a failing test's message, a producer that reports each record's offset, and a group
 * consumer that reads a known number of records with eachMessage, bounded in time.
 *
 * KafkaJS keeps headers as an object: a repeated key becomes an array and keys keep the order of
 * their first appearance, so records meant for a round trip through it list their headers
 * grouped by key (see groupHeaders).
 */
import { type IHeaders, Kafka, type KafkaMessage, logLevel, type LogEntry } from 'kafkajs';
import { type TestCluster } from '../fixtures/cluster';
import { type Delivery, type RecordToWrite, type WireRecord } from './samsa-side';

/** Log lines kept per client for a failure message. */
const logLinesMax = 200;
const readTimeoutMs = 60_000;

export interface KafkaJsClient {
  kafka: Kafka;
  /** KafkaJS's warnings and errors so far, newest last. */
  logs: string[];
}

export function kafkajsClient(cluster: TestCluster, clientId: string): KafkaJsClient {
  const logs: string[] = [];
  const logCreator = () => ({ namespace, level, log }: LogEntry): void => {
    logs.push(`${logLevel[level]} ${namespace} ${JSON.stringify(log)}`);
    if (logs.length > logLinesMax) logs.shift();
  };
  const kafka = new Kafka({
    clientId, brokers: cluster.kafkaBootstrap.split(','), logLevel: logLevel.WARN, logCreator,
    retry: { retries: 8, initialRetryTime: 200 }, requestTimeout: 30_000,
  });
  return { kafka, logs };
}

/** Reorders a record's headers by key, first appearance first: the order KafkaJS can represent. */
export function groupHeaders(record: RecordToWrite): RecordToWrite {
  const keys = [...new Set(record.headers.map(([k]) => k))];
  return { ...record, headers: keys.flatMap((k) => record.headers.filter(([hk]) => hk === k)) };
}

function toIHeaders(headers: Array<[string, string | null]>): IHeaders {
  const out: Record<string, Buffer[]> = {};
  for (const [k, v] of headers) (out[k] ??= []).push(Buffer.from(v ?? '', 'hex'));
  return out;
}

function fromIHeaders(headers: IHeaders | undefined): Array<[string, string | null]> {
  const out: Array<[string, string | null]> = [];
  for (const [k, v] of Object.entries(headers ?? {})) {
    for (const one of Array.isArray(v) ? v : [v]) out.push([k, one === undefined ? null : Buffer.from(one).toString('hex')]);
  }
  return out;
}

/** Sends the records in one acks=all send; the offset of each, in input order. */
export async function kafkajsProduce(client: KafkaJsClient, topic: string, records: RecordToWrite[]): Promise<Delivery[]> {
  const producer = client.kafka.producer({ allowAutoTopicCreation: false });
  await producer.connect();
  try {
    const metadata = await producer.send({
      topic, acks: -1,
      messages: records.map((r) => ({
        partition: r.partition,
        key: r.key === null ? null : Buffer.from(r.key, 'hex'),
        value: r.value === null ? null : Buffer.from(r.value, 'hex'),
        headers: toIHeaders(r.headers),
        ...(r.timestamp >= 0 ? { timestamp: String(r.timestamp) } : {}),
      })),
    });
    const next = new Map(metadata.map((m) => [m.partition, Number(m.baseOffset)]));
    return records.map((r) => {
      const offset = next.get(r.partition);
      if (offset === undefined) throw new Error(`KafkaJS reported no offset for partition ${r.partition}: ${JSON.stringify(metadata)}`);
      next.set(r.partition, offset + 1);
      return { partition: r.partition, offset };
    });
  } finally {
    await producer.disconnect();
  }
}

export function wireRecordOf(partition: number, m: KafkaMessage): WireRecord {
  return {
    partition, offset: Number(m.offset), timestamp: Number(m.timestamp),
    key: m.key === null || m.key === undefined ? null : m.key.toString('hex'),
    value: m.value === null ? null : m.value.toString('hex'),
    headers: fromIHeaders(m.headers),
  };
}

/** A consumer of `groupId` reads `count` records of the topic from the beginning with eachMessage. */
export async function kafkajsGroupRead(client: KafkaJsClient, topic: string, groupId: string, count: number): Promise<WireRecord[]> {
  const consumer = client.kafka.consumer({ groupId, sessionTimeout: 10_000, heartbeatInterval: 1_000, maxWaitTimeInMs: 200 });
  const out: WireRecord[] = [];
  await consumer.connect();
  try {
    await consumer.subscribe({ topics: [topic], fromBeginning: true });
    let done: () => void = () => undefined;
    const allRead = new Promise<void>((resolve) => (done = resolve));
    await consumer.run({
      eachMessage: async ({ partition, message }) => {
        out.push(wireRecordOf(partition, message));
        if (out.length >= count) done();
      },
    });
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([allRead, new Promise((resolve) => (timer = setTimeout(resolve, readTimeoutMs)))]);
    clearTimeout(timer);
  } finally {
    await consumer.disconnect();
  }
  if (out.length < count) throw new Error(`KafkaJS group ${groupId} read ${out.length} of ${count} records of ${topic} in ${readTimeoutMs} ms\n${client.logs.join('\n')}`);
  return out;
}
