/**
 * The producer: KafkaJS's surface (send, sendBatch) over Kafka's accumulator + sender design.
 * `send` resolves once its records are acknowledged (acks 1/-1) or written to the socket
 * (acks 0); it rejects with the error that failed any of its batches. Memory waiting in the
 * accumulator is bounded by bufferMemoryBytes: a send beyond it waits up to maxBlockMs
 * (Kafka's buffer.memory and max.block.ms).
 *
 * Idempotence is on by default, as in Kafka 3: connect() asks any broker for a producer id
 * (InitProducerId) and every batch carries per-partition sequence numbers, so retries never
 * write a record twice. It needs acks=-1 and at most 5 requests in flight.
 */

import { ApiKey } from '../../proto/api';
import { Compression } from '../../proto/batch-header';
import { type samsa } from '../../proto/generated/samsa';
import { type ProducerRecord } from '../../proto/record-batch';
import { type Cluster } from '../cluster/cluster';
import { type TopicMetadata } from '../cluster/metadata-cache';
import { CallbackSendHandle, RecordAccumulator, SendHandle, type DeliveryCallback, type ProducerBatch, type SendCompletion, estimateRecordSizeBytes } from './accumulator';
import { Sender } from './sender';
import { IdempotenceState, idempotenceInFlightMax } from './idempotence';
import { type Partitioner, type PartitionFn, type PartitionInfo, toPartitioner } from './partitioner';
import { type Acks, type Message, type ProduceSettings, type RecordMetadata } from './types';
import { InvalidTxnStateError, SamsaError, SamsaNotConnected, SamsaTimeoutError, int64, protocolError } from '../errors';
import { TransactionManager, transactionTimeoutMsDefault } from './transaction-manager';
import { PartitionGate, Transaction, type TransactionalProducer } from './transaction';
import { TransactionState } from './transaction-state';
import { type Logger } from '../logger';

export interface ProducerConfig {
  acks?: Acks;
  /** How long the broker waits for acks=-1 replication before REQUEST_TIMED_OUT. */
  timeoutMs?: number;
  lingerMs?: number;
  batchSizeBytes?: number;
  compression?: Compression;
  maxInFlightRequests?: number;
  deliveryTimeoutMs?: number;
  /** Wait before a failed batch is resent (Kafka's retry.backoff.ms); deliveryTimeoutMs bounds the retries. */
  retryBackoffMs?: number;
  maxRequestSizeBytes?: number;
  bufferMemoryBytes?: number;
  maxBlockMs?: number;
  partitioner?: Partitioner | PartitionFn;
  allowAutoTopicCreation?: boolean;
  /**
   * Kafka's enable.idempotence (default true, as in Kafka 3). `true` with acks 0/1 or more than
   * 5 requests in flight is refused; left unset, such settings turn idempotence off.
   */
  idempotent?: boolean;
  /**
   * Makes the producer transactional (Kafka's transactional.id): sends go through
   * `producer.transaction()`, and a new producer with the same id fences this one. Implies
   * idempotence, acks=-1 and at most 5 requests in flight.
   */
  transactionalId?: string;
  /** How long the coordinator lets a transaction stay open before aborting it (transaction.timeout.ms). */
  transactionTimeoutMs?: number;
}

export interface ProducerSendOptions {
  acks?: Acks;
  timeoutMs?: number;
  compression?: Compression;
}

export interface ProducerRecordBatch extends ProducerSendOptions {
  topic: string;
  messages: Message[];
}

export interface TopicMessages {
  topic: string;
  messages: Message[];
}

export interface ProducerBatchRequest extends ProducerSendOptions {
  topicMessages: TopicMessages[];
}

/**
 * A one-topic send as the batch request it is. Built field by field: object rest and spread cost
 * a runtime call each, on every send of a one-record loop.
 */
function batchRequestOf(record: ProducerRecordBatch): ProducerBatchRequest {
  return {
    topicMessages: [{ topic: record.topic, messages: record.messages }],
    acks: record.acks, timeoutMs: record.timeoutMs, compression: record.compression,
  };
}

export const producerDefaults = {
  acks: -1 as Acks,
  timeoutMs: 30_000,
  lingerMs: 0,
  batchSizeBytes: 16_384,
  compression: Compression.None as Compression,
  maxInFlightRequests: 5,
  deliveryTimeoutMs: 120_000,
  retryBackoffMs: 100,
  maxRequestSizeBytes: 1_048_576,
  bufferMemoryBytes: 32 * 1024 * 1024,
  maxBlockMs: 60_000,
  allowAutoTopicCreation: true,
  idempotent: true,
};

export class Producer {
  private readonly config: typeof producerDefaults;
  private readonly partitioner: Partitioner;
  private readonly accumulator: RecordAccumulator;
  private readonly sender: Sender;
  private readonly partitionInfoByTopic = new Map<string, { metadata: TopicMetadata | undefined; info: PartitionInfo[] }>();
  private readonly logger: Logger;
  private connected = false;
  private bufferedBytes = 0;
  private readonly memoryWaiters: Array<() => void> = [];
  private readonly transactions: { manager: TransactionManager; gate: PartitionGate } | undefined;
  private readonly defaultSettings: ProduceSettings;

  constructor(private readonly cluster: Cluster, config: ProducerConfig, requestTimeoutMs: number) {
    const { transactionalId, transactionTimeoutMs, ...producerConfig } = config;
    this.config = { ...producerDefaults, ...definedOnly(producerConfig) };
    if (![-1, 0, 1].includes(this.config.acks)) throw new SamsaError(`acks must be -1, 0 or 1, not ${this.config.acks}`);
    const transactional = transactionalId !== undefined;
    if (transactional && config.idempotent === false) throw new SamsaError('a transactional producer is idempotent: remove idempotent: false or transactionalId');
    this.config.idempotent = resolveIdempotence(this.config, config.idempotent !== undefined || transactional);
    this.defaultSettings = { acks: this.config.acks, timeoutMs: this.config.timeoutMs, compression: this.config.compression };
    this.partitioner = toPartitioner(config.partitioner);
    this.logger = cluster.options.logger.child({ component: 'producer' });
    if (transactional) {
      const manager = new TransactionManager(cluster, transactionalId, transactionTimeoutMs ?? transactionTimeoutMsDefault, this.logger);
      this.transactions = { manager, gate: new PartitionGate(manager, this.transactionalHooks(), this.logger) };
    }
    this.accumulator = new RecordAccumulator({
      batchSizeBytes: this.config.batchSizeBytes,
      lingerMs: this.config.lingerMs,
      onBatchClosed: (topic, partition) => this.partitioner.onNewBatch?.(topic, partition, this.partitionInfo(topic)),
    });
    this.sender = new Sender({
      cluster,
      accumulator: this.accumulator,
      maxInFlightRequests: this.config.maxInFlightRequests,
      deliveryTimeoutMs: this.config.deliveryTimeoutMs,
      requestTimeoutMs,
      maxRequestSizeBytes: this.config.maxRequestSizeBytes,
      retryBackoffMs: this.config.retryBackoffMs,
      logger: this.logger,
      onBatchDone: (batch) => this.release(batch),
      transaction: this.transactions?.gate,
    });
  }

  async connect(): Promise<void> {
    if (this.connected) return;
    await this.cluster.connect();
    if (this.config.idempotent && this.sender.idempotence === undefined) {
      try {
        this.sender.idempotence = this.transactions ? await this.transactions.manager.initProducerId() : await this.initProducerId();
      } catch (err) {
        this.cluster.disconnect();
        throw err;
      }
    }
    this.connected = true;
  }

  /** The producer id and epoch this producer writes with; undefined unless idempotent and connected. */
  get producerIdentity(): { producerId: number; producerEpoch: number } | undefined {
    const state = this.sender.idempotence;
    return state === undefined ? undefined : { producerId: state.producerId, producerEpoch: state.producerEpoch };
  }

  /** InitProducerId on any broker, retried under the cluster's retry policy. */
  private async initProducerId(): Promise<IdempotenceState> {
    const request: samsa.v1.IInitProducerIdRequest = { transactionalId: '', transactionTimeoutMs: 0, producerId: -1, producerEpoch: -1 };
    const response = await this.cluster.retry(async () => {
      const r = await this.cluster.sendToAny<samsa.v1.IInitProducerIdResponse>(ApiKey.InitProducerId, request);
      if ((r.errorCode ?? 0) !== 0) throw protocolError(r.errorCode ?? 0, 'InitProducerId failed');
      return r;
    });
    const state = new IdempotenceState(int64(response.producerId), response.producerEpoch ?? 0);
    this.logger.info({ producerId: state.producerId, producerEpoch: state.producerEpoch }, 'idempotent producer initialised');
    return state;
  }

  /**
   * Begins a transaction (transactional producers only); one at a time. The transaction's
   * send/sendBatch/sendOffsets/commit/abort are the only way a transactional producer writes.
   */
  async transaction(): Promise<Transaction> {
    if (!this.transactions) throw new SamsaError('transaction() needs a producer created with a transactionalId');
    if (!this.connected) throw new SamsaNotConnected('the producer is not connected: call connect() first');
    const { manager, gate } = this.transactions;
    const machine = manager.machine;
    if (machine.state === TransactionState.FatalError) {
      throw machine.lastError instanceof Error ? machine.lastError : new SamsaError('the transactional producer failed and cannot be used');
    }
    machine.expect('begin a transaction while another is open; commit or abort it first', TransactionState.Ready);
    machine.transitionTo(TransactionState.InTransaction);
    return new Transaction(manager, this.transactionalHooks(), gate);
  }

  send(record: ProducerRecordBatch): Promise<RecordMetadata[]> {
    return this.sendBatch(batchRequestOf(record));
  }

  sendBatch(request: ProducerBatchRequest): Promise<RecordMetadata[]> {
    if (this.transactions) return Promise.reject(new InvalidTxnStateError('a transactional producer sends through producer.transaction()'));
    return this.append(request);
  }

  /**
   * Kafka's `send(record, callback)`: the same send as `send`, settled by calling `callback`
   * (with an error, or the metadata of each partition written) instead of a promise, so a loop
   * of one-record sends costs no promise per record. The callback runs on the producer's
   * response path (keep it short; a throw is logged); a send refused at once (not connected,
   * an unknown partition) may call it before `produce` returns.
   */
  produce(record: ProducerRecordBatch, callback: DeliveryCallback): void {
    const handle = new CallbackSendHandle(callback, this.onCallbackError);
    if (this.transactions) {
      handle.fail(new InvalidTxnStateError('a transactional producer sends through producer.transaction()'));
      return;
    }
    this.enqueue(batchRequestOf(record), handle, 0, 0, 0, false);
  }

  private readonly onCallbackError = (err: unknown): void => {
    this.logger.error({ err }, 'a produce callback threw');
  };

  private append(request: ProducerBatchRequest): Promise<RecordMetadata[]> {
    const handle = new SendHandle();
    this.enqueue(request, handle, 0, 0, 0, false);
    return handle.promise;
  }

  /**
   * Appends the request's records to the accumulator from (topicIndex, messageIndex) on,
   * synchronously while it can: the common send (fresh metadata, buffer memory free) takes no
   * promise here. When it must wait (metadata, buffer memory) it resumes after the wait; every
   * error fails `handle` rather than throwing. `reservedBytes`: the first record's bytes, already
   * reserved by the wait for memory (0: none); `ready`: the metadata wait is done.
   */
  private enqueue(request: ProducerBatchRequest, handle: SendCompletion, topicIndex: number, messageIndex: number, reservedBytes: number, ready: boolean): void {
    try {
      if (!this.connected) throw new SamsaNotConnected('the producer is not connected: call connect() first');
      if (this.config.idempotent && request.acks !== undefined && request.acks !== -1) {
        throw new SamsaError(`acks=${request.acks} is not allowed on an idempotent producer (idempotent: true needs acks=-1)`);
      }
      const topicMessages = request.topicMessages;
      const nowMs = Date.now();
      // Skip the metadata round when every topic already has fresh leaders (the common case).
      if (!ready && !(topicMessages.length === 1 ? this.cluster.isTopicReady(topicMessages[0]!.topic, nowMs) : topicMessages.every((t) => this.cluster.isTopicReady(t.topic, nowMs)))) {
        const topics = [...new Set(topicMessages.map((t) => t.topic))];
        this.resumeAfter(this.cluster.ensureTopicMetadata(topics, this.config.allowAutoTopicCreation), request, handle, 0, 0, 0);
        return;
      }
      const settings = this.settingsFor(request);
      for (let t = topicIndex; t < topicMessages.length; t++) {
        const { topic, messages } = topicMessages[t]!;
        const partitionMetadata = this.partitionInfo(topic);
        for (let m = t === topicIndex ? messageIndex : 0; m < messages.length; m++) {
          const message = messages[m]!;
          const record = toProducerRecord(message);
          const sizeBytes = estimateRecordSizeBytes(record);
          if (reservedBytes > 0) reservedBytes = 0;
          else if (!this.tryReserve(sizeBytes)) {
            this.sender.wakeup();
            this.resumeAfter(this.reserve(sizeBytes), request, handle, t, m, sizeBytes);
            return;
          }
          const partition = this.partitioner.partition({ topic, partitionMetadata, message });
          if (!Number.isInteger(partition) || partition < 0 || partition >= partitionMetadata.length) {
            this.unreserve(sizeBytes);
            this.sender.wakeup();
            throw new SamsaError(`partition ${partition} does not exist in topic ${topic} (${partitionMetadata.length} partitions)`);
          }
          this.accumulator.append(topic, partition, settings, record, handle, nowMs, sizeBytes);
        }
      }
      handle.seal();
      this.sender.wakeup();
    } catch (err) {
      // A send refused after its wait for memory (disconnected meanwhile) gives the bytes back.
      if (reservedBytes > 0) this.unreserve(reservedBytes);
      handle.fail(err);
    }
  }

  private resumeAfter(wait: Promise<unknown>, request: ProducerBatchRequest, handle: SendCompletion, topicIndex: number, messageIndex: number, reservedBytes: number): void {
    wait.then(
      () => this.enqueue(request, handle, topicIndex, messageIndex, reservedBytes, true),
      (err: unknown) => handle.fail(err),
    );
  }

  /** One settings object for every send that overrides nothing: no allocation per send, and the accumulator matches it by identity. */
  private settingsFor(request: ProducerSendOptions): ProduceSettings {
    if (request.acks === undefined && request.timeoutMs === undefined && request.compression === undefined) return this.defaultSettings;
    return {
      acks: request.acks ?? this.config.acks,
      timeoutMs: request.timeoutMs ?? this.config.timeoutMs,
      compression: request.compression ?? this.config.compression,
    };
  }

  /** Sends everything buffered now, without waiting for lingerMs, and waits for the results. */
  async flush(): Promise<void> {
    this.accumulator.beginFlush();
    try {
      this.sender.wakeup();
      await this.sender.waitForIdle();
    } finally {
      this.accumulator.endFlush();
    }
  }

  /** The producer as its transactions use it. */
  private transactionalHooks(): TransactionalProducer {
    return {
      sendInTransaction: (request) => this.append(request),
      flush: () => this.flush(),
      abortUnsent: (err) => this.sender.abortUnsent(err),
      bumpEpoch: async () => {
        this.sender.idempotence = await this.transactions!.manager.initProducerId(true);
      },
      wakeup: () => this.sender.wakeup(),
    };
  }

  /** Flushes (bounded by deliveryTimeoutMs), then closes. Idempotent. */
  async disconnect(): Promise<void> {
    if (!this.connected) return;
    this.connected = false;
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<void>((resolve) => (timer = setTimeout(resolve, this.config.deliveryTimeoutMs)));
    await Promise.race([this.flush(), deadline]).finally(() => clearTimeout(timer));
    this.sender.stop();
    this.transactions?.manager.close();
    this.cluster.disconnect();
  }

  /** The partitioner's view of a topic, rebuilt only when a metadata update replaced the topic. */
  private partitionInfo(topic: string): PartitionInfo[] {
    const metadata = this.cluster.topicMetadata(topic);
    const cached = this.partitionInfoByTopic.get(topic);
    if (cached !== undefined && cached.metadata === metadata) return cached.info;
    const info = (metadata?.partitions ?? []).map((p) => ({ partitionId: p.partitionId, leader: p.leader }));
    this.partitionInfoByTopic.set(topic, { metadata, info });
    return info;
  }

  private tryReserve(sizeBytes: number): boolean {
    if (this.bufferedBytes > 0 && this.bufferedBytes + sizeBytes > this.config.bufferMemoryBytes) return false;
    this.bufferedBytes += sizeBytes;
    return true;
  }

  private async reserve(sizeBytes: number): Promise<void> {
    const deadlineMs = Date.now() + this.config.maxBlockMs;
    while (this.bufferedBytes > 0 && this.bufferedBytes + sizeBytes > this.config.bufferMemoryBytes) {
      this.sender.wakeup();
      const leftMs = deadlineMs - Date.now();
      if (leftMs <= 0) throw new SamsaTimeoutError(`no buffer space within maxBlockMs (${this.config.maxBlockMs} ms)`);
      let timer: NodeJS.Timeout | undefined;
      await new Promise<void>((resolve) => {
        this.memoryWaiters.push(resolve);
        timer = setTimeout(resolve, leftMs);
      });
      clearTimeout(timer);
    }
    this.bufferedBytes += sizeBytes;
  }

  private release(batch: ProducerBatch): void {
    this.unreserve(batch.sizeBytes);
  }

  private unreserve(sizeBytes: number): void {
    this.bufferedBytes = Math.max(0, this.bufferedBytes - sizeBytes);
    for (const wake of this.memoryWaiters.splice(0)) wake();
  }
}

/**
 * Whether the producer is idempotent. Asked for explicitly, it needs acks=-1 and at most 5
 * requests in flight, else construction fails; by default it is on unless those settings
 * conflict, in which case it is quietly off (Kafka 3.2+, KAFKA-13598).
 */
export function resolveIdempotence(config: { idempotent: boolean; acks: Acks; maxInFlightRequests: number }, explicit: boolean): boolean {
  if (!config.idempotent) return false;
  const compatible = config.acks === -1 && config.maxInFlightRequests <= idempotenceInFlightMax;
  if (!explicit || compatible) return compatible;
  if (config.acks !== -1) {
    throw new SamsaError(`acks=${config.acks} cannot be used with idempotent: true; use acks=-1, or set idempotent: false`);
  }
  if (config.maxInFlightRequests > idempotenceInFlightMax) {
    throw new SamsaError(`maxInFlightRequests must be at most ${idempotenceInFlightMax} with idempotent: true, not ${config.maxInFlightRequests}`);
  }
  return compatible;
}

export function toProducerRecord(message: Message): ProducerRecord {
  const record: ProducerRecord = { key: message.key ?? null, value: message.value };
  if (message.headers !== undefined) {
    record.headers = Array.isArray(message.headers)
      ? message.headers
      : Object.fromEntries(Object.entries(message.headers).map(([k, v]) => [k, v ?? null]));
  }
  if (message.timestamp !== undefined) record.timestamp = Number(message.timestamp);
  return record;
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
