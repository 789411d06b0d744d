/**
 * Hostile and malformed input: the broker answers with an error where it can, closes the
 * connection where it cannot, and keeps serving every other client (README.md). After each
 * case a separate well-behaved client produces and consumes on the same broker.
 */

import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Samsa } from '../client';
import { BrokerConnection } from '../client/network/connection';
import { ApiKey } from '../proto/api';
import { ErrorCode } from '../proto/errors';
import { FrameDecoder, encodeFrame, encodeRequestFrame, samsa } from '../proto/frame';
import { encodeRecordBatch } from '../proto/record-batch';
import { startCluster } from './fixtures/cluster';

type Cluster = Awaited<ReturnType<typeof startCluster>>;

const requestBytesMax = 1_048_576;
const messageBytesMax = 65_536;
const closeTimeoutMs = 10_000;
const responseTimeoutMs = 10_000;
const repoRoot = path.resolve(__dirname, '..');

function hostPort(address: string): { host: string; port: number } {
  const [host, port] = address.split(',')[0]!.split(':');
  return { host: host!, port: Number(port) };
}

/** An uncompressed batch from the producers' encoder; cases corrupt its bytes afterwards. */
function buildBatch(values: Buffer[]): Promise<Buffer> {
  return encodeRecordBatch(values.map((value) => ({ key: null, value })));
}

/** A bare TCP socket that records response frames and whether the broker hung up. */
class RawSocket {
  private readonly decoder = new FrameDecoder(64 * 1024 * 1024);
  private readonly responses: samsa.v1.Response[] = [];
  private waiter: (() => void) | undefined;
  closed = false;

  private constructor(readonly socket: net.Socket) {
    socket.on('data', (chunk: Buffer) => {
      for (const frame of this.decoder.push(chunk)) this.responses.push(samsa.v1.Response.decode(frame));
      this.waiter?.();
    });
    socket.on('close', () => {
      this.closed = true;
      this.waiter?.();
    });
    socket.on('error', () => undefined); // a reset by the broker is an expected outcome here
  }

  static open(address: string): Promise<RawSocket> {
    return new Promise((resolve, reject) => {
      const socket = net.connect(hostPort(address));
      socket.once('connect', () => resolve(new RawSocket(socket)));
      socket.once('error', reject);
    });
  }

  write(bytes: Buffer): void {
    this.socket.write(bytes);
  }

  /** Resolves with the next response, or undefined if the broker closed or timed out first. */
  async next(timeoutMs = responseTimeoutMs): Promise<samsa.v1.Response | undefined> {
    const deadline = Date.now() + timeoutMs;
    while (this.responses.length === 0 && !this.closed && Date.now() < deadline) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, deadline - Date.now());
        this.waiter = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
    return this.responses.shift();
  }

  async waitClosed(timeoutMs = closeTimeoutMs): Promise<boolean> {
    while (!this.closed && (await this.next(timeoutMs)) !== undefined) {
      // discard responses until the hang-up
    }
    return this.closed;
  }

  destroy(): void {
    this.socket.destroy();
  }
}

describe('bad input', () => {
  let cluster: Cluster;
  let client: Samsa;
  let brokerAddress: string;
  let brokerId: number;
  let healthyPartition: number;
  let otherLeaderPartition: number;
  let healthyRound = 0;

  async function metadata(topics: string[]): Promise<samsa.v1.IMetadataResponse> {
    const conn = new BrokerConnection({ ...hostPort(brokerAddress), clientId: 'bad-input-meta' });
    try {
      return await conn.send<samsa.v1.IMetadataResponse>(ApiKey.Metadata, { topics, allTopics: topics.length === 0 });
    } finally {
      conn.close();
    }
  }

  /** The high watermark from a consumer Fetch: with one replica, the log end offset. */
  async function latestOffset(topic: string, partition: number): Promise<number> {
    const conn = new BrokerConnection({ ...hostPort(brokerAddress), clientId: 'bad-input-offsets' });
    try {
      const res = await conn.send<samsa.v1.IFetchResponse>(ApiKey.Fetch, {
        replicaId: -1,
        maxWaitMs: 0,
        minBytes: 0,
        maxBytes: 1024,
        topics: [{ name: topic, partitions: [{ partition, currentLeaderEpoch: -1, fetchOffset: 0, logStartOffset: -1, partitionMaxBytes: 1024 }] }],
      });
      const p = res.topics![0]!.partitions![0]!;
      expect(p.errorCode ?? 0).toBe(ErrorCode.NONE);
      return Number(p.highWatermark);
    } finally {
      conn.close();
    }
  }

  async function produceRaw(topic: string, partition: number, records: Buffer): Promise<samsa.v1.ProduceResponse.IPartitionResponse> {
    const conn = new BrokerConnection({ ...hostPort(brokerAddress), clientId: 'bad-input-produce' });
    try {
      const res = await conn.send<samsa.v1.IProduceResponse>(ApiKey.Produce, {
        acks: 1,
        timeoutMs: 10_000,
        topics: [{ name: topic, partitions: [{ partition, records }] }],
      });
      return res.topics![0]!.partitions![0]!;
    } finally {
      conn.close();
    }
  }

  /** A well-behaved client produces one record to the broker under test and reads it back. */
  async function expectBrokerServing(): Promise<void> {
    const value = `healthy-${healthyRound++}`;
    const producer = client.producer({ acks: -1, lingerMs: 0 });
    await producer.connect();
    const [ack] = await producer.send({ topic: 'healthy', messages: [{ key: null, value, partition: healthyPartition }] });
    await producer.disconnect();
    expect(ack!.errorCode).toBe(ErrorCode.NONE);
    const consumer = client.consumer({ autoOffsetReset: 'earliest' });
    await consumer.connect();
    consumer.assign([{ topic: 'healthy', partition: healthyPartition }]);
    await consumer.seek({ topic: 'healthy', partition: healthyPartition, offset: Number(ack!.baseOffset) });
    const deadline = setTimeout(() => void consumer.stop(), 15_000);
    let read: string | undefined;
    try {
      for await (const m of consumer) {
        read = m.value?.toString();
        break;
      }
    } finally {
      clearTimeout(deadline);
      await consumer.disconnect();
    }
    expect(read).toBe(value);
  }

  beforeAll(async () => {
    cluster = await startCluster({
      brokers: 2,
      overrides: { 'socket.request.max.bytes': String(requestBytesMax), 'message.max.bytes': String(messageBytesMax) },
    });
    const broker = cluster.brokers[0]!;
    brokerAddress = broker.bootstrap;
    brokerId = broker.brokerId;
    client = new Samsa({ brokers: [brokerAddress], clientId: 'bad-input-healthy' });
    const admin = client.admin();
    await admin.connect();
    await admin.createTopics({
      topics: [
        { topic: 'healthy', numPartitions: 2, replicationFactor: 1 },
        { topic: 'victim', numPartitions: 2, replicationFactor: 1 },
      ],
      waitForLeaders: true,
      timeoutMs: 30_000,
    });
    await admin.disconnect();
    const meta = await metadata(['healthy', 'victim']);
    const leaderOf = (t: string, other: boolean): number => {
      const parts = meta.topics!.find((x) => x.name === t)!.partitions!;
      const p = parts.find((x) => (other ? x.leaderId !== brokerId : x.leaderId === brokerId));
      if (!p) throw new Error(`no partition of ${t} with the wanted leader: ${JSON.stringify(parts)}`);
      return p.partition ?? 0;
    };
    healthyPartition = leaderOf('healthy', false);
    otherLeaderPartition = leaderOf('victim', true);
  }, 120_000);

  afterAll(async () => {
    await cluster?.stop();
  });

  test('invalid topic names get INVALID_TOPIC_EXCEPTION and nothing is created', async () => {
    const names = ['', '..', 'a'.repeat(250), 'bad/name'];
    const meta = await metadata([]);
    const controller = meta.brokers!.find((b) => b.nodeId === meta.controllerId)!;
    const conn = new BrokerConnection({ host: controller.host!, port: controller.port!, clientId: 'bad-input-create' });
    try {
      const res = await conn.send<samsa.v1.ICreateTopicsResponse>(ApiKey.CreateTopics, {
        topics: names.map((name) => ({ name, numPartitions: 1, replicationFactor: 1 })),
        timeoutMs: 10_000,
      });
      expect(res.topics).toHaveLength(names.length);
      for (const r of res.topics!) expect(r.errorCode).toBe(ErrorCode.INVALID_TOPIC_EXCEPTION);
    } finally {
      conn.close();
    }
    const after = await metadata([]);
    const existing = (after.topics ?? []).map((t) => t.name);
    for (const name of names) expect(existing).not.toContain(name);
    await expectBrokerServing();
  });

  test('a length prefix over socket.request.max.bytes closes the connection', async () => {
    const raw = await RawSocket.open(brokerAddress);
    const prefix = Buffer.alloc(4);
    prefix.writeUInt32BE(2 * 1024 * 1024);
    raw.write(prefix);
    expect(await raw.waitClosed()).toBe(true);
    await expectBrokerServing();
  });

  test('a negative length prefix (0xffffffff) closes the connection', async () => {
    const raw = await RawSocket.open(brokerAddress);
    raw.write(Buffer.from([0xff, 0xff, 0xff, 0xff]));
    expect(await raw.waitClosed()).toBe(true);
    await expectBrokerServing();
  });

  test('a frame that is not a protobuf Request gets INVALID_REQUEST or a hang-up', async () => {
    const raw = await RawSocket.open(brokerAddress);
    // An over-long varint tag makes the body undecodable whatever random bytes follow.
    const body = Buffer.concat([Buffer.alloc(12, 0xff), randomBytes(52)]);
    raw.write(encodeFrame(body));
    const response = await raw.next();
    if (response === undefined) expect(raw.closed).toBe(true);
    else expect(response.errorCode).toBe(ErrorCode.INVALID_REQUEST);
    raw.destroy();
    await expectBrokerServing();
  });

  test('a truncated frame followed by a hang-up leaves the broker serving', async () => {
    const raw = await RawSocket.open(brokerAddress);
    const frame = encodeRequestFrame({
      header: { apiKey: ApiKey.Metadata, apiVersion: 0, correlationId: 1, clientId: 'truncated' },
      metadata: { topics: ['healthy'] },
    });
    raw.write(frame.subarray(0, frame.length - 3));
    await new Promise((r) => setTimeout(r, 100));
    raw.destroy();
    await expectBrokerServing();
  });

  test('an unknown api key gets UNSUPPORTED_VERSION and the connection stays usable', async () => {
    const raw = await RawSocket.open(brokerAddress);
    raw.write(encodeRequestFrame({ header: { apiKey: 99, apiVersion: 0, correlationId: 7, clientId: 'unknown-api' } }));
    const first = await raw.next();
    expect(first).toBeDefined();
    expect(first!.correlationId).toBe(7);
    expect(first!.errorCode).toBe(ErrorCode.UNSUPPORTED_VERSION);
    raw.write(
      encodeRequestFrame({
        header: { apiKey: ApiKey.ApiVersions, apiVersion: 0, correlationId: 8, clientId: 'unknown-api' },
        apiVersions: {},
      }),
    );
    const second = await raw.next();
    expect(second).toBeDefined();
    expect(second!.correlationId).toBe(8);
    expect(second!.errorCode).toBe(ErrorCode.NONE);
    expect(second!.apiVersions?.apiKeys?.length ?? 0).toBeGreaterThan(0);
    raw.destroy();
    await expectBrokerServing();
  });

  test('a batch with a CRC mismatch gets CORRUPT_MESSAGE and the log end offset is unchanged', async () => {
    const before = await latestOffset('healthy', healthyPartition);
    expect(before).toBeGreaterThan(0); // earlier cases appended: an unchanged offset means something
    const batch = await buildBatch([Buffer.from('one'), Buffer.from('two')]);
    const last = batch.length - 1; // inside the CRC-covered records section
    batch.writeUInt8(batch.readUInt8(last) ^ 0xff, last);
    const result = await produceRaw('healthy', healthyPartition, batch);
    expect(result.errorCode).toBe(ErrorCode.CORRUPT_MESSAGE);
    expect(await latestOffset('healthy', healthyPartition)).toBe(before);
    await expectBrokerServing();
  });

  test('a batch over message.max.bytes gets MESSAGE_TOO_LARGE and the log end offset is unchanged', async () => {
    const before = await latestOffset('healthy', healthyPartition);
    const batch = await buildBatch([randomBytes(messageBytesMax + 1024)]);
    const result = await produceRaw('healthy', healthyPartition, batch);
    expect(result.errorCode).toBe(ErrorCode.MESSAGE_TOO_LARGE);
    expect(await latestOffset('healthy', healthyPartition)).toBe(before);
    await expectBrokerServing();
  });

  test('produce to a partition led by another broker gets NOT_LEADER_OR_FOLLOWER', async () => {
    const result = await produceRaw('victim', otherLeaderPartition, await buildBatch([Buffer.from('misdirected')]));
    expect(result.errorCode).toBe(ErrorCode.NOT_LEADER_OR_FOLLOWER);
    await expectBrokerServing();
  });

  test('a fetch outside the log gets OFFSET_OUT_OF_RANGE', async () => {
    const conn = new BrokerConnection({ ...hostPort(brokerAddress), clientId: 'bad-input-fetch' });
    try {
      const res = await conn.send<samsa.v1.IFetchResponse>(ApiKey.Fetch, {
        replicaId: -1,
        maxWaitMs: 100,
        minBytes: 1,
        maxBytes: 1024 * 1024,
        topics: [{ name: 'healthy', partitions: [{ partition: healthyPartition, currentLeaderEpoch: -1, fetchOffset: 1_000_000, logStartOffset: -1, partitionMaxBytes: 1024 * 1024 }] }],
      });
      expect(res.topics![0]!.partitions![0]!.errorCode).toBe(ErrorCode.OFFSET_OUT_OF_RANGE);
    } finally {
      conn.close();
    }
    await expectBrokerServing();
  });

  describe('invalid configuration at startup', () => {
    async function runBroker(overrides: Record<string, string>): Promise<{ code: number | null; output: string }> {
      const args = [path.join(repoRoot, 'dist/broker/main.js')];
      for (const [k, v] of Object.entries(overrides)) args.push('--override', `${k}=${v}`);
      // SAMSA_* variables are broker config (SAMSA_LOG_RETENTION_MS -> log.retention.ms); the
      // test runner's own SAMSA_TEST_* must not reach the broker as unknown keys.
      const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('SAMSA_')));
      const child = spawn(process.execPath, args, { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
      let output = '';
      child.stdout.on('data', (c: Buffer) => (output += c.toString()));
      child.stderr.on('data', (c: Buffer) => (output += c.toString()));
      const code = await new Promise<number | null>((resolve) => {
        const timer = setTimeout(() => {
          child.kill('SIGKILL');
          resolve(null);
        }, 15_000);
        child.on('exit', (c) => {
          clearTimeout(timer);
          resolve(c);
        });
      });
      return { code, output };
    }

    async function validOverrides(): Promise<Record<string, string>> {
      const logDir = await mkdtemp(path.join(os.tmpdir(), 'samsa-badconfig-'));
      return {
        'broker.id': '901',
        'zookeeper.connect': cluster.zkConnect,
        listeners: 'PLAINTEXT://127.0.0.1:0',
        'log.dirs': logDir,
        'admin.listeners': 'http://127.0.0.1:0',
      };
    }

    test('a missing broker.id stops startup with a message naming it', async () => {
      const overrides = await validOverrides();
      delete overrides['broker.id'];
      const { code, output } = await runBroker(overrides);
      expect(code).not.toBeNull();
      expect(code).not.toBe(0);
      expect(output).toContain('broker.id');
    });

    test('an unknown key stops startup with a message naming it', async () => {
      const { code, output } = await runBroker({ ...(await validOverrides()), 'no.such.setting': '1' });
      expect(code).not.toBeNull();
      expect(code).not.toBe(0);
      expect(output).toContain('no.such.setting');
    });

    test('a bad number stops startup with a message naming the key', async () => {
      const { code, output } = await runBroker({ ...(await validOverrides()), 'num.partitions': 'three' });
      expect(code).not.toBeNull();
      expect(code).not.toBe(0);
      expect(output).toContain('num.partitions');
    });
  });
});
