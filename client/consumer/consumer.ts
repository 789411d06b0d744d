/**
 * The consumer: prefetching fetch loops (one per leader broker), positions (`seek`,
 * `position`), and two ways to read: `for await (const m of consumer)` and KafkaJS's
 * `run({ eachMessage | eachBatch })`. Partitions come either from `assign` (no group) or, with a
 * `groupId`, from `subscribe` and the group's rebalances (group/consumer-group.ts), which drive
 * `assign` and `seek` as Kafka's ConsumerCoordinator does. The processing loop hands control to
 * the group between handler calls; heartbeats run on their own timer.
 */

import { EventEmitter } from 'node:events';
import { type Cluster } from '../cluster/cluster';
import { FetchBuffer, type FetchedChunk } from './fetch-buffer';
import { Fetcher, type FetchConfig } from './fetcher';
import { type OffsetResetStrategy, type PartitionState, SubscriptionState } from './subscription-state';
import { type RetryPolicy, withRetry } from '../retry';
import { SamsaError, SamsaNotConnected, messageOf } from '../errors';
import { type Logger } from '../logger';
import { type ConsumerMessage, type Batch, type EachBatchPayload, type EachMessagePayload, type RunConfig, toBatch } from './messages';
import { type ConsumerRecord } from '../../proto/record-batch';
import { type ConsumerGroup } from './group/consumer-group';
import { type GroupOptions, createConsumerGroup, validateGroupOptions } from './group/group-config';
import { type TopicPartitionOffset, commitOffsets, standaloneIdentity } from './group/offsets';
import { ClusterCoordinatorChannel } from './group/coordinator-channel';
import { type TopicPartition } from '../../proto/topic-partition';
import { type IsolationLevel, type IsolationLevelName, isolationLevelOf } from './read-committed';

export interface ConsumerConfig extends GroupOptions {
  minBytes?: number;
  maxBytes?: number;
  maxBytesPerPartition?: number;
  maxWaitTimeMs?: number;
  autoOffsetReset?: OffsetResetStrategy;
  /** Fetched bytes held for the application before fetching pauses. */
  prefetchBytesMax?: number;
  retryBackoffMs?: number;
  /** Bound on stop() and disconnect(): the running handler call, then the final commit and LeaveGroup. */
  closeTimeoutMs?: number;
  /**
   * Kafka's isolation.level (default read_uncommitted, as Kafka). read_committed reads only
   * below the last stable offset and never returns records of aborted transactions: what an
   * exactly-once pipeline reads with.
   */
  isolationLevel?: IsolationLevelName;
  /** Shorthand for isolationLevel: 'read_committed'. */
  readCommitted?: boolean;
}

export const consumerDefaults = {
  minBytes: 1,
  maxBytes: 50 * 1024 * 1024,
  maxBytesPerPartition: 1024 * 1024,
  maxWaitTimeMs: 500,
  autoOffsetReset: 'latest' as OffsetResetStrategy,
  prefetchBytesMax: 32 * 1024 * 1024,
  retryBackoffMs: 100,
  closeTimeoutMs: 10_000,
};

export interface SubscribeRequest {
  topics: Array<string | RegExp>;
  /** Where partitions without a committed offset start: earliest, instead of autoOffsetReset. */
  fromBeginning?: boolean;
}

export interface OffsetToCommit extends TopicPartition {
  /** The next offset to read (what Kafka commits), as KafkaJS accepts it: number or string. */
  offset: number | string;
}

export type SeekRequest = TopicPartition & ({ offset: number | `${number}` | 'earliest' | 'latest' } | { timestamp: number });

export class Consumer extends EventEmitter {
  private readonly config: typeof consumerDefaults & GroupOptions & { isolationLevel: IsolationLevel };
  private readonly group: ConsumerGroup | undefined;
  private readonly subscriptions: SubscriptionState;
  private readonly buffer: FetchBuffer;
  private readonly fetchers = new Map<number, Fetcher>();
  private readonly logger: Logger;
  private connected = false;
  private running = false;
  private runLoop: Promise<void> | undefined;
  private changeWaiters: Array<() => void> = [];
  private refreshTimer: NodeJS.Timeout | undefined;

  constructor(private readonly cluster: Cluster, config: ConsumerConfig, private readonly retry: RetryPolicy) {
    super();
    this.config = { ...consumerDefaults, ...definedOnly(config), isolationLevel: resolveIsolationLevel(config) };
    this.subscriptions = new SubscriptionState(this.config.autoOffsetReset);
    this.buffer = new FetchBuffer(this.config.prefetchBytesMax);
    this.logger = cluster.options.logger.child({ component: 'consumer' });
    validateGroupOptions(config);
    if (config.groupId !== undefined) {
      const host = {
        subscriptions: this.subscriptions,
        logger: this.logger,
        emit: (event: string, payload: object) => void this.emit(event, payload),
        assignmentChanged: () => {
          this.buffer.clear();
          this.notifyChanged();
          if (this.running) void this.syncFetchers();
        },
        wakeup: () => this.buffer.wakeup(),
      };
      this.group = createConsumerGroup(cluster, { ...this.config, groupId: config.groupId }, host, retry);
    }
  }

  /**
   * Joins the group for these topics (names or patterns) on run() or iteration; calling it again
   * adds topics. Needs a groupId. Async like KafkaJS's, though it only records the subscription.
   */
  subscribe(request: SubscribeRequest): Promise<void> {
    if (!this.group) return Promise.reject(new SamsaError('subscribe() needs a groupId; use assign() to read without a group'));
    this.group.subscribe(request.topics, request.fromBeginning ?? false);
    return Promise.resolve();
  }

  /**
   * Commits offsets (the next offset to read per partition): under the member's generation in a
   * group, or standalone (generation -1) for an assign()-mode consumer with a groupId, which the
   * coordinator accepts only while the group has no members.
   */
  async commitOffsets(offsets: OffsetToCommit[]): Promise<void> {
    const groupId = this.config.groupId;
    if (!groupId) throw new SamsaError('commitOffsets() needs a groupId');
    const list: TopicPartitionOffset[] = offsets.map((o) => ({ topic: o.topic, partition: o.partition, offset: Number(o.offset) }));
    for (const o of list) if (!Number.isInteger(o.offset) || o.offset < 0) throw new SamsaError(`invalid offset ${o.offset} for ${o.topic}-${o.partition}`);
    if (this.group?.isSubscribed) return this.group.commit(list);
    const channel = new ClusterCoordinatorChannel(this.cluster, groupId);
    try {
      await this.cluster.retry(() => commitOffsets(channel, standaloneIdentity(groupId), list));
    } finally {
      channel.close();
    }
  }

  /**
   * The group identity a transactional producer's sendOffsets passes to the group coordinator
   * (Kafka's ConsumerGroupMetadata, KIP-447): a zombie member's offsets are then refused.
   */
  groupMetadata(): { groupId: string; generationId: number; memberId: string; groupInstanceId: string | null } {
    const groupId = this.config.groupId;
    if (groupId === undefined) throw new SamsaError('groupMetadata() needs a groupId');
    const membership = this.group?.isSubscribed ? this.group.membership : undefined;
    return {
      groupId,
      generationId: membership?.generationId ?? -1,
      memberId: membership?.memberId ?? '',
      groupInstanceId: this.config.groupInstanceId ?? null,
    };
  }

  async connect(): Promise<void> {
    if (this.connected) return;
    await this.cluster.connect();
    this.connected = true;
  }

  /** Replaces the assignment. Partitions keep their positions across reassignment. */
  assign(partitions: TopicPartition[]): void {
    if (this.group?.isSubscribed) throw new SamsaError('assign() cannot be used after subscribe(): the group assigns partitions');
    this.subscriptions.assign(partitions);
    this.cluster.addTargetTopics(partitions.map((p) => p.topic));
    this.notifyChanged();
    if (this.running) void this.syncFetchers();
  }

  assignment(): TopicPartition[] {
    return this.subscriptions.assigned().map(({ topic, partition }) => ({ topic, partition }));
  }

  async seek(request: SeekRequest): Promise<void> {
    const state = this.subscriptions.state(request.topic, request.partition);
    if (!state) throw new SamsaError(`${request.topic}-${request.partition} is not assigned to this consumer`);
    if ('timestamp' in request) state.requestReset({ kind: 'timestamp', timestampMs: request.timestamp });
    else if (request.offset === 'earliest' || request.offset === 'latest') state.requestReset({ kind: request.offset });
    else {
      const offset = Number(request.offset);
      if (!Number.isInteger(offset) || offset < 0) throw new SamsaError(`invalid offset ${request.offset}`);
      state.seek(offset);
    }
    state.paused = false;
    this.notifyChanged();
  }

  /** The next offset the application will get, or undefined while it is being looked up. */
  position(tp: TopicPartition): number | undefined {
    return this.subscriptions.state(tp.topic, tp.partition)?.position;
  }

  pause(topics: Array<{ topic: string; partitions?: number[] }>): void {
    this.setPaused(topics, true);
  }

  resume(topics: Array<{ topic: string; partitions?: number[] }>): void {
    this.setPaused(topics, false);
  }

  paused(): TopicPartition[] {
    return this.subscriptions.assigned().filter((s) => s.paused).map(({ topic, partition }) => ({ topic, partition }));
  }

  private setPaused(topics: Array<{ topic: string; partitions?: number[] }>, paused: boolean): void {
    for (const s of this.subscriptions.assigned()) {
      const match = topics.find((t) => t.topic === s.topic && (t.partitions === undefined || t.partitions.includes(s.partition)));
      if (!match || s.paused === paused) continue;
      s.paused = paused;
      if (paused) s.rewindFetch(); // prefetched records are dropped and fetched again on resume
    }
    this.notifyChanged();
  }

  /** Reads messages one by one; ends when the consumer stops. */
  async *[Symbol.asyncIterator](): AsyncGenerator<ConsumerMessage> {
    for await (const batch of this.batches()) {
      const state = batch.state;
      for (const record of batch.records) {
        // Anything yielded after a seek, pause or rebalance of this partition is stale.
        if (this.isStale(state, batch.seekEpoch)) break;
        if (record.offset < state.position!) continue;
        // The position moves once the loop body is done with the message (or left the loop), so
        // an auto-commit never covers a message still being processed: at-least-once.
        try {
          this.group?.handlerStarted();
          yield record;
        } finally {
          this.group?.handlerFinished();
          if (state.seekEpoch === batch.seekEpoch) state.position = Math.max(state.position ?? 0, record.offset + 1);
        }
      }
      advancePastChunk(batch, this.isStale(state, batch.seekEpoch));
    }
  }

  /** Starts the background loop over eachMessage or eachBatch; resolves once it runs. */
  async run(config: RunConfig): Promise<void> {
    if (!config.eachMessage === !config.eachBatch) throw new SamsaError('run() needs exactly one of eachMessage or eachBatch');
    if (this.runLoop) throw new SamsaError('the consumer is already running');
    await this.start();
    this.runLoop = this.process(config).catch((err: unknown) => {
      this.logger.error({ err: messageOf(err) }, 'consumer crashed');
      this.emit('crash', { error: err, groupId: this.config.groupId });
      void this.stop();
    });
  }

  private async process(config: RunConfig): Promise<void> {
    for await (const chunk of this.batches()) {
      const state = chunk.state;
      const records = recordsAtOrAfter(chunk.records, state.position!);
      if (records.length === 0) {
        advancePastChunk(chunk, this.isStale(state, chunk.seekEpoch));
        continue;
      }
      const batch: Batch = toBatch(state.topic, state.partition, chunk.highWatermark, records);
      const isStale = (): boolean => this.isStale(state, chunk.seekEpoch);
      const heartbeat = (): Promise<void> => this.group?.heartbeatNow() ?? Promise.resolve();
      if (config.eachBatch) {
        const payload: EachBatchPayload = {
          batch,
          resolveOffset: (offset) => {
            if (!isStale()) state.position = Math.max(state.position ?? 0, Number(offset) + 1);
          },
          isRunning: () => this.running,
          isStale,
          pause: () => this.pauseOne(state.topic, state.partition),
          heartbeat,
          commitOffsetsIfNecessary: () => this.group?.commitProcessed() ?? Promise.resolve(),
        };
        await this.callHandler(() => config.eachBatch!(payload));
        if (!isStale() && (config.eachBatchAutoResolve ?? true)) state.position = batch.messages[batch.messages.length - 1]!.offset + 1;
        advancePastChunk(chunk, isStale());
        continue;
      }
      for (const message of batch.messages) {
        if (isStale() || !this.running) break;
        const payload: EachMessagePayload = { topic: state.topic, partition: state.partition, message, heartbeat, pause: () => this.pauseOne(state.topic, state.partition) };
        await this.callHandler(() => config.eachMessage!(payload));
        if (!isStale()) state.position = message.offset + 1;
      }
      advancePastChunk(chunk, isStale());
    }
  }

  /** One handler call, retried while running; the group's rebalance timeout watches its duration. */
  private async callHandler(fn: () => Promise<void>): Promise<void> {
    this.group?.handlerStarted();
    try {
      await withRetry(this.retry, fn, { shouldRetry: () => this.running });
    } finally {
      this.group?.handlerFinished();
    }
  }

  /** Records fetched before a seek, pause or revocation of their partition, or once a rejoin is due. */
  private isStale(state: PartitionState, seekEpoch: number): boolean {
    if (state.seekEpoch !== seekEpoch || state.paused) return true;
    if (this.subscriptions.state(state.topic, state.partition) !== state) return true;
    return this.group?.isRejoinNeeded ?? false;
  }

  private pauseOne(topic: string, partition: number): () => void {
    this.pause([{ topic, partitions: [partition] }]);
    return () => this.resume([{ topic, partitions: [partition] }]);
  }

  /** Fresh (non-stale) fetched chunks; throws fetch errors that the application must see. */
  private async *batches(): AsyncGenerator<Extract<FetchedChunk, { kind: 'records' }>> {
    await this.start();
    while (this.running) {
      await this.group?.poll();
      if (!this.running) return;
      const chunk = await this.buffer.next();
      if (!chunk) return;
      if (chunk.kind === 'wakeup') continue;
      if (chunk.kind === 'error') throw chunk.error;
      if (chunk.state.seekEpoch !== chunk.seekEpoch || chunk.state.paused) continue;
      if (this.subscriptions.state(chunk.state.topic, chunk.state.partition) !== chunk.state) continue;
      yield chunk;
    }
  }

  private async start(): Promise<void> {
    if (this.running) return;
    if (!this.connected) throw new SamsaNotConnected('the consumer is not connected: call connect() first');
    this.running = true;
    this.buffer.reopen();
    this.group?.start();
    await this.syncFetchers();
    // Leaders move; a periodic check starts loops for new leaders (metadata refreshes happen on errors and age).
    this.refreshTimer = setInterval(() => void this.syncFetchers(), Math.max(1000, this.config.maxWaitTimeMs));
  }

  /** Makes sure a fetch loop runs for every broker leading an assigned partition. */
  private async syncFetchers(): Promise<void> {
    if (!this.running) return;
    const topics = [...new Set(this.subscriptions.assigned().map((s) => s.topic))];
    try {
      if (topics.length > 0) await this.cluster.ensureTopicMetadata(topics);
      else await this.cluster.refreshMetadataIfStale();
    } catch (err) {
      this.logger.warn({ err: (err as Error).message }, 'metadata for assigned topics is unavailable');
    }
    if (!this.running) return;
    for (const s of this.subscriptions.assigned()) {
      const leader = this.cluster.metadata.partition(s.topic, s.partition)?.leader ?? -1;
      if (leader < 0 || this.fetchers.has(leader)) continue;
      this.fetchers.set(leader, new Fetcher(leader, this.fetchContext()));
    }
  }

  private fetchContext() {
    const config: FetchConfig = this.config;
    return {
      cluster: this.cluster,
      subscriptions: this.subscriptions,
      buffer: this.buffer,
      config,
      logger: this.logger,
      isRunning: () => this.running,
      changed: (timeoutMs: number) => this.waitForChange(timeoutMs),
    };
  }

  private waitForChange(timeoutMs: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, timeoutMs);
      function done(): void {
        clearTimeout(timer);
        resolve();
      }
      this.changeWaiters.push(done);
    });
  }

  private notifyChanged(): void {
    for (const wake of this.changeWaiters.splice(0)) wake();
  }

  /**
   * Stops fetching and processing, then (in a group) commits what was processed and leaves.
   * Idempotent and bounded: the running handler call gets closeTimeoutMs to return, and the
   * final commit and LeaveGroup another closeTimeoutMs (tulios/kafkajs#767, #1606).
   */
  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    clearInterval(this.refreshTimer);
    this.notifyChanged();
    this.buffer.close();
    for (const f of this.fetchers.values()) f.stop();
    const fetchers = [...this.fetchers.values()];
    this.fetchers.clear();
    const loop = this.runLoop;
    this.runLoop = undefined;
    const closeTimeoutMs = this.config.closeTimeoutMs;
    this.group?.deactivate();
    await withTimeout(Promise.all([...fetchers.map((f) => f.done), loop]), closeTimeoutMs, () =>
      this.logger.warn({ closeTimeoutMs }, 'the handler did not return in time; stopping without it'),
    );
    if (this.group) await withTimeout(this.group.leave(), closeTimeoutMs, () => this.logger.warn({ closeTimeoutMs }, 'leaving the group timed out'));
    // Prefetched records are dropped: positions still point at the next unconsumed record.
    for (const s of this.subscriptions.assigned()) s.rewindFetch();
    this.emit('stop', { groupId: this.config.groupId });
  }

  async disconnect(): Promise<void> {
    await this.stop();
    if (!this.connected) return;
    this.connected = false;
    this.cluster.disconnect();
    this.emit('disconnect');
  }
}

/**
 * Once every record of a fetched chunk is consumed, the position moves to the chunk's end: past
 * trailing control batches and dropped aborted records, as Kafka's consumer position does, so a
 * commit after a transaction marker is beyond it. A chunk only partly resolved keeps its place.
 */
function advancePastChunk(chunk: Extract<FetchedChunk, { kind: 'records' }>, stale: boolean): void {
  const state = chunk.state;
  if (stale || state.position === undefined) return;
  const last = chunk.records[chunk.records.length - 1];
  if (last !== undefined && state.position <= last.offset) return;
  state.position = Math.max(state.position, chunk.nextPosition);
}

/** Kafka's isolation.level from `isolationLevel` or the `readCommitted` shorthand; both must agree. */
export function resolveIsolationLevel(config: { isolationLevel?: IsolationLevelName; readCommitted?: boolean }): IsolationLevel {
  const fromName = config.isolationLevel === undefined ? undefined : isolationLevelOf(config.isolationLevel);
  const fromFlag = config.readCommitted === undefined ? undefined : isolationLevelOf(config.readCommitted ? 'read_committed' : 'read_uncommitted');
  if (fromName !== undefined && fromFlag !== undefined && fromName !== fromFlag) {
    throw new SamsaError(`isolationLevel '${config.isolationLevel}' contradicts readCommitted: ${config.readCommitted}`);
  }
  return fromName ?? fromFlag ?? isolationLevelOf('read_uncommitted');
}

/** Waits for `work` at most `timeoutMs`; `onTimeout` runs if it did not finish. Never rejects. */
async function withTimeout(work: Promise<unknown>, timeoutMs: number, onTimeout: () => void): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), timeoutMs)));
  const outcome = await Promise.race([work.then(() => 'done', () => 'done'), expired]);
  clearTimeout(timer);
  if (outcome === 'timeout') onTimeout();
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** The records (in offset order) at or after `position`: `records` itself when all of them are. */
function recordsAtOrAfter(records: ConsumerRecord[], position: number): ConsumerRecord[] {
  let i = 0;
  while (i < records.length && records[i]!.offset < position) i++;
  return i === 0 ? records : records.slice(i);
}
