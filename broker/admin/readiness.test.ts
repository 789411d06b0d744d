import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';

// light-my-request (behind app.inject) requires `cookie` 2.x, which ships only as an ES module
// that Jest's CommonJS runtime cannot load; these tests send no cookies, so a stand-in will do.
jest.mock('cookie', () => ({
  stringifySetCookie: (): string => {
    throw new Error('cookies are not used by these tests');
  },
}));

import { leaderAndIsrRequest, updateMetadataRequest, type PartialUpdateMetadataState } from '../../test/support/domain-requests';
import { type BrokerConfig, logConfigDefaults, parseBrokerConfig } from '../config';
import { MetadataCache } from '../cluster/metadata-cache';
import { ReplicaManager } from '../cluster/replica-manager';
import { LogManager } from '../log/log-manager';
import { buildAdminApp } from './admin-server';
import type { AdminDataSource, Readiness } from './data-source';
import { partitionReadinessReasons, readinessPartitionsListedMax, type ReadinessReplicaView } from './readiness';
import { systemClock } from '../clock';
import { nodeFileSystem } from '../log/file-system';

const logger = pino({ level: 'silent' });
const brokerId = 1;

type State = PartialUpdateMetadataState;
const state = (topic: string, partition: number, leader: number, replicas: number[], leaderEpoch = 0): State => ({
  topic, partition, controllerEpoch: 1, leader, leaderEpoch, isr: leader >= 0 ? [leader] : replicas.slice(0, 1), zkVersion: 0, replicas,
});

function cacheWith(states: State[]): MetadataCache {
  const cache = new MetadataCache(brokerId, systemClock);
  cache.updateMetadata(updateMetadataRequest({ controllerId: 2, controllerEpoch: 1, brokerEpoch: 10, partitionStates: states, liveBrokers: [{ id: 1 }, { id: 2 }] }));
  return cache;
}

class FakeReplicas implements ReadinessReplicaView {
  received = false;
  logs = false;
  readonly leading = new Map<string, number>();
  leaderAndIsrReceived(): boolean { return this.received; }
  localLeaderEpoch(topic: string, partition: number): number | undefined { return this.leading.get(`${topic}-${partition}`); }
  hasLocalLogs(): boolean { return this.logs; }
}

describe('partitionReadinessReasons', () => {
  it('lets a broker that hosts no partition become ready on metadata alone', () => {
    const replicas = new FakeReplicas();
    expect(partitionReadinessReasons(brokerId, cacheWith([]), replicas)).toEqual([]);
    expect(partitionReadinessReasons(brokerId, cacheWith([state('t', 0, 2, [2, 3])]), replicas)).toEqual([]);
  });

  it('waits for the first LeaderAndIsr when the metadata lists this broker as a replica', () => {
    const replicas = new FakeReplicas();
    const cache = cacheWith([state('t', 0, 2, [2, 1]), state('t', 1, 2, [2, 3])]);
    expect(partitionReadinessReasons(brokerId, cache, replicas)).toEqual(['no LeaderAndIsr received yet for the 1 partition(s) hosted here']);
    replicas.received = true;
    expect(partitionReadinessReasons(brokerId, cache, replicas)).toEqual([]);
  });

  it('waits for a LeaderAndIsr when only the broker list arrived but local logs exist (restart)', () => {
    const replicas = new FakeReplicas();
    replicas.logs = true;
    expect(partitionReadinessReasons(brokerId, cacheWith([]), replicas)).toHaveLength(1);
    // Partition states that name other brokers only: the local logs are strays, not a reason to wait.
    expect(partitionReadinessReasons(brokerId, cacheWith([state('t', 0, 2, [2])]), replicas)).toEqual([]);
    replicas.received = true;
    expect(partitionReadinessReasons(brokerId, cacheWith([]), replicas)).toEqual([]);
  });

  it('is not ready while a partition the metadata says it leads is not led locally at that epoch', () => {
    const replicas = new FakeReplicas();
    replicas.received = true;
    const cache = cacheWith([state('t', 0, brokerId, [1, 2], 3), state('t', 1, -1, [1, 2]), state('t', 2, 2, [2, 1])]);
    expect(partitionReadinessReasons(brokerId, cache, replicas)).toEqual(['not yet leading 1 partition(s) the controller assigned to it: t-0']);
    replicas.leading.set('t-0', 2);
    expect(partitionReadinessReasons(brokerId, cache, replicas)).toHaveLength(1);
    replicas.leading.set('t-0', 3);
    expect(partitionReadinessReasons(brokerId, cache, replicas)).toEqual([]);
  });

  it('names a bounded number of partitions', () => {
    const replicas = new FakeReplicas();
    replicas.received = true;
    const count = readinessPartitionsListedMax + 3;
    const cache = cacheWith(Array.from({ length: count }, (_, p) => state('big', p, brokerId, [1])));
    const [reason] = partitionReadinessReasons(brokerId, cache, replicas);
    expect(reason).toMatch(new RegExp(`^not yet leading ${count} partition\\(s\\)`));
    expect(reason?.split(', ')).toHaveLength(readinessPartitionsListedMax + 1);
  });
});

describe('/readyz across a restart (UpdateMetadata before LeaderAndIsr)', () => {
  let dir: string;
  let logManager: LogManager;
  let replicaManager: ReplicaManager;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'samsa-ready-'));
    logManager = new LogManager({
    fileSystem: nodeFileSystem,
      logDirs: [dir], defaultConfig: logConfigDefaults, retentionCheckIntervalMs: 60_000,
      recoveryPointCheckpointIntervalMs: 60_000, highWatermarkCheckpointIntervalMs: 60_000, logger, clock: systemClock,
    });
    await logManager.startup();
  });
  afterEach(async () => {
    await replicaManager.shutdown();
    await logManager.shutdown();
    await rm(dir, { recursive: true, force: true });
  });

  it('answers 503 until the partition this broker leads is served, then 200', async () => {
    const cache = new MetadataCache(brokerId, systemClock);
    const config: BrokerConfig = { ...parseBrokerConfig({ 'broker.id': String(brokerId), 'zookeeper.connect': 'localhost:2181' }), logDefaults: logConfigDefaults };
    replicaManager = new ReplicaManager({
      config, logManager, metadataCache: cache, logger, getBrokerEpoch: () => 10, clock: systemClock,
      zk: { getTopicConfig: async () => ({}), updateLeaderAndIsrAsLeader: async () => ({ ok: false as const }), propagateIsrChanges: async () => undefined },
    });
    const readiness = (): Readiness => {
      const reasons = cache.metadataReceived() ? partitionReadinessReasons(brokerId, cache, {
        leaderAndIsrReceived: () => replicaManager.leaderAndIsrReceived(),
        localLeaderEpoch: (t, p) => {
          const partition = replicaManager.getPartition(t, p);
          return partition?.isLeader === true ? partition.leaderEpoch : undefined;
        },
        hasLocalLogs: () => logManager.allLogs().length > 0,
      }) : ['no metadata received from a controller yet'];
      return { ready: reasons.length === 0, reasons };
    };
    const source: AdminDataSource = {
      clusterId: () => 'c1', controllerId: () => 2, brokers: () => [], topicNames: () => cache.allTopics(), topic: () => undefined, readiness,
    };
    const app = buildAdminApp({ source, logger });
    const readyz = async () => (await app.inject({ method: 'GET', url: '/readyz' })).statusCode;

    expect(await readyz()).toBe(503);
    // The full UpdateMetadata a restarted broker gets names it leader before its LeaderAndIsr is applied.
    const header = { controllerId: 2, controllerEpoch: 1, brokerEpoch: 10 };
    replicaManager.maybeUpdateMetadataCache(updateMetadataRequest({ ...header, partitionStates: [state('t', 0, brokerId, [1, 2], 4)], liveBrokers: [{ id: 1 }, { id: 2 }] }));
    expect(await readyz()).toBe(503);
    expect(typeof replicaManager.partitionOrError('t', 0)).toBe('number');

    const response = await replicaManager.becomeLeaderOrFollower(leaderAndIsrRequest({
      ...header,
      partitionStates: [{ topic: 't', partition: 0, controllerEpoch: 1, leader: brokerId, leaderEpoch: 4, isr: [1, 2], zkVersion: 0, replicas: [1, 2], isNew: false }],
    }));
    expect(response.partitionErrors?.[0]?.errorCode).toBe(0);
    expect(await readyz()).toBe(200);
    expect(typeof replicaManager.partitionOrError('t', 0)).toBe('object');
    await app.close();
  });
});
