/**
 * A test double of the admin API's client of the cluster (broker/admin/cluster-access.ts) for
 * app.inject() tests of the REST routes: an in-memory cluster of topics, configs, groups,
 * offsets and partition logs that answers as the admin client does (Kafka errors as
 * SamsaProtocolErrors), and records what the routes asked of it.
 */
import type { FastifyInstance } from 'fastify';
import pino from 'pino';
import { AdminAuthenticator } from '../../broker/admin/admin-authentication';
import { buildAdminApp } from '../../broker/admin/admin-server';
import type { AdminCorsOptions } from '../../broker/admin/cors';
import type { AdminDataSource, AdminTopicView } from '../../broker/admin/data-source';
import { AclOperation } from '../../broker/security/acl';
import { allowAllAuthorizer, type Authorizer } from '../../broker/security/authorizer';
import { userPrincipal } from '../../broker/security/principal';
import type { GroupDescription } from '../../client/admin/groups';
import type { ConfigEntry } from '../../client/admin/configs';
import type { ConsumerMessage } from '../../client/consumer/messages';
import type { Message, RecordMetadata } from '../../client/producer/types';
import { ErrorCode, SamsaProtocolError } from '../../proto/errors';
import type {
  AdminClusterClient, AlterConfigsResult, ClusterAdmin, CreatePartitionsRequest, IncrementalAlterConfigsRequest, PartitionConsumer, RecordProducer,
} from '../../broker/admin/cluster-access';

export interface FakeRecord { offset: number; timestamp: number; key: Buffer | null; value: Buffer | null; headers: Array<{ key: string; value: Buffer | null }> }

export class FakeCluster implements AdminClusterClient {
  /** Topic -> partition count. */
  topics = new Map<string, number>([['orders', 2]]);
  configs = new Map<string, ConfigEntry[]>([
    ['2:orders', [{ configName: 'retention.ms', configValue: '1000', readOnly: false, isDefault: false, isSensitive: false }]],
    ['4:1', [{ configName: 'log.retention.hours', configValue: '168', readOnly: true, isDefault: true, isSensitive: false }]],
    ['4:', [{ configName: 'log.retention.ms', configValue: '5000', readOnly: false, isDefault: false, isSensitive: false, configSource: 'DYNAMIC_DEFAULT_BROKER_CONFIG' }]],
  ]);
  groups = new Map<string, GroupDescription>();
  /** Group -> topic -> partition -> committed offset. */
  committed = new Map<string, Map<string, Map<number, number>>>();
  /** `${topic}-${partition}` -> records. */
  logs = new Map<string, FakeRecord[]>([['orders-0', []], ['orders-1', []]]);
  altered: IncrementalAlterConfigsRequest[] = [];
  alterError: { code: number; message: string } | undefined;
  createdPartitions: CreatePartitionsRequest[] = [];
  withoutNewApis = false;
  failWith: Error | undefined;

  admin(): Promise<ClusterAdmin> {
    if (this.failWith) return Promise.reject(this.failWith);
    const admin: ClusterAdmin = {
      createTopics: async (o) => {
        const t = o.topics[0]!;
        if (this.topics.has(t.topic)) return false;
        if ((t.numPartitions ?? 1) > 100) throw new SamsaProtocolError(ErrorCode.INVALID_PARTITIONS, 'too many partitions');
        if (!o.validateOnly) this.topics.set(t.topic, t.numPartitions ?? 1);
        return true;
      },
      deleteTopics: async (o) => {
        const name = o.topics[0]!;
        if (!this.topics.delete(name)) throw new SamsaProtocolError(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
      },
      fetchTopicMetadata: async (o) => ({
        topics: (o?.topics ?? []).map((name) => ({
          name, isInternal: false,
          partitions: Array.from({ length: this.topics.get(name) ?? 0 }, (_, i) => ({ partitionId: i, leader: 1, leaderEpoch: 0, replicas: [1], isr: [1], offlineReplicas: [] })),
        })),
      }) as never,
      fetchTopicOffsets: async (topic) => {
        const count = this.topics.get(topic);
        if (count === undefined) throw new SamsaProtocolError(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
        return Array.from({ length: count }, (_, partition) => {
          const high = this.logs.get(`${topic}-${partition}`)?.length ?? 0;
          return { partition, offset: high, high, low: 0 };
        });
      },
      fetchTopicOffsetsByTimestamp: async (topic, timestampMs) => Array.from({ length: this.topics.get(topic) ?? 0 }, (_, partition) => {
        const log = this.logs.get(`${topic}-${partition}`) ?? [];
        return { partition, offset: log.find((r) => r.timestamp >= (timestampMs ?? Infinity))?.offset ?? log.length };
      }),
      describeConfigs: async (o) => ({
        resources: o.resources.map((r) => {
          const entries = this.configs.get(`${r.type}:${r.name}`);
          if (entries === undefined) throw new SamsaProtocolError(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
          return { resourceType: r.type, resourceName: r.name, configEntries: entries };
        }),
      }),
      listGroups: async () => ({ groups: [...this.groups.values()].map((g) => ({ groupId: g.groupId, protocolType: g.protocolType, state: g.state })) }),
      describeGroup: async (groupId) => this.groups.get(groupId)
        ?? { groupId, errorCode: 0, state: 'Dead', protocolType: '', protocol: '', members: [], coordinator: undefined },
      fetchOffsets: async (o) => [...(this.committed.get(o.groupId) ?? new Map<string, Map<number, number>>())].map(([topic, parts]) => ({
        topic, partitions: [...parts].map(([partition, offset]) => ({ partition, offset, metadata: '' })),
      })),
    };
    if (!this.withoutNewApis) {
      admin.createPartitions = async (r) => {
        const req = r.topicPartitions[0]!;
        const current = this.topics.get(req.topic) ?? 0;
        if (req.count <= current) throw new SamsaProtocolError(ErrorCode.INVALID_PARTITIONS, `Topic currently has ${current} partitions`);
        this.createdPartitions.push(r);
        this.topics.set(req.topic, req.count);
        return undefined;
      };
      admin.incrementalAlterConfigs = async (r): Promise<AlterConfigsResult> => {
        this.altered.push(r);
        const res = r.resources[0]!;
        const e = this.alterError;
        return { resources: [{ errorCode: e?.code ?? 0, errorMessage: e?.message ?? null, resourceType: res.type, resourceName: res.name }] };
      };
    }
    return Promise.resolve(admin);
  }

  producer(): Promise<RecordProducer> {
    return Promise.resolve({
      send: async (record: { topic: string; messages: Message[] }): Promise<RecordMetadata[]> => {
        const m = record.messages[0]!;
        const partition = m.partition ?? 0;
        const log = this.logs.get(`${record.topic}-${partition}`);
        if (log === undefined) throw new SamsaProtocolError(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
        const toBuffer = (v: Buffer | string | null | undefined): Buffer | null => (v === null || v === undefined ? null : Buffer.from(v));
        const headers = Array.isArray(m.headers) ? m.headers : [];
        log.push({ offset: log.length, timestamp: Number(m.timestamp ?? 0), key: toBuffer(m.key), value: toBuffer(m.value), headers });
        return [{ topicName: record.topic, partition, errorCode: 0, baseOffset: log.length - 1, logAppendTime: -1, logStartOffset: 0 }];
      },
    });
  }

  samsa(): { consumer(): PartitionConsumer } {
    return { consumer: () => new FakeConsumer(this) };
  }
}

/** Reads a fake partition log from the position it was seeked to; yields nothing past the end (as a long poll would). */
class FakeConsumer {
  private assigned: { topic: string; partition: number } | undefined;
  private position = 0;
  disconnected = false;

  constructor(private readonly cluster: FakeCluster) {}

  async connect(): Promise<void> {}

  assign(partitions: Array<{ topic: string; partition: number }>): void {
    this.assigned = partitions[0];
  }

  async seek(request: { offset?: number | string; timestamp?: number }): Promise<void> {
    const log = this.log();
    if (request.timestamp !== undefined) {
      const found = log.find((r) => r.timestamp >= request.timestamp!);
      this.position = found?.offset ?? log.length;
    } else this.position = Number(request.offset);
  }

  async disconnect(): Promise<void> {
    this.disconnected = true;
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<ConsumerMessage> {
    const { topic, partition } = this.assigned!;
    for (const r of this.log().slice(this.position)) {
      yield { topic, partition, offset: r.offset, timestamp: r.timestamp, key: r.key, value: r.value, headers: r.headers, leaderEpoch: 0 };
    }
    await new Promise<never>(() => undefined);
  }

  private log(): FakeRecord[] {
    return this.cluster.logs.get(`${this.assigned!.topic}-${this.assigned!.partition}`) ?? [];
  }
}

/** The admin data source of a broker that leads orders-0 (offsets local) and follows orders-1. */
export class FakeSource implements AdminDataSource {
  cluster = 'c1';
  topics = new Map<string, AdminTopicView>([
    ['orders', {
      name: 'orders', isInternal: false,
      partitions: [
        { partitionId: 0, leader: 1, leaderEpoch: 3, replicas: [1, 2], isr: [1, 2], local: { highWatermark: 10, logStartOffset: 2, logEndOffset: 12 } },
        { partitionId: 1, leader: 2, leaderEpoch: 1, replicas: [2, 1], isr: [2], local: undefined },
      ],
    }],
  ]);

  clusterId() { return this.cluster; }
  controllerId() { return 1; }
  brokers() { return [{ brokerId: 1, host: 'h1', port: 9092, rack: null }, { brokerId: 2, host: 'h2', port: 9093, rack: null }]; }
  topicNames() { return [...this.topics.keys()].sort(); }
  topic(name: string) { return this.topics.get(name); }
  /** Every waitForTopic call, as "name present|gone". */
  readonly topicWaits: string[] = [];
  waitForTopic(name: string, present: boolean) {
    this.topicWaits.push(`${name} ${present ? 'present' : 'gone'}`);
    return Promise.resolve(true);
  }
  readiness() { return { ready: true, reasons: [] }; }
}

/** bob may only Describe; everyone else anything. */
export const describeOnlyForBob: Authorizer = {
  ...allowAllAuthorizer,
  enabled: true,
  authorize: (session, operation) => session.principal.name !== 'bob' || operation === AclOperation.DESCRIBE,
};

export interface TestApp {
  app: FastifyInstance;
  source: FakeSource;
  cluster: FakeCluster;
}

/** An admin app over a FakeSource and a FakeCluster; `tok-bob` and `tok-alice` authenticate bob and alice. */
export function testApp(options: { cluster?: boolean; authorizer?: Authorizer; cors?: AdminCorsOptions } = {}): TestApp {
  const source = new FakeSource();
  const cluster = new FakeCluster();
  const logger = pino({ level: 'silent' });
  const authenticator = new AdminAuthenticator({
    tokens: new Map([['tok-bob', userPrincipal('bob')], ['tok-alice', userPrincipal('alice')]]), tls: false, logger, failedAuthenticationDelayMs: 0,
  });
  const app = buildAdminApp({
    source, logger, cluster: options.cluster === false ? undefined : cluster, authorizer: options.authorizer ?? describeOnlyForBob,
    authenticator, cors: options.cors,
  });
  return { app, source, cluster };
}

export const alice = { authorization: 'Bearer tok-alice', host: 'localhost:80' };
export const bob = { authorization: 'Bearer tok-bob', host: 'localhost:80' };
export const base = 'http://localhost:80/v3/clusters/c1';
