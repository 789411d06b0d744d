/**
 * Edges of the wire contract (proto/README.md) against a real broker process: fetch sizes that
 * are not positive get INVALID_FETCH_SIZE, and a connection that meets an illegal length prefix
 * answers every whole request before it, in order, before it closes.
 */

import net from 'node:net';
import { Samsa } from '../client';
import { BrokerConnection } from '../client/network/connection';
import { ApiKey } from '../proto/api';
import { ErrorCode } from '../proto/errors';
import { FrameDecoder, encodeRequestFrame, samsa } from '../proto/frame';
import { startCluster } from './fixtures/cluster';

type Cluster = Awaited<ReturnType<typeof startCluster>>;

const topic = 'edges';
const closeTimeoutMs = 15_000;
const fetchBytes = 1 << 20;

function hostPort(address: string): { host: string; port: number } {
  const [host, port] = address.split(',')[0]!.split(':');
  return { host: host!, port: Number(port) };
}

/** Writes `bytes` in one write and collects responses until the broker closes (or the timeout). */
async function writeAndCollect(address: string, bytes: Buffer): Promise<{ responses: samsa.v1.Response[]; closed: boolean }> {
  const socket = net.connect(hostPort(address));
  const decoder = new FrameDecoder(64 * 1024 * 1024);
  const responses: samsa.v1.Response[] = [];
  socket.on('data', (chunk: Buffer) => {
    for (const f of decoder.push(chunk)) responses.push(samsa.v1.Response.decode(f));
  });
  socket.on('error', () => undefined); // a reset would show as missing responses
  const closed = new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => resolve(false), closeTimeoutMs);
    socket.on('close', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('error', reject);
  });
  socket.write(bytes);
  const wasClosed = await closed;
  socket.destroy();
  return { responses, closed: wasClosed };
}

describe('protocol edges', () => {
  let cluster: Cluster;

  beforeAll(async () => {
    cluster = await startCluster({ brokers: 1 });
    const client = new Samsa({ brokers: cluster.bootstrap.split(','), clientId: 'edges-setup' });
    const admin = client.admin();
    await admin.connect();
    await admin.createTopics({ topics: [{ topic, numPartitions: 2, replicationFactor: 1 }], waitForLeaders: true, timeoutMs: 30_000 });
    await admin.disconnect();
    const producer = client.producer({ acks: -1 });
    await producer.connect();
    await producer.send({ topic, messages: [{ key: null, value: 'p0', partition: 0 }, { key: null, value: 'p1', partition: 1 }] });
    await producer.disconnect();
  }, 120_000);

  afterAll(async () => {
    await cluster?.stop();
  });

  async function fetch(maxBytes: number, partitionMaxBytes: [number, number]): Promise<samsa.v1.IFetchResponse> {
    const conn = new BrokerConnection({ ...hostPort(cluster.bootstrap), clientId: 'edges-fetch' });
    try {
      return await conn.send<samsa.v1.IFetchResponse>(ApiKey.Fetch, {
        replicaId: -1, maxWaitMs: 5_000, minBytes: 1, maxBytes,
        topics: [{ name: topic, partitions: partitionMaxBytes.map((bytes, partition) => ({ partition, currentLeaderEpoch: -1, fetchOffset: 0, logStartOffset: -1, partitionMaxBytes: bytes })) }],
      });
    } finally {
      conn.close();
    }
  }

  test.each([0, -1])('a Fetch with max_bytes %p gets a top-level INVALID_FETCH_SIZE', async (maxBytes) => {
    const res = await fetch(maxBytes, [fetchBytes, fetchBytes]);
    expect(res.errorCode).toBe(ErrorCode.INVALID_FETCH_SIZE);
    expect(res.topics ?? []).toEqual([]);
  });

  test.each([0, -1])('a partition_max_bytes of %p fails that partition only', async (bad) => {
    const res = await fetch(fetchBytes, [fetchBytes, bad]);
    expect(res.errorCode ?? 0).toBe(ErrorCode.NONE);
    const [p0, p1] = res.topics![0]!.partitions!;
    expect(p0!.errorCode ?? 0).toBe(ErrorCode.NONE);
    expect(p0!.records!.length).toBeGreaterThan(0);
    expect(p1!.errorCode).toBe(ErrorCode.INVALID_FETCH_SIZE);
    expect(p1!.records?.length ?? 0).toBe(0);
  });

  test('pipelined requests before an illegal length prefix are all answered in order, then the connection closes', async () => {
    const requestCount = 8;
    const frames: Buffer[] = [];
    for (let correlationId = 1; correlationId <= requestCount; correlationId++) {
      // Metadata and Fetch alternate, so the answers take different paths through the broker.
      frames.push(correlationId % 2 === 0
        ? encodeRequestFrame({
          header: { apiKey: ApiKey.Fetch, apiVersion: 0, correlationId, clientId: 'edges-pipeline' },
          fetch: { replicaId: -1, maxWaitMs: 0, minBytes: 0, maxBytes: fetchBytes, topics: [{ name: topic, partitions: [{ partition: 0, currentLeaderEpoch: -1, fetchOffset: 0, logStartOffset: -1, partitionMaxBytes: fetchBytes }] }] },
        })
        : encodeRequestFrame({ header: { apiKey: ApiKey.Metadata, apiVersion: 0, correlationId, clientId: 'edges-pipeline' }, metadata: { topics: [topic] } }));
    }
    const { responses, closed } = await writeAndCollect(cluster.bootstrap, Buffer.concat([...frames, Buffer.from([0xff, 0xff, 0xff, 0xff])]));
    expect(responses.map((r) => r.correlationId)).toEqual(Array.from({ length: requestCount }, (_, i) => i + 1));
    for (const r of responses) expect(r.errorCode).toBe(ErrorCode.NONE);
    expect(responses.map((r) => r.body)).toEqual(Array.from({ length: requestCount }, (_, i) => (i % 2 === 0 ? 'metadata' : 'fetch')));
    expect(closed).toBe(true);
  });
});
