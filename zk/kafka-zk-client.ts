/**
 * Kafka's `KafkaZkClient`: the domain operations brokers, admin handlers and the controller run
 * against ZooKeeper. Paths and payloads come from paths.ts only. Controller writes go through
 * `fencedMulti`, which prepends `check(/controller_epoch, epochZkVersion)` so that a deposed
 * controller can never overwrite its successor's decisions (KAFKA-6082, KAFKA-6082).
 */

import { EventEmitter } from 'node:events';
import type { Logger } from 'pino';
import {
  BrokerIdZNode, BrokerIdsZNode, ClusterIdZNode, ConfigEntityZNode, ControllerEpochZNode, ControllerZNode,
  DeleteTopicsTopicZNode, DeleteTopicsZNode, IsrChangeNotificationSequenceZNode, IsrChangeNotificationZNode,
  PersistentZkPaths, PreferredReplicaElectionZNode, ReassignPartitionsZNode, TopicPartitionStateZNode, TopicPartitionZNode,
  TopicPartitionsZNode, TopicZNode, TopicsZNode,
  type PartitionReassignmentData, type PartitionStateData, type TopicAssignmentData,
} from './paths';
import { ignoreNoNode, readAdminZNode } from './admin-znodes';
import { allocateProducerIdBlock, producerIdBlockSizeDefault, propagateIsrChanges, updateLeaderAndIsrAsLeader, type LeaderIsrUpdate } from './leader-znode-writes';
import { ZooKeeperClient, type ZkClientOptions } from './zookeeper-client';
import {
  CreateMode, ZkCode, ZkMultiError, createRecursive, isZkError, type ZkOp, type ZkSession, type ZkStat, type ZkWatcher,
} from './zk-session';

export interface BrokerEndpoint { listenerName: string; securityProtocol: string; host: string; port: number }
export interface BrokerRegistration { id: number; endpoints: BrokerEndpoint[]; rack?: string | null }
export interface BrokerInfo extends BrokerRegistration { epoch: number /* czxid */ }
export interface LeaderAndIsr { leader: number; leaderEpoch: number; isr: number[]; controllerEpoch: number; zkVersion: number }

export { BrokerIdInUseError, ControllerMovedError, TopicExistsError } from './zk-errors';
import { BrokerIdInUseError, ControllerMovedError, TopicExistsError } from './zk-errors';
import { type TopicPartition } from '../proto/topic-partition';

export interface ControllerEpochInfo { epoch: number; epochZkVersion: number }

/** Outcome of a conditional partition state write. */
export type PartitionStateUpdate = { ok: true; zkVersion: number } | { ok: false; reason: 'badVersion' | 'noNode' };

export const checkedEphemeralRetriesMax = 5;
/** Reads of the controller pair before giving up while elections keep changing it. */
export const consistentReadAttemptsMax = 3;

export class KafkaZkClient extends EventEmitter {
  private readonly previousSessionIds = new Set<string>();

  /**
   * `zk` is the session this client runs on; `nowMs` stamps the registration timestamps
   * Kafka writes into /brokers/ids/N and /controller.
   */
  constructor(readonly zk: ZkSession, private readonly logger: Logger, private readonly nowMs: () => number) {
    super();
    zk.on('newSession', () => this.emit('newSession'));
    zk.on('expired', () => {
      // Ephemerals of the expired session may linger briefly; registerBroker may delete them.
      this.previousSessionIds.add(zk.sessionId);
      this.emit('expired');
    });
    zk.on('disconnected', () => this.emit('disconnected'));
    zk.on('connected', () => this.emit('connected'));
  }

  static async connect(opts: ZkClientOptions): Promise<KafkaZkClient> {
    const zk = await ZooKeeperClient.connect(opts);
    return new KafkaZkClient(zk, opts.logger.child({ component: 'kafka-zk-client' }), Date.now);
  }

  async ensurePersistentPaths(): Promise<void> {
    for (const path of PersistentZkPaths) await createRecursive(this.zk, path);
  }

  async getOrCreateClusterId(): Promise<string> {
    const existing = await this.zk.getData(ClusterIdZNode.path);
    if (existing) return ClusterIdZNode.decode(existing.data);
    const id = ClusterIdZNode.generateId();
    try {
      await createRecursive(this.zk, '/cluster');
      await this.zk.create(ClusterIdZNode.path, ClusterIdZNode.encode(id));
      return id;
    } catch (err) {
      if (!isZkError(err, ZkCode.NodeExists)) throw err;
      const raced = await this.zk.getData(ClusterIdZNode.path);
      if (!raced) throw err;
      return ClusterIdZNode.decode(raced.data);
    }
  }

  async registerBroker(reg: BrokerRegistration): Promise<number> {
    const path = BrokerIdZNode.path(reg.id);
    const data = BrokerIdZNode.encode(reg, this.nowMs());
    for (let attempt = 0; attempt < checkedEphemeralRetriesMax; attempt++) {
      try {
        // create + setData in one multi: the setData result's stat carries the czxid (KIP-380).
        const results = await this.zk.multi([
          { type: 'create', path, mode: CreateMode.Ephemeral },
          { type: 'setData', path, data, version: 0 },
        ]);
        const stat = results[1]?.stat;
        if (!stat) throw new Error(`no stat returned for ${path}`);
        this.logger.info({ brokerId: reg.id, brokerEpoch: stat.czxid }, 'registered broker');
        return stat.czxid;
      } catch (err) {
        if (!isZkError(err, ZkCode.NodeExists)) throw err;
        const existing = await this.zk.getData(path);
        if (!existing) continue; // vanished in between: retry the create
        if (existing.stat.ephemeralOwner === this.zk.sessionId) return existing.stat.czxid;
        const previous = BrokerIdZNode.decode(reg.id, existing.data);
        if (!this.isOwnPreviousSession(existing.stat.ephemeralOwner)) throw new BrokerIdInUseError(reg.id);
        this.logger.info({ brokerId: reg.id, registeredAtMs: previous.timestampMs }, 'removing registration of an expired session');
        await this.zk.delete(path, existing.stat.version).catch((e: unknown) => {
          if (!isZkError(e, ZkCode.NoNode)) throw e;
        });
      }
    }
    throw new BrokerIdInUseError(reg.id);
  }

  private isOwnPreviousSession(owner: string): boolean {
    return this.previousSessionIds.has(owner);
  }

  async getBrokerIds(watch?: ZkWatcher): Promise<number[]> {
    const children = (await this.zk.getChildren(BrokerIdsZNode.path, watch)) ?? [];
    return children.map(Number).filter((id) => Number.isInteger(id)).sort((a, b) => a - b);
  }

  async getBroker(id: number, watch?: ZkWatcher): Promise<BrokerInfo | undefined> {
    const node = await this.zk.getData(BrokerIdZNode.path(id), watch);
    if (!node) return undefined;
    const decoded = BrokerIdZNode.decode(id, node.data);
    return { id, endpoints: decoded.endpoints, rack: decoded.rack, epoch: node.stat.czxid };
  }

  /** All registered brokers; `watch` is set on the /brokers/ids children. */
  async getAllBrokers(watch?: ZkWatcher): Promise<BrokerInfo[]> {
    const ids = await this.getBrokerIds(watch);
    const brokers = await Promise.all(ids.map((id) => this.getBroker(id)));
    return brokers.filter((b): b is BrokerInfo => b !== undefined);
  }

  async getControllerId(watch?: ZkWatcher): Promise<number> {
    if (watch) await this.zk.exists(ControllerZNode.path, watch);
    const node = await this.zk.getData(ControllerZNode.path);
    return node ? ControllerZNode.decode(node.data) : -1;
  }

  async getControllerEpoch(): Promise<ControllerEpochInfo | undefined> {
    const node = await this.zk.getData(ControllerEpochZNode.path);
    return node ? { epoch: ControllerEpochZNode.decode(node.data), epochZkVersion: node.stat.version } : undefined;
  }

  /**
   * /controller and /controller_epoch as one consistent pair, for brokers checking who may send
   * them controller requests. An election writes both in one multi, so reading the epoch on both
   * sides of /controller and finding it unchanged proves the id belongs to that epoch (-1: no
   * controller at it). Undefined when /controller_epoch does not exist yet.
   */
  async getControllerIdentity(): Promise<{ controllerId: number; epoch: number } | undefined> {
    for (let attempt = 0; attempt < consistentReadAttemptsMax; attempt++) {
      const before = await this.getControllerEpoch();
      if (before === undefined) return undefined;
      const controllerId = await this.getControllerId();
      const after = await this.getControllerEpoch();
      if (after?.epochZkVersion === before.epochZkVersion) return { controllerId, epoch: before.epoch };
    }
    throw new Error(`the controller changed during each of ${consistentReadAttemptsMax} reads`);
  }

  /**
   * Election (KafkaController.elect): atomically create the ephemeral /controller and bump /controller_epoch
   * conditionally on the version just read. Throws ControllerMovedError when someone else won.
   */
  async registerControllerAndIncrementControllerEpoch(brokerId: number): Promise<ControllerEpochInfo> {
    let current = await this.getControllerEpoch();
    if (!current) {
      try {
        await this.zk.create(ControllerEpochZNode.path, ControllerEpochZNode.encode(0));
      } catch (err) {
        if (!isZkError(err, ZkCode.NodeExists)) throw err;
      }
      current = await this.getControllerEpoch();
      if (!current) throw new Error('controller epoch znode vanished');
    }
    const newEpoch = current.epoch + 1;
    try {
      const results = await this.zk.multi([
        { type: 'create', path: ControllerZNode.path, data: ControllerZNode.encode(brokerId, this.nowMs()), mode: CreateMode.Ephemeral },
        { type: 'setData', path: ControllerEpochZNode.path, data: ControllerEpochZNode.encode(newEpoch), version: current.epochZkVersion },
      ]);
      const stat = results[1]?.stat;
      if (!stat) throw new Error('no stat returned for the controller epoch');
      return { epoch: newEpoch, epochZkVersion: stat.version };
    } catch (err) {
      const answerLost = isZkError(err, ZkCode.ConnectionLoss) || isZkError(err, ZkCode.OperationTimeout);
      if (!isZkError(err, ZkCode.NodeExists) && !isZkError(err, ZkCode.BadVersion) && !answerLost) throw err;
      // A lost response may hide our own success (the write may have landed before the connection
      // dropped): accept it if both znodes say so.
      const [controllerId, epoch] = [await this.getControllerId(), await this.getControllerEpoch()];
      if (controllerId === brokerId && epoch?.epoch === newEpoch) return epoch;
      throw new ControllerMovedError(`controller moved to ${controllerId} (epoch ${epoch?.epoch ?? -1})`);
    }
  }

  /** Runs `ops` only if /controller_epoch still has `epochZkVersion`. */
  async fencedMulti(epochZkVersion: number, ops: ZkOp[]): Promise<Array<{ path?: string; stat?: ZkStat }>> {
    try {
      const results = await this.zk.multi([{ type: 'check', path: ControllerEpochZNode.path, version: epochZkVersion }, ...ops]);
      return results.slice(1);
    } catch (err) {
      if (err instanceof ZkMultiError && err.failedOpIndex === 0) {
        throw new ControllerMovedError(`controller epoch zkVersion is no longer ${epochZkVersion}`);
      }
      if (err instanceof ZkMultiError && err.failedOpIndex > 0) {
        throw new ZkMultiError(err.code, err.codeName, err.path, err.failedOpIndex - 1);
      }
      throw err;
    }
  }

  /** Resignation: remove /controller if it is still ours (fenced). */
  async deleteController(epochZkVersion: number): Promise<void> {
    try {
      await this.fencedMulti(epochZkVersion, [{ type: 'delete', path: ControllerZNode.path }]);
    } catch (err) {
      if (!isZkError(err, ZkCode.NoNode) && !(err instanceof ControllerMovedError)) throw err;
    }
  }

  /**
   * A fenced controller stepping down: removes /controller only when it names `brokerId` AND this
   * very session created it; a node written by anyone else (or by an earlier session of this
   * broker, about to expire anyway) is left alone, as Kafka leaves it.
   */
  async deleteControllerIfOwned(brokerId: number): Promise<void> {
    const node = await this.zk.getData(ControllerZNode.path);
    if (!node || node.stat.ephemeralOwner !== this.zk.sessionId) return;
    let owner: number;
    try {
      owner = ControllerZNode.decode(node.data);
    } catch {
      return;
    }
    if (owner !== brokerId) return;
    await this.zk.delete(ControllerZNode.path, node.stat.version).catch((err: unknown) => {
      if (!isZkError(err, ZkCode.NoNode) && !isZkError(err, ZkCode.BadVersion)) throw err;
    });
  }

  async createTopic(topic: string, assignment: Map<number, number[]>, config: Record<string, string>): Promise<void> {
    if (await this.zk.exists(TopicZNode.path(topic))) throw new TopicExistsError(topic);
    // Config first, then the assignment: the controller only reacts to the latter (Kafka's ZkData notes).
    const configPath = ConfigEntityZNode.path('topics', topic);
    try {
      await this.zk.create(configPath, ConfigEntityZNode.encode(config));
    } catch (err) {
      if (!isZkError(err, ZkCode.NodeExists)) throw err;
      await this.zk.setData(configPath, ConfigEntityZNode.encode(config));
    }
    try {
      await this.zk.create(TopicZNode.path(topic), TopicZNode.encode(assignment));
    } catch (err) {
      if (isZkError(err, ZkCode.NodeExists)) throw new TopicExistsError(topic);
      throw err;
    }
  }

  async getAllTopics(watch?: ZkWatcher): Promise<string[]> {
    return ((await this.zk.getChildren(TopicsZNode.path, watch)) ?? []).sort();
  }

  async getTopicConfig(topic: string): Promise<Record<string, string>> {
    const node = await this.zk.getData(ConfigEntityZNode.path('topics', topic));
    return ConfigEntityZNode.decode(node?.data);
  }

  async getReplicaAssignment(topic: string, watch?: ZkWatcher): Promise<Map<number, number[]> | undefined> {
    const node = await this.zk.getData(TopicZNode.path(topic), watch);
    return node ? TopicZNode.decode(node.data).partitions : undefined;
  }

  async getPartitionState(topic: string, partition: number): Promise<LeaderAndIsr | undefined> {
    const node = await this.zk.getData(TopicPartitionStateZNode.path(topic, partition));
    if (!node) return undefined;
    return { ...TopicPartitionStateZNode.decode(node.data), zkVersion: node.stat.version };
  }

  /** Creates the partition's state znode (fenced); false when it already exists. */
  async createPartitionState(topic: string, partition: number, state: Omit<LeaderAndIsr, 'zkVersion'>, epochZkVersion: number): Promise<boolean> {
    for (const path of [TopicPartitionsZNode.path(topic), TopicPartitionZNode.path(topic, partition)]) {
      await this.zk.create(path).catch((err: unknown) => {
        if (!isZkError(err, ZkCode.NodeExists)) throw err;
      });
    }
    try {
      await this.fencedMulti(epochZkVersion, [
        { type: 'create', path: TopicPartitionStateZNode.path(topic, partition), data: TopicPartitionStateZNode.encode(state) },
      ]);
      return true;
    } catch (err) {
      if (isZkError(err, ZkCode.NodeExists)) return false;
      throw err;
    }
  }

  /** Conditional on the state znode's zkVersion (expected in `state.zkVersion`), and fenced. */
  async updatePartitionState(topic: string, partition: number, state: LeaderAndIsr, epochZkVersion: number): Promise<PartitionStateUpdate> {
    try {
      const [result] = await this.fencedMulti(epochZkVersion, [{
        type: 'setData', path: TopicPartitionStateZNode.path(topic, partition),
        data: TopicPartitionStateZNode.encode(state), version: state.zkVersion,
      }]);
      if (!result?.stat) throw new Error('no stat returned for a partition state write');
      return { ok: true, zkVersion: result.stat.version };
    } catch (err) {
      if (isZkError(err, ZkCode.BadVersion)) return { ok: false, reason: 'badVersion' };
      if (isZkError(err, ZkCode.NoNode)) return { ok: false, reason: 'noNode' };
      throw err;
    }
  }

  async markTopicForDeletion(topic: string): Promise<void> {
    try {
      await this.zk.create(DeleteTopicsTopicZNode.path(topic));
    } catch (err) {
      if (!isZkError(err, ZkCode.NodeExists)) throw err;
    }
  }

  async isTopicMarkedForDeletion(topic: string): Promise<boolean> {
    return (await this.zk.exists(DeleteTopicsTopicZNode.path(topic))) !== undefined;
  }

  async getTopicDeletions(watch?: ZkWatcher): Promise<string[]> {
    return (await this.zk.getChildren(DeleteTopicsZNode.path, watch)) ?? [];
  }

  async deleteTopicDeletionMarkers(topics: string[], epochZkVersion: number): Promise<void> {
    for (const topic of topics) {
      await this.fencedMulti(epochZkVersion, [{ type: 'delete', path: DeleteTopicsTopicZNode.path(topic) }]).catch((err: unknown) => {
        if (!isZkError(err, ZkCode.NoNode)) throw err;
      });
    }
  }

  /** Deletes /brokers/topics/<t> recursively, /config/topics/<t> and the deletion marker, fenced. */
  async deleteTopicZNodes(topic: string, epochZkVersion: number): Promise<void> {
    const subtree = await this.listSubtree(TopicZNode.path(topic));
    const deletes: ZkOp[] = subtree.reverse().map((path) => ({ type: 'delete', path }));
    if (deletes.length > 0) await this.fencedMulti(epochZkVersion, deletes);
    for (const path of [ConfigEntityZNode.path('topics', topic), DeleteTopicsTopicZNode.path(topic)]) {
      await this.fencedMulti(epochZkVersion, [{ type: 'delete', path }]).catch((err: unknown) => {
        if (!isZkError(err, ZkCode.NoNode)) throw err;
      });
    }
  }

  /** Pre-order list of `root` and its descendants (parents before children). */
  private async listSubtree(root: string): Promise<string[]> {
    const children = await this.zk.getChildren(root);
    if (children === undefined) return [];
    const out = [root];
    for (const child of children) out.push(...(await this.listSubtree(`${root}/${child}`)));
    return out;
  }

  async getIsrChangeNotifications(watch?: ZkWatcher): Promise<string[]> {
    return (await this.zk.getChildren(IsrChangeNotificationZNode.path, watch)) ?? [];
  }

  async deleteIsrChangeNotifications(children: string[], epochZkVersion: number): Promise<void> {
    for (const child of children) {
      await this.fencedMulti(epochZkVersion, [{ type: 'delete', path: IsrChangeNotificationSequenceZNode.path(child) }]).catch((err: unknown) => {
        if (!isZkError(err, ZkCode.NoNode)) throw err;
      });
    }
  }

  /** Leader-side ISR write (Kafka 2.4, ReplicaManager.maybePropagateIsrChanges); see leader-znode-writes.ts. */
  updateLeaderAndIsrAsLeader(topic: string, partition: number, state: PartitionStateData, expectedZkVersion: number): Promise<LeaderIsrUpdate> {
    return updateLeaderAndIsrAsLeader(this.zk, topic, partition, state, expectedZkVersion);
  }

  /** Leader-side: one isr_change_ notification for a batch of partitions (ReplicaManager.maybePropagateIsrChanges). */
  propagateIsrChanges(partitions: TopicPartition[]): Promise<void> {
    return propagateIsrChanges(this.zk, partitions);
  }

  allocateProducerIdBlock(brokerId: number, blockSize = producerIdBlockSizeDefault): Promise<{ blockStart: number; blockEnd: number }> {
    return allocateProducerIdBlock(this.zk, brokerId, blockSize, this.logger);
  }

  /** Partitions named by the given notification children; vanished children are skipped. */
  async getIsrChangeNotificationPartitions(children: string[]): Promise<TopicPartition[]> {
    const out: TopicPartition[] = [];
    for (const child of children) {
      const node = await this.zk.getData(IsrChangeNotificationSequenceZNode.path(child));
      if (!node) continue;
      try {
        out.push(...IsrChangeNotificationSequenceZNode.decode(node.data));
      } catch (err) {
        this.logger.error({ err, child }, 'ignoring a malformed ISR change notification');
      }
    }
    return out;
  }

  /** Sets a data watch on /brokers/ids/<id> (endpoint changes, Kafka's ZkData). */
  async watchBroker(id: number, watch: ZkWatcher): Promise<void> {
    await this.zk.exists(BrokerIdZNode.path(id), watch);
  }

  /** The full topic znode: assignment plus in-flight reassignment (KIP-455). */
  async getTopicAssignment(topic: string, watch?: ZkWatcher): Promise<TopicAssignmentData | undefined> {
    const node = await this.zk.getData(TopicZNode.path(topic), watch);
    return node ? TopicZNode.decode(node.data) : undefined;
  }

  /** Controller rewrite of a topic znode during reassignment (fenced). */
  async setTopicAssignment(topic: string, data: TopicAssignmentData, epochZkVersion: number): Promise<void> {
    await this.fencedMulti(epochZkVersion, [{
      type: 'setData', path: TopicZNode.path(topic), data: TopicZNode.encode(data.partitions, data.addingReplicas, data.removingReplicas),
    }]);
  }

  /** Legacy /admin/reassign_partitions; `watch` is an existence watch (create, change, delete). */
  getPartitionReassignments(watch?: ZkWatcher): Promise<PartitionReassignmentData[] | undefined> {
    return readAdminZNode(this.zk, this.logger, ReassignPartitionsZNode, watch);
  }

  /** Rewrites the pending list, deleting the znode when nothing remains (fenced). */
  async setPartitionReassignments(entries: PartitionReassignmentData[], epochZkVersion: number): Promise<void> {
    const op: ZkOp = entries.length === 0
      ? { type: 'delete', path: ReassignPartitionsZNode.path }
      : { type: 'setData', path: ReassignPartitionsZNode.path, data: ReassignPartitionsZNode.encode(entries) };
    await this.fencedMulti(epochZkVersion, [op]).catch(ignoreNoNode);
  }

  /** Legacy /admin/preferred_replica_election; `watch` is an existence watch. */
  getPreferredReplicaElection(watch?: ZkWatcher): Promise<TopicPartition[] | undefined> {
    return readAdminZNode(this.zk, this.logger, PreferredReplicaElectionZNode, watch);
  }

  async deletePreferredReplicaElection(epochZkVersion: number): Promise<void> {
    await this.fencedMulti(epochZkVersion, [{ type: 'delete', path: PreferredReplicaElectionZNode.path }]).catch(ignoreNoNode);
  }

  async close(): Promise<void> {
    await this.zk.close();
  }
}
