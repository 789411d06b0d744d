/**
 * The peers workloads against NATS JetStream, with the official client (@nats-io/transport-node,
 * @nats-io/jetstream): asynchronous publishes to a file stream with 3 replicas, each awaited
 * for its PubAck (JetStream acknowledges once the stream's RAFT group has the message on a
 * quorum of its replicas), and an ordered pull consumer reading the stream from its start.
 */

import { type JetStreamClient, type JetStreamManager, jetstream, jetstreamManager, StorageType } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { type ProduceResult, type ThroughputResult, produceAtRate, produceBounded } from './load';

/** Stream replicas: JetStream's R3, the counterpart of replication factor 3. */
const streamReplicas = 3;
/** Bound on the cluster electing its JetStream meta leader and answering the API. */
const jetStreamReadyTimeoutMs = 60_000;
const jetStreamReadyPollIntervalMs = 250;
/** How long a publish waits for its PubAck, and an API request for its answer. */
const natsAckTimeoutMs = 30_000;
/** Messages the ordered consumer asks for per pull. */
const consumeBatchMessages = 10_000;
/** A read that sees no message for this long ends short. */
const consumeIdleTimeoutMs = 10_000;
const idleCheckIntervalMs = 1_000;

/**
 * The connection type as @nats-io/jetstream sees it: transport-node declares it through a
 * package subpath (`@nats-io/nats-core/internal`) that this project's module resolution does not follow.
 */
type NatsConnection = Parameters<typeof jetstream>[0];

export interface NatsSession {
  nc: NatsConnection;
  js: JetStreamClient;
  jsm: JetStreamManager;
  close(): Promise<void>;
}

async function retryUntil<T>(what: string, attempt: () => Promise<T>, deadlineMs: number): Promise<T> {
  for (;;) {
    try {
      return await attempt();
    } catch (err) {
      if (Date.now() > deadlineMs) throw new Error(`${what} within ${jetStreamReadyTimeoutMs} ms: ${err instanceof Error ? err.message : String(err)}`);
      await new Promise((resolve) => setTimeout(resolve, jetStreamReadyPollIntervalMs));
    }
  }
}

/** Connects and waits until JetStream answers (a meta leader was elected). */
export async function connectJetStream(servers: string[]): Promise<NatsSession> {
  const nc: NatsConnection = await connect({ servers, name: 'samsa-peers-bench', timeout: natsAckTimeoutMs });
  try {
    const jsm = await jetstreamManager(nc, { timeout: natsAckTimeoutMs });
    await retryUntil('JetStream did not answer', () => jsm.getAccountInfo(), Date.now() + jetStreamReadyTimeoutMs);
    const js = jetstream(nc, { timeout: natsAckTimeoutMs });
    return { nc, js, jsm, close: async () => { await nc.close(); } };
  } catch (err) {
    await nc.close();
    throw err;
  }
}

/** A file stream with 3 replicas over `subject`; waits until it accepts messages. */
export async function createStream(session: NatsSession, name: string, subject: string): Promise<void> {
  await retryUntil(`stream ${name} was not created`, () => session.jsm.streams.add({
    name, subjects: [subject], storage: StorageType.File, num_replicas: streamReplicas,
  }), Date.now() + jetStreamReadyTimeoutMs);
}

export function natsProduce(
  session: NatsSession,
  subject: string,
  opts: { count: number; recordSizeBytes: number; inFlightMax: number; timeoutMs: number },
): Promise<ProduceResult> {
  const payload = Buffer.alloc(opts.recordSizeBytes, 0x61);
  return produceBounded({ label: 'NATS produce', ...opts }, () => session.js.publish(subject, payload, { timeout: natsAckTimeoutMs }));
}

export function natsProduceAtRate(
  session: NatsSession,
  subject: string,
  opts: { ratePerSec: number; durationMs: number; recordSizeBytes: number; inFlightMax: number },
): Promise<ProduceResult> {
  const payload = Buffer.alloc(opts.recordSizeBytes, 0x61);
  return produceAtRate({ label: 'NATS fixed rate', ackTimeoutMs: natsAckTimeoutMs, ...opts }, () => session.js.publish(subject, payload, { timeout: natsAckTimeoutMs }));
}

/** Reads the whole stream from its first message with an ordered consumer; time from the first pull to the last message. */
export async function natsConsume(session: NatsSession, stream: string, expected: number): Promise<ThroughputResult> {
  const consumer = await session.js.consumers.get(stream);
  const startedMs = performance.now();
  const messages = await consumer.consume({ max_messages: consumeBatchMessages });
  let records = 0;
  let bytes = 0;
  let lastMessageMs = startedMs;
  const idleCheck = setInterval(() => {
    if (performance.now() - lastMessageMs > consumeIdleTimeoutMs) {
      process.stderr.write(`NATS consume: no message for ${consumeIdleTimeoutMs} ms: stopping after ${records} of ${expected}\n`);
      void messages.close();
    }
  }, idleCheckIntervalMs);
  try {
    for await (const m of messages) {
      records++;
      bytes += m.data.length;
      lastMessageMs = performance.now();
      if (records >= expected) break;
    }
  } finally {
    clearInterval(idleCheck);
    await messages.close();
  }
  return { records, bytes, elapsedMs: Math.max(lastMessageMs - startedMs, 1), failures: Math.max(0, expected - records) };
}
