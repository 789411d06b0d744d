/**
 * The cluster as one client sees it: bootstrap, the metadata cache and its refreshes, and the
 * connection pool. Kafka's client flow (Kafka's NetworkClient and Metadata): ask any bootstrap broker for
 * metadata, then talk to partition leaders directly. Metadata is refreshed when it is older
 * than metadataMaxAgeMs, after errors of the "invalid metadata" family and after connection
 * failures; refreshes are single-flight and at most one per retryBackoffMs.
 */

import { ApiKey } from '../../proto/api';
import { ErrorCode } from '../../proto/errors';
import { type samsa } from '../../proto/generated/samsa';
import { type BrokerAddress, ConnectionPool, type ConnectionSecurity, parseBrokerAddress } from '../network/connection-pool';
import { MetadataCache, type TopicMetadata } from './metadata-cache';
import { type RetryPolicy, sleep, withRetry } from '../retry';
import { SamsaConnectionError, SamsaError, SamsaUnknownTopic, needsMetadataRefresh, protocolError } from '../errors';
import { type Logger } from '../logger';

export interface ClusterOptions {
  brokers: string[];
  clientId: string;
  connectionTimeoutMs?: number;
  requestTimeoutMs?: number;
  retry: RetryPolicy;
  metadataMaxAgeMs: number;
  /** Minimum time between two metadata refreshes (Kafka's retry.backoff.ms). */
  retryBackoffMs?: number;
  logger: Logger;
  /** TLS and SASL of every connection (SamsaConfig.ssl / sasl). */
  security?: ConnectionSecurity;
}

export const retryBackoffMsDefault = 100;

export class Cluster {
  readonly metadata = new MetadataCache();
  readonly pool: ConnectionPool;
  readonly logger: Logger;
  private readonly bootstrap: BrokerAddress[];
  private readonly targetTopics = new Set<string>();
  private refreshing: Promise<void> | undefined;
  private lastRefreshStartMs = -Infinity;
  private connectCount = 0;

  constructor(readonly options: ClusterOptions) {
    if (options.brokers.length === 0) throw new SamsaError('at least one bootstrap broker is required');
    this.bootstrap = options.brokers.map(parseBrokerAddress);
    this.logger = options.logger.child({ component: 'cluster' });
    this.pool = new ConnectionPool({
      clientId: options.clientId,
      connectionTimeoutMs: options.connectionTimeoutMs,
      requestTimeoutMs: options.requestTimeoutMs,
      logger: this.logger,
      ...(options.security === undefined ? {} : { security: options.security }),
    });
  }

  /** Reference-counted: producer, consumer and admin of one Samsa share a cluster. */
  async connect(): Promise<void> {
    this.connectCount++;
    if (this.metadata.lastUpdateMs === -Infinity) await this.retry(() => this.refreshMetadata());
  }

  disconnect(): void {
    this.connectCount = Math.max(0, this.connectCount - 1);
    if (this.connectCount === 0) this.pool.close();
  }

  /** Topics whose metadata every refresh should fetch. */
  addTargetTopics(topics: Iterable<string>): void {
    for (const t of topics) this.targetTopics.add(t);
  }

  /** Runs `fn` under the retry policy, refreshing metadata before retrying when the error asks. */
  retry<T>(fn: () => Promise<T>): Promise<T> {
    return withRetry(this.options.retry, () => fn(), {
      onRetry: async (err, retryCount, waitMs) => {
        this.logger.debug({ err: (err as Error).message, retryCount, waitMs }, 'retrying');
        if (needsMetadataRefresh(err)) await this.refreshMetadata().catch(() => undefined);
      },
    });
  }

  /** Fetches metadata for the target topics (or every topic). Single-flight, rate-limited. */
  async refreshMetadata(opts: { allTopics?: boolean; allowAutoTopicCreation?: boolean } = {}): Promise<void> {
    if (this.refreshing && !opts.allTopics) return this.refreshing;
    const waitMs = this.lastRefreshStartMs + (this.options.retryBackoffMs ?? retryBackoffMsDefault) - Date.now();
    const run = async (): Promise<void> => {
      if (waitMs > 0) await sleep(waitMs);
      this.lastRefreshStartMs = Date.now();
      const request: samsa.v1.IMetadataRequest = {
        topics: opts.allTopics ? [] : [...this.targetTopics],
        allTopics: opts.allTopics ?? false,
        allowAutoTopicCreation: opts.allowAutoTopicCreation ?? false,
      };
      const response = await this.sendToAny<samsa.v1.IMetadataResponse>(ApiKey.Metadata, request);
      this.metadata.update(response, Date.now(), opts.allTopics);
    };
    const promise = run().finally(() => {
      if (this.refreshing === promise) this.refreshing = undefined;
    });
    if (!opts.allTopics) this.refreshing = promise;
    return promise;
  }

  async refreshMetadataIfStale(): Promise<void> {
    if (this.metadata.isStale(Date.now(), this.options.metadataMaxAgeMs)) await this.refreshMetadata();
  }

  /**
   * Makes sure the metadata of `topics` is cached with a leader for every partition, asking
   * the broker to create missing topics when allowed. Leaderless partitions and topics being
   * created are retried; a topic that does not exist throws SamsaUnknownTopic.
   */
  async ensureTopicMetadata(topics: string[], allowAutoTopicCreation = false): Promise<void> {
    this.addTargetTopics(topics);
    if (topics.every((t) => this.metadata.hasLeaders(t)) && !this.metadata.isStale(Date.now(), this.options.metadataMaxAgeMs)) return;
    await this.retry(async () => {
      await this.refreshMetadata({ allowAutoTopicCreation });
      for (const topic of topics) {
        const t = this.metadata.topic(topic);
        if (!t) throw allowAutoTopicCreation ? protocolError(ErrorCode.LEADER_NOT_AVAILABLE, `topic ${topic} is being created`) : new SamsaUnknownTopic(topic);
        if (t.errorCode !== 0) throw protocolError(t.errorCode, `metadata for ${topic}: error ${t.errorCode}`);
        if (!this.metadata.hasLeaders(topic)) throw protocolError(ErrorCode.LEADER_NOT_AVAILABLE, `a partition of ${topic} has no leader`);
      }
    });
  }

  /** Whether `topic` has a leader for every partition in metadata that is not yet stale. */
  isTopicReady(topic: string, nowMs = Date.now()): boolean {
    return this.targetTopics.has(topic) && this.metadata.hasLeaders(topic)
      && !this.metadata.isStale(nowMs, this.options.metadataMaxAgeMs);
  }

  topicMetadata(topic: string): TopicMetadata | undefined {
    return this.metadata.topic(topic);
  }

  brokerAddress(nodeId: number): BrokerAddress | undefined {
    return this.metadata.brokers.get(nodeId);
  }

  async sendToBroker<T>(nodeId: number, apiKey: ApiKey, body: object, opts?: { expectResponse?: boolean; timeoutMs?: number }): Promise<T> {
    const address = this.brokerAddress(nodeId);
    if (!address) throw protocolError(ErrorCode.LEADER_NOT_AVAILABLE, `broker ${nodeId} is not in the cluster metadata`);
    return this.pool.send<T>(address, apiKey, body, opts);
  }

  async sendToController<T>(apiKey: ApiKey, body: object, opts?: { timeoutMs?: number }): Promise<T> {
    const controllerId = this.metadata.controllerId;
    if (controllerId < 0 || !this.metadata.brokers.has(controllerId)) {
      await this.refreshMetadata();
      if (this.metadata.controllerId < 0) throw protocolError(ErrorCode.NOT_CONTROLLER, 'no controller is known');
    }
    return this.sendToBroker<T>(this.metadata.controllerId, apiKey, body, opts);
  }

  /**
   * Sends to the least-loaded reachable broker: connected ones first, then known brokers, then
   * the bootstrap list, moving on after each connection failure.
   */
  async sendToAny<T>(apiKey: ApiKey, body: object): Promise<T> {
    let lastError: SamsaConnectionError | undefined;
    for (const address of this.candidateAddresses()) {
      try {
        return await this.pool.send<T>(address, apiKey, body);
      } catch (err) {
        if (!(err instanceof SamsaConnectionError)) throw err;
        lastError = err;
        this.logger.debug({ broker: `${address.host}:${address.port}`, err: err.message }, 'broker unreachable, trying the next');
      }
    }
    throw lastError ?? new SamsaConnectionError('no broker is reachable');
  }

  private candidateAddresses(): BrokerAddress[] {
    const seen = new Set<string>();
    const out: BrokerAddress[] = [];
    const add = (a: BrokerAddress): void => {
      const key = `${a.host}:${a.port}`;
      if (!seen.has(key)) {
        seen.add(key);
        out.push(a);
      }
    };
    for (const key of this.pool.connectedByLoad()) add(parseBrokerAddress(key));
    for (const b of shuffle([...this.metadata.brokers.values()])) add(b);
    for (const b of shuffle([...this.bootstrap])) add(b);
    return out;
  }
}

function shuffle<T>(items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}
