/**
 * Shared parts of the chaos suites: the workload (a client producer writing unique values, one
 * sequential send loop per partition so that acknowledgement order per partition is well defined),
 * raw produce with exact error codes, the final read from offset 0 up to the high watermark, and
 * the ISR and leader lookups in ZooKeeper.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { Samsa, type Producer, type SamsaConfig } from '../../client';
import type { BrokerConnection } from '../../client/network/connection';
import { ApiKey } from '../../proto/api';
import { ErrorCode } from '../../proto/errors';
import type { samsa } from '../../proto/generated/samsa';
import { decodeRecordBatchesUncompressed, encodeRecordBatchUncompressed } from '../../proto/record-batch';
import { waitFor, type TestCluster } from '../fixtures/cluster';
import { connect, partitionState, type PartitionState } from '../replication/helpers';
import { classifyProduceError, type FinalRead, type ReadRecord, type SendOp } from './checker';

export const produceTimeoutMs = 5_000;
const finalReadRoundsMax = 100_000;
const fetchMaxBytes = 1 << 20;
const sendBackoffMs = 50;

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** The producer's error as its protocol code, walking `cause` chains (retry exhaustion wraps it). */
function errorCodeOf(error: unknown): number | undefined {
  for (let e: unknown = error, depth = 0; e && depth < 5; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'number') return code;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

/** The client's TLS and SASL options, on a secured cluster. */
export type ClientSecurity = Pick<SamsaConfig, 'ssl' | 'sasl'>;

export interface Workload {
  history: SendOp[];
  /** Stops sending and waits for every send in flight to complete. */
  stop(): Promise<void>;
}

/**
 * Writes `<prefix>-<partition>-<n>` to every partition, one send at a time per partition, with
 * acks=all. A client send may have been retried inside the client, so a failure is recorded as
 * `info`: no single error proves that none of the attempts was appended.
 */
export async function startClientWorkload(
  bootstrap: string, topic: string, partitions: number, prefix: string, security: ClientSecurity = {},
): Promise<Workload> {
  const client = new Samsa({ brokers: bootstrap.split(','), clientId: `chaos-${prefix}`, requestTimeoutMs: 10_000, logLevel: 'silent', ...security });
  const producer: Producer = client.producer({ acks: -1, timeoutMs: produceTimeoutMs, allowAutoTopicCreation: false, deliveryTimeoutMs: 30_000 });
  await producer.connect();
  const history: SendOp[] = [];
  let stopping = false;
  const loop = async (partition: number): Promise<void> => {
    for (let n = 0; !stopping; n++) {
      const value = `${prefix}-${partition}-${n}`;
      try {
        const [meta] = await producer.send({ topic, messages: [{ value, partition }] });
        history.push({ value, partition, outcome: 'ok', offset: meta?.baseOffset });
      } catch (error) {
        history.push({ value, partition, outcome: 'info', error: `${errorCodeOf(error) ?? ''} ${(error as Error).message}` });
        await sleep(sendBackoffMs);
      }
    }
  };
  const loops = Array.from({ length: partitions }, (_, p) => loop(p));
  return {
    history,
    async stop() {
      stopping = true;
      await Promise.all(loops);
      await producer.disconnect().catch(() => undefined);
    },
  };
}

/** One single-record acks=all produce over a raw connection, recorded with its exact outcome. */
export async function rawSend(conn: BrokerConnection, topic: string, partition: number, value: string, acks = -1): Promise<SendOp> {
  const records = encodeRecordBatchUncompressed([{ value }], { nowMs: Date.now() });
  try {
    const resp = await conn.send<samsa.v1.IProduceResponse>(ApiKey.Produce, {
      acks, timeoutMs: produceTimeoutMs, topics: [{ name: topic, partitions: [{ partition, records }] }],
    });
    const p = resp.topics?.[0]?.partitions?.[0];
    const outcome = classifyProduceError(p?.errorCode ?? undefined);
    return outcome === 'ok'
      ? { value, partition, outcome, offset: Number(p?.baseOffset) }
      : { value, partition, outcome, error: `error code ${p?.errorCode}` };
  } catch (error) {
    return { value, partition, outcome: 'info', error: (error as Error).message };
  }
}

export async function leaderOf(cluster: TestCluster, topic: string, partition: number): Promise<PartitionState> {
  return waitFor(async () => {
    const s = await partitionState(cluster, topic, partition);
    return s !== undefined && s.leader >= 0 ? s : undefined;
  }, { timeoutMs: 60_000, intervalMs: 200, description: `a leader for ${topic}-${partition}` });
}

/** Waits until every partition has a leader and the ISR equals the full replica set. */
export async function waitForFullIsr(cluster: TestCluster, topic: string, partitions: number, replicas: number, timeoutMs = 120_000): Promise<void> {
  await waitFor(async () => {
    for (let p = 0; p < partitions; p++) {
      const s = await partitionState(cluster, topic, p);
      if (!s || s.leader < 0 || s.isr.length !== replicas) return false;
    }
    return true;
  }, { timeoutMs, intervalMs: 500, description: `${topic}: every partition with a leader and a full ISR` });
}

/**
 * Waits until the leader ZooKeeper names serves the partition (answers ListOffsets without an
 * error). ZooKeeper shows a new partition's state before the controller's LeaderAndIsr reaches
 * the leader, so a produce sent on ZooKeeper's word alone can meet NOT_LEADER_OR_FOLLOWER.
 */
export async function waitForLeaderServing(cluster: TestCluster, topic: string, partition: number, timeoutMs = 60_000): Promise<number> {
  return waitFor(async () => {
    const { leader } = await leaderOf(cluster, topic, partition);
    const conn = connect(cluster.broker(leader), 'chaos-leader-probe');
    try {
      const resp = await conn.send<samsa.v1.IListOffsetsResponse>(ApiKey.ListOffsets, {
        replicaId: -1, topics: [{ name: topic, partitions: [{ partition, currentLeaderEpoch: -1, timestamp: -1 }] }],
      });
      return resp.topics?.[0]?.partitions?.[0]?.errorCode === ErrorCode.NONE ? leader : undefined;
    } catch {
      return undefined;
    } finally {
      conn.close();
    }
  }, { timeoutMs, intervalMs: 200, description: `the leader of ${topic}-${partition} serving it` });
}

/** Every record of one partition from offset 0 to the leader's high watermark, as a consumer sees it. */
async function readPartition(conn: BrokerConnection, topic: string, partition: number): Promise<ReadRecord[]> {
  const out: ReadRecord[] = [];
  let offset = 0;
  for (let round = 0; round < finalReadRoundsMax; round++) {
    const resp = await conn.send<samsa.v1.IFetchResponse>(ApiKey.Fetch, {
      replicaId: -1, maxWaitMs: 0, minBytes: 0, maxBytes: fetchMaxBytes,
      topics: [{ name: topic, partitions: [{ partition, fetchOffset: offset, currentLeaderEpoch: -1, logStartOffset: -1, partitionMaxBytes: fetchMaxBytes }] }],
    });
    const data = resp.topics?.[0]?.partitions?.[0];
    if ((data?.errorCode ?? -1) !== ErrorCode.NONE) throw new Error(`fetch ${topic}-${partition}@${offset} failed with ${data?.errorCode}`);
    const batches = decodeRecordBatchesUncompressed(Buffer.from(data?.records ?? []));
    for (const b of batches) for (const r of b.records) if (r.offset >= offset) out.push({ offset: r.offset, value: r.value?.toString('utf8') ?? '' });
    const last = batches[batches.length - 1];
    if (!last || last.lastOffset + 1 >= Number(data?.highWatermark ?? 0)) break;
    offset = last.lastOffset + 1;
  }
  return out;
}

/** The final read: each partition read from its current leader (found in ZooKeeper), from offset 0. */
export async function finalRead(
  cluster: TestCluster, topic: string, partitions: number,
  connectTo: (brokerId: number) => BrokerConnection = (id) => connect(cluster.broker(id), 'chaos-final-read'),
): Promise<FinalRead> {
  const reads: FinalRead = new Map();
  for (let p = 0; p < partitions; p++) {
    const partition = p;
    const records = await waitFor(async () => {
      const s = await leaderOf(cluster, topic, partition);
      const conn = connectTo(s.leader);
      try {
        return await readPartition(conn, topic, partition);
      } finally {
        conn.close();
      }
    }, { timeoutMs: 60_000, intervalMs: 500, description: `final read of ${topic}-${partition}` });
    reads.set(partition, records);
  }
  return reads;
}

const execFileAsync = promisify(execFile);

/** Runs iptables with `args`; resolves false when iptables is missing or refuses. */
export async function iptables(args: string[]): Promise<boolean> {
  try {
    await execFileAsync('iptables', args);
    return true;
  } catch {
    return false;
  }
}
