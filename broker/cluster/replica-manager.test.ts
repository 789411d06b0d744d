import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { ErrorCode } from '../../proto/errors';
import { ZkCode, ZkError } from '../../zk/zk-session';
import { leaderAndIsrRequest, stopReplicaRequest, updateMetadataRequest, type PartialLeaderAndIsr } from '../../test/support/domain-requests';
import { encodeRecordBatchUncompressed } from '../../proto/record-batch';
import { type BrokerConfig, logConfigDefaults, parseBrokerConfig } from '../config';
import { appendQueueDepthMax } from '../log/log-append-queue';
import { LogManager } from '../log/log-manager';
import { MetadataCache } from './metadata-cache';
import { ReplicaManager } from './replica-manager';
import { systemClock } from '../clock';
import { nodeFileSystem } from '../log/file-system';

const logger = pino({ level: 'silent' });
const brokerId = 1;

interface Fixture { dir: string; logManager: LogManager; cache: MetadataCache; rm: ReplicaManager; brokerEpoch: { value: number } }

async function fixture(topicConfig: Record<string, string> | (() => Promise<Record<string, string>>) = {}): Promise<Fixture> {
  const dir = await mkdtemp(join(tmpdir(), 'samsa-rm-'));
  const logManager = new LogManager({
    fileSystem: nodeFileSystem,
    logDirs: [dir], defaultConfig: logConfigDefaults, retentionCheckIntervalMs: 60_000,
    recoveryPointCheckpointIntervalMs: 60_000, highWatermarkCheckpointIntervalMs: 60_000, logger, clock: systemClock,
  });
  await logManager.startup();
  const cache = new MetadataCache(brokerId, systemClock);
  const brokerEpoch = { value: 10 };
  const config: BrokerConfig = { ...parseBrokerConfig({ 'broker.id': String(brokerId), 'zookeeper.connect': 'localhost:2181' }), logDefaults: logConfigDefaults };
  const rm = new ReplicaManager({
    config, logManager, metadataCache: cache, zk: { getTopicConfig: typeof topicConfig === 'function' ? topicConfig : async () => topicConfig, updateLeaderAndIsrAsLeader: async () => ({ ok: false as const }), propagateIsrChanges: async () => undefined }, logger, getBrokerEpoch: () => brokerEpoch.value, clock: systemClock,
  });
  rm.startup();
  return { dir, logManager, cache, rm, brokerEpoch };
}

async function teardown(f: Fixture): Promise<void> {
  await f.rm.shutdown();
  await f.logManager.shutdown();
  await rm(f.dir, { recursive: true, force: true });
}

function leaderAndIsr(overrides: PartialLeaderAndIsr = {}, leaderEpoch = 0, leader = brokerId): PartialLeaderAndIsr {
  return {
    controllerId: 2, controllerEpoch: 1, brokerEpoch: 10,
    partitionStates: [{ topic: 't', partition: 0, controllerEpoch: 1, leader, leaderEpoch, isr: [leader], zkVersion: 0, replicas: [brokerId, 2].slice(0, leader === brokerId ? 1 : 2), isNew: true }],
    ...overrides,
  };
}

function batch(count: number): Buffer {
  return encodeRecordBatchUncompressed(Array.from({ length: count }, (_, i) => ({ value: `value-${i}` })), { nowMs: 1_000 });
}

describe('ReplicaManager', () => {
  let f: Fixture;
  beforeEach(async () => { f = await fixture(); });
  afterEach(async () => { await teardown(f); });

  it('LeaderAndIsr creates the log and makes this broker leader', async () => {
    const resp = await f.rm.becomeLeaderOrFollower(leaderAndIsrRequest(leaderAndIsr()));
    expect(resp.errorCode).toBe(ErrorCode.NONE);
    expect(resp.partitionErrors).toEqual([{ topic: 't', partition: 0, errorCode: ErrorCode.NONE }]);
    expect(f.rm.leaderPartitions()).toEqual([{ topic: 't', partition: 0 }]);
    expect(f.rm.partitionInfo('t', 0)).toMatchObject({ leader: 1, leaderEpoch: 0, isr: [1], highWatermark: 0, logEndOffset: 0 });
  });

  it('answers KAFKA_STORAGE_ERROR, not the ZooKeeper code, when the topic config cannot be read', async () => {
    const g = await fixture(() => Promise.reject(new ZkError(ZkCode.ConnectionLoss, 'CONNECTIONLOSS', '/config/topics/t')));
    try {
      const resp = await g.rm.becomeLeaderOrFollower(leaderAndIsrRequest(leaderAndIsr()));
      expect(resp.partitionErrors).toEqual([{ topic: 't', partition: 0, errorCode: ErrorCode.KAFKA_STORAGE_ERROR }]);
    } finally {
      await teardown(g);
    }
  });

  it('rejects a stale controller epoch and a stale broker epoch, changing nothing', async () => {
    await f.rm.becomeLeaderOrFollower(leaderAndIsrRequest(leaderAndIsr({ controllerEpoch: 3 })));
    expect((await f.rm.becomeLeaderOrFollower(leaderAndIsrRequest(leaderAndIsr({ controllerEpoch: 2 }, 1)))).errorCode).toBe(ErrorCode.STALE_CONTROLLER_EPOCH);
    expect((await f.rm.becomeLeaderOrFollower(leaderAndIsrRequest(leaderAndIsr({ controllerEpoch: 3, brokerEpoch: 9 }, 1)))).errorCode).toBe(ErrorCode.STALE_BROKER_EPOCH);
    expect(f.rm.partitionInfo('t', 0)?.leaderEpoch).toBe(0);
    expect(f.rm.maybeUpdateMetadataCache(updateMetadataRequest({ controllerId: 2, controllerEpoch: 2, brokerEpoch: 10 }))).toBe(ErrorCode.STALE_CONTROLLER_EPOCH);
    expect(f.rm.maybeUpdateMetadataCache(updateMetadataRequest({ controllerId: 2, controllerEpoch: 3, brokerEpoch: 10 }))).toBe(ErrorCode.NONE);
    expect(f.cache.metadataReceived()).toBe(true);
  });

  it('applies a partition state only with a strictly newer leader epoch', async () => {
    await f.rm.becomeLeaderOrFollower(leaderAndIsrRequest(leaderAndIsr({}, 4)));
    const same = await f.rm.becomeLeaderOrFollower(leaderAndIsrRequest(leaderAndIsr({}, 4)));
    expect(same.partitionErrors?.[0]?.errorCode).toBe(ErrorCode.STALE_CONTROLLER_EPOCH);
    const follower = await f.rm.becomeLeaderOrFollower(leaderAndIsrRequest(leaderAndIsr({}, 5, 2)));
    expect(follower.partitionErrors?.[0]?.errorCode).toBe(ErrorCode.NONE);
    expect(f.rm.leaderPartitions()).toEqual([]);
  });

  it('answers UNKNOWN_TOPIC_OR_PARTITION for a partition this broker is not a replica of', async () => {
    const req = leaderAndIsr();
    req.partitionStates![0]!.replicas = [2];
    expect((await f.rm.becomeLeaderOrFollower(leaderAndIsrRequest(req))).partitionErrors?.[0]?.errorCode).toBe(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
  });

  it('appends with offsets assigned in order and the HW following, for acks 1 and -1', async () => {
    await f.rm.becomeLeaderOrFollower(leaderAndIsrRequest(leaderAndIsr()));
    const first = await f.rm.dataPlane.appendRecords({ timeoutMs: 1000, requiredAcks: 1, entries: [{ topic: 't', partition: 0, records: batch(3) }] });
    expect(first[0]).toMatchObject({ errorCode: ErrorCode.NONE, baseOffset: 0, logAppendTimeMs: -1 });
    const second = await f.rm.dataPlane.appendRecords({ timeoutMs: 1000, requiredAcks: -1, entries: [{ topic: 't', partition: 0, records: batch(2) }] });
    expect(second[0]).toMatchObject({ errorCode: ErrorCode.NONE, baseOffset: 3 });
    expect(f.rm.partitionInfo('t', 0)).toMatchObject({ highWatermark: 5, logEndOffset: 5 });
  });

  it('rejects corrupt and oversized batches with nothing written, and unknown partitions', async () => {
    await f.rm.becomeLeaderOrFollower(leaderAndIsrRequest(leaderAndIsr()));
    const corrupt = batch(1);
    corrupt.writeUInt8(corrupt.readUInt8(corrupt.length - 1) ^ 0xff, corrupt.length - 1);
    const big = encodeRecordBatchUncompressed([{ value: Buffer.alloc(2 * 1024 * 1024) }]);
    const results = await f.rm.dataPlane.appendRecords({
      timeoutMs: 1000, requiredAcks: 1,
      entries: [{ topic: 't', partition: 0, records: corrupt }, { topic: 't', partition: 0, records: big }, { topic: 'nope', partition: 0, records: batch(1) }],
    });
    expect(results.map((r) => r.errorCode)).toEqual([ErrorCode.CORRUPT_MESSAGE, ErrorCode.MESSAGE_TOO_LARGE, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION]);
    expect(f.rm.partitionInfo('t', 0)?.logEndOffset).toBe(0);
  });

  it('answers an append past a full append queue with the retriable REQUEST_TIMED_OUT, writing nothing of it', async () => {
    await f.rm.becomeLeaderOrFollower(leaderAndIsrRequest(leaderAndIsr()));
    const produce = () => f.rm.dataPlane.appendRecords({ timeoutMs: 1000, requiredAcks: 1, entries: [{ topic: 't', partition: 0, records: batch(1) }] });
    const queued = Array.from({ length: appendQueueDepthMax }, produce);
    const [refused] = await produce();
    expect(refused).toMatchObject({ errorCode: ErrorCode.REQUEST_TIMED_OUT, errorMessage: expect.stringMatching(/appends queued; refusing more/) });
    expect((await Promise.all(queued)).every(([r]) => r?.errorCode === ErrorCode.NONE)).toBe(true);
    expect(f.rm.partitionInfo('t', 0)?.logEndOffset).toBe(appendQueueDepthMax);
  });

  it('a long-poll fetch completes when an append arrives', async () => {
    await f.rm.becomeLeaderOrFollower(leaderAndIsrRequest(leaderAndIsr()));
    const fetching = f.rm.dataPlane.fetchMessages({
      replicaId: -1, maxWaitMs: 30_000, minBytes: 1, maxBytes: 0,
      partitions: [{ topic: 't', partition: 0, fetchOffset: 0, currentLeaderEpoch: -1, partitionMaxBytes: 0, logStartOffset: -1 }],
    });
    const records = batch(2);
    await f.rm.dataPlane.appendRecords({ timeoutMs: 1000, requiredAcks: 1, entries: [{ topic: 't', partition: 0, records }] });
    const [result] = await fetching;
    expect(result).toMatchObject({ errorCode: ErrorCode.NONE, highWatermark: 2 });
    expect(result!.records.equals(records)).toBe(true);
  });

  it('a throttled follower out of the ISR gets no data once the leader replication quota is exceeded (KIP-73); consumers are not throttled', async () => {
    const states = [{ topic: 't', partition: 0, controllerEpoch: 1, leader: brokerId, leaderEpoch: 0, isr: [brokerId], zkVersion: 0, replicas: [brokerId, 2], isNew: true }];
    await f.rm.becomeLeaderOrFollower(leaderAndIsrRequest(leaderAndIsr({ partitionStates: states })));
    f.rm.replicationQuotas.leader.updateQuota(1);
    f.rm.replicationQuotas.leader.markThrottled('t', 'all');
    const records = batch(3);
    await f.rm.dataPlane.appendRecords({ timeoutMs: 1000, requiredAcks: 1, entries: [{ topic: 't', partition: 0, records }] });
    const fetch = (replicaId: number, maxWaitMs = 0) => f.rm.dataPlane.fetchMessages({
      replicaId, maxWaitMs, minBytes: 1, maxBytes: 0,
      partitions: [{ topic: 't', partition: 0, fetchOffset: 0, currentLeaderEpoch: -1, partitionMaxBytes: 0, logStartOffset: 0 }],
    });
    const [first] = await fetch(2);
    expect(first!.records.equals(records)).toBe(true);
    expect(f.rm.replicationQuotas.leader.isQuotaExceeded()).toBe(true);
    const [held] = await fetch(2);
    expect(held).toMatchObject({ errorCode: ErrorCode.NONE, records: Buffer.alloc(0) });
    // A long poll is not completed by the throttled bytes: it waits out max_wait_ms and answers empty.
    const [parked] = await fetch(2, 50);
    expect(parked!.records.length).toBe(0);
    const [consumer] = await fetch(-1);
    expect(consumer!.records.equals(records)).toBe(true);
    f.rm.replicationQuotas.leader.markThrottled('t', undefined);
    const [free] = await fetch(2);
    expect(free!.records.equals(records)).toBe(true);
  });

  it('a fetch out of range or to a non-leader answers at once with the error', async () => {
    await f.rm.becomeLeaderOrFollower(leaderAndIsrRequest(leaderAndIsr()));
    const results = await f.rm.dataPlane.fetchMessages({
      replicaId: -1, maxWaitMs: 30_000, minBytes: 1, maxBytes: 0,
      partitions: [
        { topic: 't', partition: 0, fetchOffset: 7, currentLeaderEpoch: -1, partitionMaxBytes: 0, logStartOffset: -1 },
        { topic: 't', partition: 1, fetchOffset: 0, currentLeaderEpoch: -1, partitionMaxBytes: 0, logStartOffset: -1 },
      ],
    });
    expect(results.map((r) => r.errorCode)).toEqual([ErrorCode.OFFSET_OUT_OF_RANGE, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION]);
  });

  it('StopReplica with delete removes the partition and its log', async () => {
    await f.rm.becomeLeaderOrFollower(leaderAndIsrRequest(leaderAndIsr()));
    const resp = await f.rm.stopReplicas(stopReplicaRequest({ controllerId: 2, controllerEpoch: 1, brokerEpoch: 10, partitions: [{ topic: 't', partition: 0, leaderEpoch: -2, deletePartition: true }] }));
    expect(resp.partitionErrors).toEqual([{ topic: 't', partition: 0, errorCode: ErrorCode.NONE }]);
    expect(f.rm.partitionInfo('t', 0)).toBeUndefined();
    expect(f.logManager.getLog('t', 0)).toBeUndefined();
  });

  it('StopReplica with an older leader epoch is fenced', async () => {
    await f.rm.becomeLeaderOrFollower(leaderAndIsrRequest(leaderAndIsr({}, 3)));
    const resp = await f.rm.stopReplicas(stopReplicaRequest({ controllerId: 2, controllerEpoch: 1, brokerEpoch: 10, partitions: [{ topic: 't', partition: 0, leaderEpoch: 2, deletePartition: false }] }));
    expect(resp.partitionErrors?.[0]?.errorCode).toBe(ErrorCode.FENCED_LEADER_EPOCH);
    expect(f.rm.partitionInfo('t', 0)).toBeDefined();
  });
});

describe('ReplicaManager with a LogAppendTime topic', () => {
  it('stamps the broker clock and reports it in the result', async () => {
    const f = await fixture({ 'message.timestamp.type': 'LogAppendTime' });
    try {
      await f.rm.becomeLeaderOrFollower(leaderAndIsrRequest(leaderAndIsr()));
      const [r] = await f.rm.dataPlane.appendRecords({ timeoutMs: 1000, requiredAcks: 1, entries: [{ topic: 't', partition: 0, records: batch(1) }] });
      expect(r!.errorCode).toBe(ErrorCode.NONE);
      expect(r!.logAppendTimeMs).toBeGreaterThan(0);
    } finally {
      await teardown(f);
    }
  });
});
