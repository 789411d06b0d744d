/**
 * The consumer: explicit assignment (`assign`), positions (`seek`, `position`), prefetching
 * fetch loops (one per leader broker), and two ways to read: `for await (const m of consumer)`
 * and KafkaJS's `run({ eachMessage | eachBatch })`. Group membership (groupId + subscribe,
 * offsets commits) will sit on top of `assign` and `seek`, as Kafka's ConsumerCoordinator does.
 */

import { EventEmitter } from 'node:events';
import { type Cluster } from '../cluster/cluster';
import { FetchBuffer, type FetchedChunk } from './fetch-buffer';
import { Fetcher, type FetchConfig } from './fetcher';
import { type OffsetResetStrategy, SubscriptionState, type TopicPartition } from './subscription-state';
import { type RetryPolicy, withRetry } from '../retry';
import { SamsaError, SamsaNotConnected } from '../errors';
import { type Logger } from '../logger';
import { type ConsumerMessage, type Batch, type EachBatchPayload, type EachMessagePayload, type RunConfig, toBatch, toMessage } from './messages';

export interface ConsumerConfig {
  minBytes?: number;
  maxBytes?: number;
  maxBytesPerPartition?: number;
  maxWaitTimeMs?: number;
  autoOffsetReset?: OffsetResetStrategy;
  /** Fetched bytes held for the application before fetching pauses. */
  prefetchBytesMax?: number;
  retryBackoffMs?: number;
}

export const consumerDefaults = {
  minBytes: 1,
  maxBytes: 50 * 1024 * 1024,
  maxBytesPerPartition: 1024 * 1024,
  maxWaitTimeMs: 500,
  autoOffsetReset: 'latest' as OffsetResetStrategy,
  prefetchBytesMax: 32 * 1024 * 1024,
  retryBackoffMs: 100,
};

export type SeekRequest = TopicPartition & ({ offset: number | `${number}` | 'earliest' | 'latest' } | { timestamp: number });

export class Consumer extends EventEmitter {
  private readonly config: typeof consumerDefaults;
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
    this.config = { ...consumerDefaults, ...definedOnly(config) };
    this.subscriptions = new SubscriptionState(this.config.autoOffsetReset);
    this.buffer = new FetchBuffer(this.config.prefetchBytesMax);
    this.logger = cluster.logger.child({ component: 'consumer' });
  }

  async connect(): Promise<void> {
    if (this.connected) return;
    await this.cluster.connect();
    this.connected = true;
  }

  /** Replaces the assignment. Partitions keep their positions across reassignment. */
  assign(partitions: TopicPartition[]): void {
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
        // Anything yielded after a seek or pause of this partition is stale.
        if (state.seekEpoch !== batch.seekEpoch || state.paused) break;
        if (record.offset < state.position!) continue;
        state.position = record.offset + 1;
        yield toMessage(state.topic, state.partition, record);
      }
    }
  }

  /** Starts the background loop over eachMessage or eachBatch; resolves once it runs. */
  async run(config: RunConfig): Promise<void> {
    if (!config.eachMessage === !config.eachBatch) throw new SamsaError('run() needs exactly one of eachMessage or eachBatch');
    if (this.runLoop) throw new SamsaError('the consumer is already running');
    await this.start();
    this.runLoop = this.process(config).catch((err: unknown) => {
      this.logger.error({ err }, 'consumer crashed');
      this.emit('crash', { error: err });
      void this.stop();
    });
  }

  private async process(config: RunConfig): Promise<void> {
    for await (const chunk of this.batches()) {
      const state = chunk.state;
      const records = chunk.records.filter((r) => r.offset >= state.position!);
      if (records.length === 0) continue;
      const batch: Batch = toBatch(state.topic, state.partition, chunk.highWatermark, records);
      const isStale = (): boolean => state.seekEpoch !== chunk.seekEpoch || state.paused;
      if (config.eachBatch) {
        const payload: EachBatchPayload = {
          batch,
          resolveOffset: (offset) => {
            if (!isStale()) state.position = Math.max(state.position ?? 0, Number(offset) + 1);
          },
          isRunning: () => this.running,
          isStale,
          pause: () => this.pauseOne(state.topic, state.partition),
        };
        await withRetry(this.retry, () => config.eachBatch!(payload), { shouldRetry: () => this.running });
        if (!isStale() && (config.eachBatchAutoResolve ?? true)) state.position = batch.messages[batch.messages.length - 1]!.offset + 1;
        continue;
      }
      for (const message of batch.messages) {
        if (isStale() || !this.running) break;
        const payload: EachMessagePayload = { topic: state.topic, partition: state.partition, message, pause: () => this.pauseOne(state.topic, state.partition) };
        await withRetry(this.retry, () => config.eachMessage!(payload), { shouldRetry: () => this.running });
        if (!isStale()) state.position = message.offset + 1;
      }
    }
  }

  private pauseOne(topic: string, partition: number): () => void {
    this.pause([{ topic, partitions: [partition] }]);
    return () => this.resume([{ topic, partitions: [partition] }]);
  }

  /** Fresh (non-stale) fetched chunks; throws fetch errors that the application must see. */
  private async *batches(): AsyncGenerator<Extract<FetchedChunk, { kind: 'records' }>> {
    await this.start();
    while (this.running) {
      const chunk = await this.buffer.next();
      if (!chunk) return;
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

  /** Stops fetching and processing; bounded by one in-flight fetch. Idempotent. */
  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    clearInterval(this.refreshTimer);
    this.notifyChanged();
    this.buffer.close();
    for (const f of this.fetchers.values()) f.stop();
    // Prefetched records are dropped: positions still point at the next unconsumed record.
    for (const s of this.subscriptions.assigned()) s.rewindFetch();
    const fetchers = [...this.fetchers.values()];
    this.fetchers.clear();
    const loop = this.runLoop;
    this.runLoop = undefined;
    await Promise.all([...fetchers.map((f) => f.done), loop]);
    this.emit('stop');
  }

  async disconnect(): Promise<void> {
    await this.stop();
    if (!this.connected) return;
    this.connected = false;
    this.cluster.disconnect();
    this.emit('disconnect');
  }
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
