/**
 * Protobuf requests the log-side transaction suites send straight to a partition leader: a
 * transactional batch through Produce, markers through WriteTxnMarkers (as the transaction
 * coordinator would), read_committed and read_uncommitted Fetch, ListOffsets and DescribeProducers.
 */
import { BrokerConnection } from '../../client/network/connection';
import { ApiKey } from '../../proto/api';
import { batchSizeAt, BatchField, controlBit, readInt64 } from '../../proto/batch-header';
import { ErrorCode } from '../../proto/errors';
import type { samsa } from '../../proto/generated/samsa';
import { encodeRecordBatchUncompressed } from '../../proto/record-batch';
import { waitFor, type TestCluster } from '../fixtures/cluster';


/** The transactional id these tests' raw Produce requests carry. */
const logTestTransactionalId = 'txn-log-test';
export class LeaderClient {
  constructor(private readonly cluster: TestCluster, private readonly brokerId: number) {}

  async with<T>(fn: (conn: BrokerConnection) => Promise<T>): Promise<T> {
    const [host, port] = this.cluster.broker(this.brokerId).bootstrap.split(':');
    const conn = new BrokerConnection({ host: host!, port: Number(port), clientId: 'txlog-test', requestTimeoutMs: 30_000 });
    try {
      return await fn(conn);
    } finally {
      conn.close();
    }
  }

  async createTopic(topic: string, configs: Array<{ name: string; value: string }> = []): Promise<void> {
    await this.with(async (conn) => {
      const resp = await conn.send<samsa.v1.ICreateTopicsResponse>(ApiKey.CreateTopics, {
        topics: [{ name: topic, numPartitions: 1, replicationFactor: 1, configs }], timeoutMs: 30_000,
      });
      if (resp.topics?.[0]?.errorCode !== ErrorCode.NONE) throw new Error(`CreateTopics ${topic}: ${resp.topics?.[0]?.errorCode}`);
    });
    await this.waitForLeader(topic);
  }

  async waitForLeader(topic: string): Promise<void> {
    await waitFor(async () => {
      const s = await this.cluster.zk.getJson<{ leader: number }>(`/brokers/topics/${topic}/partitions/0/state`);
      return s !== undefined && s.leader === this.brokerId ? s : undefined;
    }, { timeoutMs: 30_000, intervalMs: 200, description: `${topic} to have a leader` });
  }

  async initProducerId(): Promise<number> {
    const resp = await this.with((conn) => conn.send<samsa.v1.IInitProducerIdResponse>(ApiKey.InitProducerId, { transactionalId: '', producerId: -1, producerEpoch: -1 }));
    return Number(resp.producerId);
  }

  async produce(topic: string, records: Buffer): Promise<{ errorCode: number; baseOffset: number }> {
    return this.with(async (conn) => {
      // A Produce carrying transactional batches must name a transactional id (Kafka refuses it
      // otherwise); the partition leader does not ask the coordinator about it.
      const resp = await conn.send<samsa.v1.IProduceResponse>(ApiKey.Produce, {
        acks: -1, timeoutMs: 10_000, transactionalId: logTestTransactionalId, topics: [{ name: topic, partitions: [{ partition: 0, records }] }],
      });
      const p = resp.topics?.[0]?.partitions?.[0];
      return { errorCode: p?.errorCode ?? -1, baseOffset: Number(p?.baseOffset ?? -1) };
    });
  }

  async writeMarker(topic: string, m: { producerId: number; producerEpoch?: number; coordinatorEpoch?: number; committed: boolean }): Promise<number> {
    const resp = await this.with((conn) => conn.send<samsa.v1.IWriteTxnMarkersResponse>(ApiKey.WriteTxnMarkers, {
      markers: [{
        producerId: m.producerId, producerEpoch: m.producerEpoch ?? 0, transactionResult: m.committed,
        coordinatorEpoch: m.coordinatorEpoch ?? 0, topics: [{ name: topic, partitionIndexes: [0] }],
      }],
    }));
    return resp.markers?.[0]?.topics?.[0]?.partitions?.[0]?.errorCode ?? -1;
  }

  async fetch(topic: string, opts: { fetchOffset?: number; isolationLevel: number; maxWaitMs?: number; minBytes?: number }): Promise<FetchedPartition> {
    const resp = await this.with((conn) => conn.send<samsa.v1.IFetchResponse>(ApiKey.Fetch, {
      replicaId: -1, maxWaitMs: opts.maxWaitMs ?? 0, minBytes: opts.minBytes ?? 0, maxBytes: 1 << 20, isolationLevel: opts.isolationLevel,
      topics: [{ name: topic, partitions: [{ partition: 0, fetchOffset: opts.fetchOffset ?? 0, currentLeaderEpoch: -1, logStartOffset: -1, partitionMaxBytes: 1 << 20 }] }],
    }));
    const p = resp.topics?.[0]?.partitions?.[0];
    return {
      errorCode: p?.errorCode ?? -1,
      highWatermark: Number(p?.highWatermark ?? -1),
      lastStableOffset: Number(p?.lastStableOffset ?? -1),
      batches: batchesOf(Buffer.from(p?.records ?? [])),
      abortedTransactions: (p?.abortedTransactions ?? []).map((a) => ({ producerId: Number(a.producerId), firstOffset: Number(a.firstOffset) })),
    };
  }

  async latestOffset(topic: string, isolationLevel: number): Promise<number> {
    const resp = await this.with((conn) => conn.send<samsa.v1.IListOffsetsResponse>(ApiKey.ListOffsets, {
      replicaId: -1, isolationLevel, topics: [{ name: topic, partitions: [{ partition: 0, currentLeaderEpoch: -1, timestamp: -1 }] }],
    }));
    return Number(resp.topics?.[0]?.partitions?.[0]?.offset ?? -2);
  }

  async describeProducers(topic: string): Promise<samsa.v1.DescribeProducersResponse.IPartitionResponse | undefined> {
    const resp = await this.with((conn) => conn.send<samsa.v1.IDescribeProducersResponse>(ApiKey.DescribeProducers, { topics: [{ name: topic, partitionIndexes: [0] }] }));
    return resp.topics?.[0]?.partitions?.[0] ?? undefined;
  }
}

export interface FetchedBatch {
  baseOffset: number;
  producerId: number;
  isControl: boolean;
}

export interface FetchedPartition {
  errorCode: number;
  highWatermark: number;
  lastStableOffset: number;
  batches: FetchedBatch[];
  abortedTransactions: Array<{ producerId: number; firstOffset: number }>;
}

function batchesOf(buf: Buffer): FetchedBatch[] {
  const out: FetchedBatch[] = [];
  for (let position = 0; position + 61 <= buf.length; position += batchSizeAt(buf, position)) {
    out.push({
      baseOffset: readInt64(buf, position), producerId: readInt64(buf, position + BatchField.producerId),
      isControl: (buf.readInt16BE(position + BatchField.attributes) & controlBit) !== 0,
    });
  }
  return out;
}

const sequences = new Map<number, number>();

/** A transactional producer's batch with the next sequence for `producerId`. */
export function transactionalBatch(producerId: number, values: string[], producerEpoch = 0): Buffer {
  const baseSequence = sequences.get(producerId) ?? 0;
  sequences.set(producerId, baseSequence + values.length);
  return encodeRecordBatchUncompressed(values.map((value) => ({ value })), { producerId, producerEpoch, baseSequence, isTransactional: true, nowMs: Date.now() });
}

export function plainBatch(values: string[]): Buffer {
  return encodeRecordBatchUncompressed(values.map((value) => ({ value })), { nowMs: Date.now() });
}
