/**
 * The persistence shell of the group coordinator (Kafka's GroupMetadataManager): which
 * `__consumer_offsets` partitions this broker leads, the groups they hold in memory, and every
 * read and write of the offsets topic. Becoming leader of a partition replays it (last record per
 * key wins) before its groups are served; resigning drops them. Writes go through OffsetsLog with
 * acks=-1 and are bounded by offsets.commit.timeout.ms; in-memory state changes only after an
 * append is acknowledged, so a failover never shows a commit the log does not hold.
 */

import pino from 'pino';
import { ErrorCode, SamsaProtocolError } from '../../proto/errors';
import { type Logger } from '../logger';
import { type GroupCoordinatorConfig } from './coordinator-config';
import { type Clock, type Timer } from '../clock';
import { GroupMetadata, GroupState, type CommittedOffset, type TopicPartitionOffset } from './group-metadata';
import { type OffsetsLog, type OffsetsLogRecord, type TransactionalProducer } from './offsets-log';
import { replayOffsetsPartition } from './offsets-replay';
import {
  encodeGroupMetadataKey,
  encodeGroupMetadataValue,
  encodeOffsetCommitKey,
  encodeOffsetCommitValue,
  partitionForGroup,
} from './offsets-topic';

const emptyBytes = Buffer.alloc(0);

interface AppendOutcome {
  code: ErrorCode;
  /** The offset of the append's first record; -1 when it failed. */
  baseOffset: number;
}

function offsetRecords(groupId: string, offsets: readonly TopicPartitionOffset[]): OffsetsLogRecord[] {
  return offsets.map(({ topic, partition, committed }) => ({ key: encodeOffsetCommitKey(groupId, topic, partition), value: encodeOffsetCommitValue(committed) }));
}

export class GroupMetadataManager {
  private readonly groups = new Map<string, GroupMetadata>();
  private readonly owned = new Set<number>();
  private readonly loading = new Set<number>();
  /** Bumped on every election and resignation, so that a replay that lost the race is discarded. */
  private readonly partitionEpochs = new Map<number, number>();
  private readonly logger: Logger;

  constructor(
    private readonly log: OffsetsLog,
    private readonly config: GroupCoordinatorConfig,
    private readonly clock: Clock,
    logger?: Logger,
  ) {
    this.logger = logger ?? pino({ enabled: false });
  }

  partitionFor(groupId: string): number {
    return partitionForGroup(groupId, this.config.offsetsTopicNumPartitions);
  }

  /** Loaded partitions of __consumer_offsets that this broker leads. */
  ownedPartitions(): number[] {
    return [...this.owned].sort((a, b) => a - b);
  }

  isGroupLoading(groupId: string): boolean {
    return this.loading.has(this.partitionFor(groupId));
  }

  isGroupLocal(groupId: string): boolean {
    return this.owned.has(this.partitionFor(groupId));
  }

  isLoading(): boolean {
    return this.loading.size > 0;
  }

  getGroup(groupId: string): GroupMetadata | undefined {
    return this.groups.get(groupId);
  }

  /** The cached group if there is one, else `group` (now cached). */
  addGroup(group: GroupMetadata): GroupMetadata {
    const existing = this.groups.get(group.groupId);
    if (existing !== undefined) return existing;
    this.groups.set(group.groupId, group);
    return group;
  }

  currentGroups(): GroupMetadata[] {
    return [...this.groups.values()];
  }

  /**
   * Leadership of `partition` gained: replay it and cache its groups. Requests for them get
   * COORDINATOR_LOAD_IN_PROGRESS until this resolves. `onGroupLoaded` lets the coordinator start
   * session timers for the loaded members.
   */
  async onElection(partition: number, onGroupLoaded: (group: GroupMetadata) => void): Promise<void> {
    const epoch = this.bumpEpoch(partition);
    this.loading.add(partition);
    try {
      const loaded = await replayOffsetsPartition(this.log, partition, this.clock.nowMs(), this.logger);
      if (this.partitionEpochs.get(partition) !== epoch) return; // resigned (or re-elected) meanwhile
      for (const group of loaded) {
        this.groups.set(group.groupId, group);
        onGroupLoaded(group);
      }
      this.owned.add(partition);
      this.logger.info({ partition, groups: loaded.length }, 'loaded group metadata and offsets');
    } finally {
      if (this.partitionEpochs.get(partition) === epoch) this.loading.delete(partition);
    }
  }

  /** Leadership of `partition` lost: drop its groups; `onGroupUnloaded` answers their parked requests. */
  onResignation(partition: number, onGroupUnloaded: (group: GroupMetadata) => void): void {
    this.bumpEpoch(partition);
    this.loading.delete(partition);
    this.owned.delete(partition);
    let unloaded = 0;
    for (const group of [...this.groups.values()]) {
      if (this.partitionFor(group.groupId) !== partition) continue;
      this.groups.delete(group.groupId);
      onGroupUnloaded(group);
      unloaded++;
    }
    this.logger.info({ partition, groups: unloaded }, 'unloaded group metadata and offsets');
  }

  /** Resigns every partition (broker shutdown). */
  shutdown(onGroupUnloaded: (group: GroupMetadata) => void): void {
    for (const partition of new Set([...this.owned, ...this.loading])) this.onResignation(partition, onGroupUnloaded);
  }

  /**
   * Persists the group (with `assignment` per member) as a group-metadata record. Resolves with
   * the error code to hand the members, mapped as Kafka's storeGroup maps append errors.
   */
  async storeGroup(group: GroupMetadata, assignment: ReadonlyMap<string, Buffer>): Promise<ErrorCode> {
    const protocolName = group.protocolName;
    let value: Buffer;
    try {
      value = this.encodeGroup(group, assignment, protocolName);
    } catch (err) {
      // Requests are validated so that this cannot happen; if it does, the members get an error
      // and the broker stays up (an unhandled rejection would end the process).
      this.logger.error({ err, groupId: group.groupId, generationId: group.generationId }, 'could not encode group metadata');
      return ErrorCode.UNKNOWN_SERVER_ERROR;
    }
    const { code } = await this.appendBounded(this.partitionFor(group.groupId), [{ key: encodeGroupMetadataKey(group.groupId), value }]);
    if (code !== ErrorCode.NONE) this.logger.warn({ groupId: group.groupId, generationId: group.generationId, errorCode: code }, 'storing group metadata failed');
    return storeGroupError(code);
  }

  private encodeGroup(group: GroupMetadata, assignment: ReadonlyMap<string, Buffer>, protocolName: string | null): Buffer {
    return encodeGroupMetadataValue({
      protocolType: group.protocolType ?? '',
      generationId: group.generationId,
      protocolName,
      leader: group.leaderId,
      currentStateTimestampMs: group.currentStateTimestampMs ?? -1,
      members: group.allMembers().map((m) => ({
        memberId: m.memberId,
        groupInstanceId: m.groupInstanceId,
        clientId: m.clientId,
        clientHost: m.clientHost,
        rebalanceTimeoutMs: m.rebalanceTimeoutMs,
        sessionTimeoutMs: m.sessionTimeoutMs,
        subscription: protocolName === null ? emptyBytes : m.metadataFor(protocolName),
        assignment: assignment.get(m.memberId) ?? emptyBytes,
      })),
    });
  }

  /**
   * Persists offset commits and, once acknowledged, updates the group's cache (unless the group
   * died meanwhile). Resolves with one error code for the whole append (Kafka's mapping).
   */
  async storeOffsets(group: GroupMetadata, offsets: readonly TopicPartitionOffset[]): Promise<ErrorCode> {
    if (offsets.length === 0) return ErrorCode.NONE;
    const { code, baseOffset } = await this.appendBounded(this.partitionFor(group.groupId), offsetRecords(group.groupId, offsets));
    if (code !== ErrorCode.NONE) return storeOffsetsError(code);
    if (!group.is(GroupState.Dead)) {
      for (const { topic, partition, committed } of offsets) group.putOffsetIfNewer(topic, partition, { ...committed, appendedBatchOffset: baseOffset });
    }
    return ErrorCode.NONE;
  }

  /**
   * Persists a TxnOffsetCommit as one transactional batch of `producer` (Kafka's storeOffsets
   * with a producer id): the offsets are pending from before the append, so that OffsetFetch
   * with requireStable sees them at once, and stay pending until the transaction's marker
   * (handleTxnCompletion); a failed append forgets them.
   */
  async storeTxnOffsets(group: GroupMetadata, producer: TransactionalProducer, offsets: readonly TopicPartitionOffset[]): Promise<ErrorCode> {
    if (offsets.length === 0) return ErrorCode.NONE;
    group.pendingTxnOffsets.prepare(producer.producerId, offsets);
    const partition = this.partitionFor(group.groupId);
    const { code, baseOffset } = await this.appendBounded(partition, offsetRecords(group.groupId, offsets), producer);
    // A group deleted meanwhile handed its pending offsets to an heir (keepPendingTxnOffsets).
    const current = this.groups.get(group.groupId) ?? group;
    if (code !== ErrorCode.NONE) {
      current.pendingTxnOffsets.fail(producer.producerId, offsets);
      return storeOffsetsError(code);
    }
    current.pendingTxnOffsets.onAppend(producer.producerId, offsets, baseOffset);
    return ErrorCode.NONE;
  }

  /**
   * The markers of `producerId`'s transaction are written on `offsetsPartitions` (Kafka's
   * handleTxnCompletion): every group there with offsets pending from that producer applies
   * (commit) or drops (abort) them.
   */
  handleTxnCompletion(producerId: number, offsetsPartitions: readonly number[], committed: boolean): void {
    const partitions = new Set(offsetsPartitions);
    for (const group of this.groups.values()) {
      if (!partitions.has(this.partitionFor(group.groupId)) || !group.pendingTxnOffsets.hasFromProducer(producerId)) continue;
      const unappended = group.completePendingTxnOffsetCommit(producerId, committed);
      if (unappended.length > 0) {
        this.logger.warn({ groupId: group.groupId, producerId, partitions: unappended.map((o) => `${o.topic}-${o.partition}`) },
          'transaction completed before its offset commit was acknowledged: those offsets are dropped');
      }
    }
  }

  /**
   * Committed offsets from the cache; `requested` null means every committed offset. `unstable`
   * marks a partition with a transactional commit pending (OffsetFetch's requireStable, KIP-447).
   */
  getOffsets(groupId: string, requested: { topic: string; partition: number }[] | null): { topic: string; partition: number; committed: CommittedOffset | undefined; unstable: boolean }[] {
    const group = this.groups.get(groupId);
    const live = group !== undefined && !group.is(GroupState.Dead) ? group : undefined;
    const unstable = (topic: string, partition: number): boolean => live?.pendingTxnOffsets.has(topic, partition) ?? false;
    if (requested === null) return (live?.allOffsets() ?? []).map((o) => ({ ...o, unstable: unstable(o.topic, o.partition) }));
    return requested.map(({ topic, partition }) => ({ topic, partition, committed: live?.offset(topic, partition), unstable: unstable(topic, partition) }));
  }

  /**
   * Removes offsets chosen by `selector` from each group, turns Empty groups without offsets Dead,
   * drops Dead groups from the cache, and writes tombstones (Kafka's cleanupGroupMetadata).
   * Tombstone appends that fail are logged: compaction correctness does not depend on them, and
   * the next expiry pass retries what is still expired. Returns the number of offsets removed.
   */
  async cleanupGroupMetadata(groups: readonly GroupMetadata[], selector: (group: GroupMetadata) => TopicPartitionOffset[]): Promise<number> {
    let removedCount = 0;
    const appends: Promise<void>[] = [];
    for (const group of groups) {
      const removed = selector(group);
      removedCount += removed.length;
      if (group.is(GroupState.Empty) && !group.hasOffsets()) group.transitionTo(GroupState.Dead, this.clock.nowMs());
      const tombstones: OffsetsLogRecord[] = removed.map(({ topic, partition }) => ({ key: encodeOffsetCommitKey(group.groupId, topic, partition), value: null }));
      // Generation 0 groups only ever stored offsets: they have no group record to delete.
      if (group.is(GroupState.Dead) && this.groups.get(group.groupId) === group) {
        this.groups.delete(group.groupId);
        if (group.generationId > 0) tombstones.push({ key: encodeGroupMetadataKey(group.groupId), value: null });
        this.keepPendingTxnOffsets(group);
      }
      if (tombstones.length > 0) appends.push(this.appendTombstones(group.groupId, tombstones));
    }
    await Promise.all(appends);
    return removedCount;
  }

  /** KIP-211 offset expiry over every cached group; the coordinator's shell calls it periodically. */
  async expireOffsets(nowMs: number): Promise<number> {
    const retentionMs = this.config.offsetsRetentionMinutes * 60_000;
    const removed = await this.cleanupGroupMetadata(this.currentGroups(), (g) => g.removeExpiredOffsets(nowMs, retentionMs));
    if (removed > 0) this.logger.info({ removed }, 'removed expired offsets');
    return removed;
  }

  /**
   * A deleted group's transactional offsets stay pending until their transaction ends, in an
   * Empty group that holds only them: that is what a replay of the log finds too (the offset
   * records, then the tombstones, then the marker), so a failover shows the same state.
   */
  private keepPendingTxnOffsets(dead: GroupMetadata): void {
    if (dead.pendingTxnOffsets.isEmpty()) return;
    const heir = new GroupMetadata(dead.groupId, GroupState.Empty, this.clock.nowMs());
    for (const [producerId, offsets] of dead.pendingTxnOffsets.entries()) heir.pendingTxnOffsets.restore(producerId, offsets);
    this.groups.set(dead.groupId, heir);
  }

  private async appendTombstones(groupId: string, tombstones: OffsetsLogRecord[]): Promise<void> {
    const { code } = await this.appendBounded(this.partitionFor(groupId), tombstones);
    if (code !== ErrorCode.NONE) this.logger.warn({ groupId, errorCode: code }, 'writing tombstones failed');
  }

  /**
   * Appends with the offsets.commit.timeout.ms bound (as a transactional batch of `producer` when
   * given); resolves with the error code and the first record's offset, never rejects.
   */
  private async appendBounded(partition: number, records: OffsetsLogRecord[], producer?: TransactionalProducer): Promise<AppendOutcome> {
    let timeoutHandle: Timer | null = null;
    const timedOut = new Promise<AppendOutcome>((resolve) => {
      timeoutHandle = this.clock.setTimeout(() => resolve({ code: ErrorCode.REQUEST_TIMED_OUT, baseOffset: -1 }), this.config.offsetsCommitTimeoutMs);
    });
    const append = producer === undefined ? this.log.append(partition, records) : this.log.appendTransactional(partition, records, producer);
    const appended = append.then(
      (baseOffset): AppendOutcome => ({ code: ErrorCode.NONE, baseOffset }),
      (err: unknown): AppendOutcome => ({ code: err instanceof SamsaProtocolError ? (err.code as ErrorCode) : ErrorCode.UNKNOWN_SERVER_ERROR, baseOffset: -1 }),
    );
    try {
      return await Promise.race([appended, timedOut]);
    } finally {
      (timeoutHandle as Timer | null)?.cancel();
    }
  }

  private bumpEpoch(partition: number): number {
    const epoch = (this.partitionEpochs.get(partition) ?? 0) + 1;
    this.partitionEpochs.set(partition, epoch);
    return epoch;
  }
}

/**
 * Kafka's storeGroup / storeOffsets error mapping of a failed __consumer_offsets append to what
 * a member can act on. The two differ only for an oversized write and (storeGroup) a timeout.
 */
function storeError(code: ErrorCode, tooLarge: ErrorCode, timedOut: ErrorCode): ErrorCode {
  switch (code) {
    case ErrorCode.UNKNOWN_TOPIC_OR_PARTITION:
    case ErrorCode.NOT_ENOUGH_REPLICAS:
    case ErrorCode.NOT_ENOUGH_REPLICAS_AFTER_APPEND:
      return ErrorCode.COORDINATOR_NOT_AVAILABLE;
    case ErrorCode.NOT_LEADER_OR_FOLLOWER:
    case ErrorCode.KAFKA_STORAGE_ERROR:
      return ErrorCode.NOT_COORDINATOR;
    case ErrorCode.REQUEST_TIMED_OUT:
      return timedOut;
    case ErrorCode.MESSAGE_TOO_LARGE:
    case ErrorCode.RECORD_LIST_TOO_LARGE:
    case ErrorCode.INVALID_FETCH_SIZE:
      return tooLarge;
    default:
      return code;
  }
}

function storeGroupError(code: ErrorCode): ErrorCode {
  return storeError(code, ErrorCode.UNKNOWN_SERVER_ERROR, ErrorCode.REBALANCE_IN_PROGRESS);
}

function storeOffsetsError(code: ErrorCode): ErrorCode {
  return storeError(code, ErrorCode.INVALID_COMMIT_OFFSET_SIZE, ErrorCode.REQUEST_TIMED_OUT);
}
