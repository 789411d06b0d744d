/**
 * Test-only doubles for the producer's Sender: a one-broker cluster whose answers a test decides,
 * and a Sender over it with idempotence on (producer id 77, epoch 0).
 */
import { type samsa } from '../../proto/generated/samsa';
import { type Cluster } from '../../client/cluster/cluster';
import { type Logger } from '../../client/logger';
import { RecordAccumulator, SendHandle } from '../../client/producer/accumulator';
import { IdempotenceState } from '../../client/producer/idempotence';
import { Sender } from '../../client/producer/sender';

export const settings = { acks: -1 as const, timeoutMs: 1000, compression: 0 as const };

export const silentLogger: Logger = { error: () => undefined, warn: () => undefined, info: () => undefined, debug: () => undefined, child: () => silentLogger };

/** A cluster whose one broker (id 1) leads every partition and answers Produce with `produce`. */
export function oneBrokerCluster(produce: (body: samsa.v1.IProduceRequest) => Promise<samsa.v1.IProduceResponse>): Cluster {
  return {
    logger: silentLogger,
    metadata: { partition: () => ({ leader: 1 }) },
    brokerAddress: () => ({ host: 'h', port: 1 }),
    refreshMetadata: () => Promise.resolve(),
    sendToBroker: (_id: number, _key: number, body: samsa.v1.IProduceRequest) => produce(body),
  } as unknown as Cluster;
}

/** A one-broker cluster where `respond` decides each produce's answer from its first batch. */
export function fakeCluster(respond: (records: Buffer, call: number) => samsa.v1.IProduceResponse | Error): { cluster: Cluster; sent: Buffer[] } {
  const sent: Buffer[] = [];
  const cluster = oneBrokerCluster((body) => {
    const records = body.topics![0]!.partitions![0]!.records as Buffer;
    sent.push(records);
    const answer = respond(records, sent.length);
    return answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer);
  });
  return { cluster, sent };
}

export function ok(baseOffset: number, errorCode = 0): samsa.v1.IProduceResponse {
  return { topics: [{ name: 't', partitions: [{ partition: 0, errorCode, baseOffset, logAppendTimeMs: -1, logStartOffset: 0 }] }] };
}

/** batchSizeBytes 1: every record is a batch of its own. */
export function senderFor(cluster: Cluster): { sender: Sender; accumulator: RecordAccumulator } {
  const accumulator = new RecordAccumulator({ batchSizeBytes: 1, lingerMs: 0 });
  const sender = new Sender({
    cluster, accumulator, maxInFlightRequests: 5, deliveryTimeoutMs: 30_000, requestTimeoutMs: 1000, maxRequestSizeBytes: 1 << 20,
    retryBackoffMs: 1, logger: cluster.logger, onBatchDone: () => undefined,
  });
  sender.idempotence = new IdempotenceState(77, 0);
  return { sender, accumulator };
}

export function send(accumulator: RecordAccumulator, sender: Sender, value: string): Promise<unknown> {
  const handle = new SendHandle();
  accumulator.append('t', 0, settings, { key: null, value }, handle, Date.now());
  handle.seal();
  sender.wakeup();
  return handle.promise;
}

