/**
 * The broker's view of the cluster (Kafka's `MetadataCache`): live brokers with their endpoints
 * per listener, partition states, and the controller id. It is filled ONLY by the controller's
 * UpdateMetadata requests (ControllerBrokerRequestBatch, Kafka's MetadataCache); client Metadata requests are answered from it and
 * never from ZooKeeper, so different brokers may briefly disagree.
 */
import type { Clock, Timer } from '../clock';
import type { UpdateMetadataPartitionState, UpdateMetadataRequest } from '../api/controller-requests';
import type { MetadataBroker, PartitionMetadata, TopicMetadata } from '../api/metadata';
import { ErrorCode, SamsaError } from '../../proto/errors';
import { internalTopics } from '../../proto/topic-name';
import { type TopicPartition } from '../../proto/topic-partition';
import { leaderDuringDelete, noLeader } from '../../proto/sentinels';

/** Bound on callers waiting for a metadata condition (CreateTopics/DeleteTopics completion). */
export const metadataWaitersMax = 1024;

export interface BrokerEndpointInfo {
  host: string;
  port: number;
  securityProtocol: string;
}

export interface AliveBroker {
  id: number;
  rack: string | null;
  /** Endpoints keyed by listener name. */
  endpoints: Map<string, BrokerEndpointInfo>;
}

/** What UpdateMetadata says of a partition is what the cache keeps. */
export type PartitionStateInfo = UpdateMetadataPartitionState;

export class MetadataWaitersExhaustedError extends SamsaError {
  constructor() {
    super(`more than ${metadataWaitersMax} requests are waiting for metadata updates`);
  }
}

interface Waiter {
  predicate: () => boolean;
  resolve: (satisfied: boolean) => void;
  timer: Timer;
}

export class MetadataCache {
  /** Set once at startup from ZooKeeper's /cluster/id. */
  clusterId = '';
  private brokers = new Map<number, AliveBroker>();
  private readonly topics = new Map<string, Map<number, PartitionStateInfo>>();
  private controller = -1;
  private updates = 0;
  private readonly waiters = new Set<Waiter>();

  constructor(readonly brokerId: number, private readonly clock: Clock) {}

  /**
   * Applies an UpdateMetadata request: the live-broker list is replaced wholesale, partition states
   * are upserted, and leader -2 removes a partition (and its topic once empty). Epoch fencing is
   * the replica manager's job; by the time a request gets here it has passed it.
   * Returns the partitions removed.
   */
  updateMetadata(req: UpdateMetadataRequest): TopicPartition[] {
    this.controller = req.controllerId;
    const brokers = new Map<number, AliveBroker>();
    for (const b of req.liveBrokers) {
      const endpoints = new Map<string, BrokerEndpointInfo>();
      for (const e of b.endpoints) endpoints.set(e.listener, { host: e.host, port: e.port, securityProtocol: e.securityProtocol });
      brokers.set(b.id, { id: b.id, rack: b.rack ? b.rack : null, endpoints });
    }
    this.brokers = brokers;
    const deleted: TopicPartition[] = [];
    for (const s of req.partitionStates) {
      const { topic, partition } = s;
      if (s.leader === leaderDuringDelete) {
        const parts = this.topics.get(topic);
        if (parts?.delete(partition)) deleted.push({ topic, partition });
        if (parts !== undefined && parts.size === 0) this.topics.delete(topic);
        continue;
      }
      let parts = this.topics.get(topic);
      if (parts === undefined) {
        parts = new Map();
        this.topics.set(topic, parts);
      }
      parts.set(partition, {
        topic, partition, controllerEpoch: s.controllerEpoch, leader: s.leader, leaderEpoch: s.leaderEpoch, isr: [...s.isr],
        zkVersion: s.zkVersion, replicas: [...s.replicas], offlineReplicas: [...s.offlineReplicas],
      });
    }
    this.updates++;
    this.checkWaiters();
    return deleted;
  }

  /** True once any UpdateMetadata arrived (part of readiness). */
  metadataReceived(): boolean {
    return this.updates > 0;
  }

  controllerId(): number {
    return this.controller;
  }

  aliveBrokers(): AliveBroker[] {
    return [...this.brokers.values()].sort((a, b) => a.id - b.id);
  }

  aliveBroker(id: number): AliveBroker | undefined {
    return this.brokers.get(id);
  }

  isBrokerAlive(id: number): boolean {
    return this.brokers.has(id);
  }

  /** The endpoint of broker `id` on `listenerName`, if the broker is alive and has that listener. */
  aliveEndpoint(id: number, listenerName: string): BrokerEndpointInfo | undefined {
    return this.brokers.get(id)?.endpoints.get(listenerName);
  }

  contains(topic: string): boolean {
    return this.topics.has(topic);
  }

  allTopics(): string[] {
    return [...this.topics.keys()].sort();
  }

  partitionState(topic: string, partition: number): PartitionStateInfo | undefined {
    return this.topics.get(topic)?.get(partition);
  }

  partitionStates(topic: string): PartitionStateInfo[] {
    return [...(this.topics.get(topic)?.values() ?? [])].sort((a, b) => a.partition - b.partition);
  }

  numPartitions(topic: string): number | undefined {
    return this.topics.get(topic)?.size;
  }

  /** True when the topic is known and every partition has a live leader. */
  hasLeaders(topic: string): boolean {
    const parts = this.topics.get(topic);
    if (parts === undefined || parts.size === 0) return false;
    for (const s of parts.values()) if (s.leader < 0 || !this.brokers.has(s.leader)) return false;
    return true;
  }

  /** Brokers that have an endpoint on `listenerName` (a broker lacking it is omitted, Kafka's MetadataCache). */
  aliveBrokerNodes(listenerName: string): MetadataBroker[] {
    const nodes: MetadataBroker[] = [];
    for (const b of this.aliveBrokers()) {
      const e = b.endpoints.get(listenerName);
      if (e !== undefined) nodes.push({ nodeId: b.id, host: e.host, port: e.port, rack: b.rack ?? '' });
    }
    return nodes;
  }

  /** Kafka's `getTopicMetadata` for the topics present in the cache, as seen from `listenerName`. */
  topicMetadata(topics: readonly string[], listenerName: string): TopicMetadata[] {
    const result: TopicMetadata[] = [];
    for (const topic of topics) {
      if (!this.topics.has(topic)) continue;
      result.push({
        errorCode: ErrorCode.NONE, name: topic, isInternal: internalTopics.has(topic),
        partitions: this.partitionStates(topic).map((s) => this.partitionMetadata(s, listenerName)),
      });
    }
    return result;
  }

  private partitionMetadata(s: PartitionStateInfo, listenerName: string): PartitionMetadata {
    // A leader that is not alive, or alive without this listener (Kafka's LISTENER_NOT_FOUND, which
    // this protocol folds into LEADER_NOT_AVAILABLE), is reported as no leader.
    const leaderReachable = s.leader >= 0 && this.aliveEndpoint(s.leader, listenerName) !== undefined;
    return {
      errorCode: leaderReachable ? ErrorCode.NONE : ErrorCode.LEADER_NOT_AVAILABLE,
      partition: s.partition, leaderId: leaderReachable ? s.leader : noLeader, leaderEpoch: s.leaderEpoch,
      replicaNodes: [...s.replicas], isrNodes: [...s.isr], offlineReplicas: [...s.offlineReplicas],
    };
  }

  /**
   * Resolves true as soon as `predicate` holds (checked now and after every update), false after
   * `timeoutMs`. Kafka parks CreateTopics/DeleteTopics in a purgatory for the same purpose.
   */
  waitFor(predicate: () => boolean, timeoutMs: number): Promise<boolean> {
    if (predicate()) return Promise.resolve(true);
    if (timeoutMs <= 0) return Promise.resolve(false);
    if (this.waiters.size >= metadataWaitersMax) return Promise.reject(new MetadataWaitersExhaustedError());
    return new Promise((resolve) => {
      const waiter: Waiter = {
        predicate, resolve,
        timer: this.clock.setTimeout(() => {
          this.waiters.delete(waiter);
          resolve(false);
        }, timeoutMs),
      };
      this.waiters.add(waiter);
    });
  }

  /** Answers every pending waiter with false (broker shutdown). */
  close(): void {
    for (const w of this.waiters) {
      w.timer.cancel();
      w.resolve(false);
    }
    this.waiters.clear();
  }

  private checkWaiters(): void {
    for (const w of [...this.waiters]) {
      if (!w.predicate()) continue;
      w.timer.cancel();
      this.waiters.delete(w);
      w.resolve(true);
    }
  }
}
