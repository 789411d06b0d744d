/**
 * Kafka's Sender: drains ready batches from the accumulator, groups them by leader broker and
 * sends one Produce request per broker carrying one batch per partition, with at most
 * maxInFlightRequests outstanding per broker. Each batch is encoded once; a retriable error
 * puts the same bytes back in the queue for the (possibly new) leader after a backoff, until
 * deliveryTimeoutMs has passed since the batch was created (KIP-91). Non-retriable errors fail
 * every send that had records in the batch.
 *
 * The loop is event-driven: appends, completions and timers call `wakeup`; nothing polls.
 *
 * With idempotence (idempotence.ts) each batch gets its sequence when first drained, batches of
 * a partition go out in sequence order with at most 5 outstanding, a retry is never overtaken by
 * a later batch of its partition, DUPLICATE_SEQUENCE_NUMBER counts as success,
 * OUT_OF_ORDER_SEQUENCE_NUMBER and UNKNOWN_PRODUCER_ID are retried unless the batch is its
 * partition's oldest outstanding, and UNKNOWN_PRODUCER_ID for the oldest one renumbers the
 * partition's batches under a new epoch and sends them again.
 *
 * Requests to one broker reach its connection in the order they were formed, whatever the time
 * their batches take to encode: the broker handles a connection's requests in order, and that is
 * what keeps a partition's batches in sequence order on the wire.
 */

import { ApiKey } from '../../proto/api';
import { Compression } from '../../proto/batch-header';
import { ErrorCode } from '../../proto/errors';
import { type samsa } from '../../proto/generated/samsa';
import { encodeRecordBatch, encodeRecordBatchUncompressed } from '../../proto/record-batch';
import { type Cluster } from '../cluster/cluster';
import { type RecordAccumulator, type ProducerBatch } from './accumulator';
import { type IdempotenceState } from './idempotence';
import { SamsaNotConnected, SamsaTimeoutError, int64, isRetriable, messageOf, needsMetadataRefresh, protocolError } from '../errors';
import { type Logger } from '../logger';

export interface SenderOptions {
  cluster: Cluster;
  accumulator: RecordAccumulator;
  maxInFlightRequests: number;
  deliveryTimeoutMs: number;
  requestTimeoutMs: number;
  /** Upper bound on the batch bytes of one Produce request (Kafka's max.request.size). */
  maxRequestSizeBytes: number;
  /**
   * Wait before resending a failed batch: constant, as Kafka's `retry.backoff.ms`. A leader
   * election takes seconds; an exponential backoff would keep the producer away for much longer
   * after the new leader is ready. `deliveryTimeoutMs` bounds the total.
   */
  retryBackoffMs: number;
  logger: Logger;
  onBatchDone: (batch: ProducerBatch) => void;
  /** A transactional producer's partition gate (transaction.ts); undefined otherwise. */
  transaction?: TransactionGate;
}

/**
 * What the sender asks a transactional producer: a batch is drained only once its partition is
 * in the transaction (AddPartitionsToTxn answered), and a batch failing breaks the transaction.
 */
export interface TransactionGate {
  /** Carried by every Produce request: the broker checks Write on it for transactional batches (Kafka's ProduceRequest v3+). */
  readonly transactionalId: string;
  /** Whether the batch's partition is in the transaction; asks for it to be added when not. */
  admit(batch: ProducerBatch): boolean;
  /** Batches of the partition wait for AddPartitionsToTxn (or the transaction broke): not due by time. */
  blocked(topic: string, partition: number): boolean;
  /** After each drain: sends the pending AddPartitionsToTxn, or fails what waits after an error. */
  afterDrain(): void;
  onBatchFailed(batch: ProducerBatch, err: unknown): void;
}

export class Sender {
  private readonly retryQueue: ProducerBatch[] = [];
  private readonly inFlightByBroker = new Map<number, number>();
  /** Per broker: settles once the last request formed for it has been handed to its connection. */
  private readonly handOffByBroker = new Map<number, Promise<void>>();
  private inFlightRequests = 0;
  private scheduled = false;
  private timer: NodeJS.Timeout | undefined;
  private idleWaiters: Array<() => void> = [];
  private stopped = false;
  /** Set by the producer once InitProducerId answered; undefined for a non-idempotent producer. */
  idempotence: IdempotenceState | undefined;

  constructor(private readonly options: SenderOptions) {}

  wakeup(): void {
    if (this.scheduled || this.stopped) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.runOnce();
    });
  }

  get isIdle(): boolean {
    return this.options.accumulator.isEmpty && this.retryQueue.length === 0 && this.inFlightRequests === 0;
  }

  /** Resolves when every batch has been acknowledged or failed. */
  waitForIdle(): Promise<void> {
    if (this.isIdle) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** Stops the loop and fails everything still queued with `err`. */
  stop(err = new SamsaNotConnected('the producer is disconnected')): void {
    this.stopped = true;
    clearTimeout(this.timer);
    for (const batch of [...this.options.accumulator.abortAll(), ...this.retryQueue.splice(0)]) this.finish(batch, err);
    this.notifyIdle();
  }

  private runOnce(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const nowMs = Date.now();
    const due = this.retryQueue.filter((b) => b.retryAtMs <= nowMs);
    if (due.length > 0) this.retryQueue.splice(0, this.retryQueue.length, ...this.retryQueue.filter((b) => b.retryAtMs > nowMs));
    const idempotence = this.idempotence;
    const transaction = this.options.transaction;
    const admit = transaction && idempotence
      ? (b: ProducerBatch) => transaction.admit(b) && admitSequenced(idempotence, b)
      : idempotence && ((b: ProducerBatch) => admitSequenced(idempotence, b));
    const drained = this.options.accumulator.drain(nowMs, admit);
    transaction?.afterDrain();
    const batches = idempotence ? inSequenceOrder([...due, ...drained]) : [...due, ...drained];
    const byBroker = new Map<number, ProducerBatch[]>();
    for (const batch of batches) {
      if (this.expired(batch, nowMs, undefined)) continue;
      if (idempotence && batch.baseSequence >= 0) {
        if (idempotence.mustAbandon(batch)) {
          this.finish(batch, protocolError(ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER, `an earlier batch of ${batch.topic}-${batch.partition} failed; its sequence restarts`));
          continue;
        }
        if (!idempotence.canSend(batch)) {
          batch.retryAtMs = 0;
          this.retryQueue.push(batch);
          continue;
        }
      }
      const leader = this.options.cluster.metadata.partition(batch.topic, batch.partition)?.leader ?? -1;
      if (leader < 0 || !this.options.cluster.brokerAddress(leader)) {
        this.requeue(batch, protocolError(ErrorCode.LEADER_NOT_AVAILABLE, `no leader for ${batch.topic}-${batch.partition}`), nowMs);
        continue;
      }
      // On the wire from here on, so the next batch of its partition may follow it.
      batch.sending = true;
      const list = byBroker.get(leader) ?? [];
      list.push(batch);
      byBroker.set(leader, list);
    }
    for (const [brokerId, list] of byBroker) this.dispatch(brokerId, list);
    this.scheduleNext(nowMs);
    this.notifyIdle();
  }

  /** Splits one broker's batches into requests and sends as many as its in-flight bound allows. */
  private dispatch(brokerId: number, batches: ProducerBatch[]): void {
    while (batches.length > 0) {
      if ((this.inFlightByBroker.get(brokerId) ?? 0) >= this.options.maxInFlightRequests) {
        // Blocked: these wait at the head of the queue until a response frees a slot.
        for (const b of batches) {
          b.retryAtMs = 0;
          b.sending = false;
        }
        this.retryQueue.unshift(...batches);
        return;
      }
      const request = takeRequest(batches, this.options.maxRequestSizeBytes);
      this.inFlightByBroker.set(brokerId, (this.inFlightByBroker.get(brokerId) ?? 0) + 1);
      this.inFlightRequests++;
      // Encoding (compression) is asynchronous: a request whose batches encode faster must not
      // reach the connection before one formed earlier, or a partition's batches swap places.
      const previous = this.handOffByBroker.get(brokerId) ?? Promise.resolve();
      const encoded = previous.then(() => encodeAll(request, this.options.transaction !== undefined));
      this.handOffByBroker.set(brokerId, encoded.then(() => undefined, () => undefined));
      void this.produce(brokerId, request, encoded).finally(() => {
        this.inFlightByBroker.set(brokerId, (this.inFlightByBroker.get(brokerId) ?? 1) - 1);
        this.inFlightRequests--;
        this.wakeup();
        this.notifyIdle();
      });
    }
  }

  private async produce(brokerId: number, batches: ProducerBatch[], encoded: Promise<void>): Promise<void> {
    const settings = batches[0]!.settings;
    try {
      await encoded;
      const topics = new Map<string, samsa.v1.ProduceRequest.IPartitionData[]>();
      for (const batch of batches) {
        batch.attempts++;
        const list = topics.get(batch.topic) ?? [];
        list.push({ partition: batch.partition, records: batch.encoded! });
        topics.set(batch.topic, list);
      }
      const body: samsa.v1.IProduceRequest = {
        acks: settings.acks,
        timeoutMs: settings.timeoutMs,
        topics: [...topics].map(([name, partitions]) => ({ name, partitions })),
        ...(this.options.transaction === undefined ? {} : { transactionalId: this.options.transaction.transactionalId }),
      };
      if (settings.acks === 0) {
        await this.options.cluster.sendToBroker(brokerId, ApiKey.Produce, body, { expectResponse: false });
        for (const batch of batches) this.complete(batch, -1, -1, -1);
        return;
      }
      const timeoutMs = Math.max(this.options.requestTimeoutMs, settings.timeoutMs + 1000);
      const response = await this.options.cluster.sendToBroker<samsa.v1.IProduceResponse>(brokerId, ApiKey.Produce, body, { timeoutMs });
      this.handleResponse(batches, response);
    } catch (err) {
      for (const batch of batches) this.onBatchError(batch, err);
    }
  }

  private handleResponse(batches: ProducerBatch[], response: samsa.v1.IProduceResponse): void {
    const byKey = new Map(batches.map((b) => [`${b.topic}\0${b.partition}`, b]));
    for (const t of response.topics ?? []) {
      for (const p of t.partitions ?? []) {
        const key = `${t.name ?? ''}\0${p.partition ?? 0}`;
        const batch = byKey.get(key);
        if (!batch) continue;
        byKey.delete(key);
        const code = p.errorCode ?? 0;
        // The broker already holds this batch: the retry succeeded (Kafka's clients do the same).
        if (code === 0 || code === ErrorCode.DUPLICATE_SEQUENCE_NUMBER) this.complete(batch, int64(p.baseOffset), int64(p.logAppendTimeMs), int64(p.logStartOffset));
        else this.onBatchError(batch, protocolError(code, p.errorMessage || undefined, { topic: batch.topic }));
      }
    }
    for (const batch of byKey.values()) {
      this.onBatchError(batch, protocolError(ErrorCode.UNKNOWN_SERVER_ERROR, `the response has no result for ${batch.topic}-${batch.partition}`));
    }
  }

  private complete(batch: ProducerBatch, baseOffset: number, logAppendTime: number, logStartOffset: number): void {
    batch.sending = false;
    this.idempotence?.onCompleted(batch);
    this.maybeRestartSequence(batch);
    batch.complete({ topicName: batch.topic, partition: batch.partition, errorCode: 0, baseOffset, logAppendTime, logStartOffset });
    this.options.onBatchDone(batch);
  }

  private onBatchError(batch: ProducerBatch, err: unknown): void {
    batch.sending = false;
    if (this.stopped) return this.finish(batch, err);
    if (!isRetriable(err) && !this.isRetriableSequenceError(batch, err)) return this.finish(batch, err);
    this.options.logger.debug({ topic: batch.topic, partition: batch.partition, attempts: batch.attempts, err: messageOf(err) }, 'retrying produce');
    this.requeue(batch, err, Date.now());
    this.maybeRestartSequence(batch);
    this.wakeup();
  }

  /** Renumbers the partition's outstanding batches once a pending restart can happen; their bytes are re-encoded. */
  private maybeRestartSequence(batch: ProducerBatch): void {
    const renumbered = this.idempotence?.maybeRestartSequence(batch.topic, batch.partition) ?? [];
    for (const b of renumbered) (b as ProducerBatch).encoded = undefined;
    if (renumbered.length > 0) {
      this.options.logger.info({ topic: batch.topic, partition: batch.partition, producerEpoch: renumbered[0]!.producerEpoch, batches: renumbered.length },
        'the partition lost this producer\'s state: its batches restart at sequence 0 with a new epoch');
    }
  }

  private requeue(batch: ProducerBatch, err: unknown, nowMs: number): void {
    if (needsMetadataRefresh(err)) {
      this.options.cluster.refreshMetadata().catch((e: unknown) => this.options.logger.debug({ err: messageOf(e) }, 'metadata refresh failed'));
    }
    const waitMs = this.options.retryBackoffMs;
    if (this.expired(batch, nowMs + waitMs, err)) return;
    batch.retryAtMs = nowMs + waitMs;
    this.retryQueue.push(batch);
  }

  private expired(batch: ProducerBatch, atMs: number, cause: unknown): boolean {
    if (atMs - batch.createdMs <= this.options.deliveryTimeoutMs) return false;
    const detail = cause === undefined ? '' : `: ${messageOf(cause)}`;
    this.finish(batch, new SamsaTimeoutError(`${batch.records.length} record(s) for ${batch.topic}-${batch.partition} expired after ${this.options.deliveryTimeoutMs} ms (deliveryTimeoutMs)${detail}`, { cause }));
    return true;
  }

  /**
   * A sequence error for a batch that is not its partition's oldest outstanding one only says an
   * earlier batch has not been written yet (a retry in progress, or a request refused before it
   * reached the log): send it again after that one. UNKNOWN_PRODUCER_ID for the oldest one says
   * the partition lost the producer's state: retried once the partition's batches are renumbered.
   */
  private isRetriableSequenceError(batch: ProducerBatch, err: unknown): boolean {
    if (this.idempotence === undefined || batch.baseSequence < 0) return false;
    const code = (err as { code?: unknown }).code;
    if (code !== ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER && code !== ErrorCode.UNKNOWN_PRODUCER_ID) return false;
    if (!this.idempotence.isOldestOutstanding(batch)) return true;
    return code === ErrorCode.UNKNOWN_PRODUCER_ID && this.idempotence.requestRestart(batch);
  }

  private finish(batch: ProducerBatch, err: unknown): void {
    batch.sending = false;
    if (this.idempotence !== undefined && batch.baseSequence >= 0) {
      this.idempotence.onFailed(batch);
      // Held batches of the partition are abandoned by the loop; the sequence then restarts.
      this.wakeup();
    }
    batch.fail(err);
    this.options.transaction?.onBatchFailed(batch, err);
    this.options.onBatchDone(batch);
  }

  /**
   * Fails every batch not on the wire (accumulated, or waiting to be retried) with `err`: a
   * transaction being aborted, or broken, drops what it has not sent. Returns whether any of them
   * had a sequence (the partition's sequence then has a hole).
   */
  abortUnsent(err: unknown): boolean {
    const waiting = this.retryQueue.splice(0);
    const held = waiting.filter((b) => b.sending);
    this.retryQueue.push(...held);
    const dropped = [...this.options.accumulator.abortAll(), ...waiting.filter((b) => !b.sending)];
    let sequenced = false;
    for (const batch of dropped) {
      sequenced ||= batch.baseSequence >= 0;
      this.finish(batch, err);
    }
    this.notifyIdle();
    return sequenced;
  }

  private scheduleNext(nowMs: number): void {
    if (this.stopped) return;
    const idempotence = this.idempotence;
    const transaction = this.options.transaction;
    let nextMs = this.options.accumulator.nextReadyInMs(nowMs, idempotence && ((t, p) => !idempotence.canDrain(t, p) || (transaction?.blocked(t, p) ?? false)));
    for (const b of this.retryQueue) {
      // Batches blocked on in-flight slots (retryAtMs 0) are woken by completions, not timers.
      if (b.retryAtMs === 0) continue;
      const inMs = Math.max(0, b.retryAtMs - nowMs);
      nextMs = nextMs === undefined ? inMs : Math.min(nextMs, inMs);
    }
    if (nextMs === undefined) return;
    if (nextMs === 0) this.wakeup();
    else this.timer = setTimeout(() => this.wakeup(), nextMs);
  }

  private notifyIdle(): void {
    if (!this.isIdle && !this.stopped) return;
    for (const resolve of this.idleWaiters.splice(0)) resolve();
  }
}

/**
 * Takes from `batches` the batches of one request: one per partition (the response has one
 * result per partition), same produce settings, within the request size bound.
 */
export function takeRequest(batches: ProducerBatch[], maxRequestSizeBytes: number): ProducerBatch[] {
  const first = batches[0]!;
  const taken: ProducerBatch[] = [];
  const partitions = new Set<string>();
  let sizeBytes = 0;
  for (let i = 0; i < batches.length; ) {
    const b = batches[i]!;
    const key = `${b.topic}\0${b.partition}`;
    const sameSettings = b.settings.acks === first.settings.acks && b.settings.timeoutMs === first.settings.timeoutMs;
    const fits = taken.length === 0 || sizeBytes + b.sizeBytes <= maxRequestSizeBytes;
    if (sameSettings && fits && !partitions.has(key)) {
      taken.push(b);
      partitions.add(key);
      sizeBytes += b.sizeBytes;
      batches.splice(i, 1);
    } else i++;
  }
  return taken;
}

/** Admits a drained batch of an idempotent producer when its partition has room, numbering it. */
function admitSequenced(idempotence: IdempotenceState, batch: ProducerBatch): boolean {
  if (!idempotence.canDrain(batch.topic, batch.partition)) return false;
  idempotence.assignSequence(batch);
  return true;
}

/** Orders batches so that those of one partition come in sequence order (wrap-safe within 5). */
export function inSequenceOrder(batches: ProducerBatch[]): ProducerBatch[] {
  const byPartition = new Map<string, ProducerBatch[]>();
  for (const b of batches) {
    const key = `${b.topic}\0${b.partition}`;
    const list = byPartition.get(key) ?? [];
    list.push(b);
    byPartition.set(key, list);
  }
  const out: ProducerBatch[] = [];
  for (const list of byPartition.values()) out.push(...list.sort(compareSequence));
  return out;
}

function compareSequence(a: ProducerBatch, b: ProducerBatch): number {
  if (a.producerEpoch !== b.producerEpoch) return a.producerEpoch - b.producerEpoch;
  const diff = a.baseSequence - b.baseSequence;
  // Sequences wrap at Int32 max: a huge gap means the smaller one wrapped and comes later.
  return Math.abs(diff) > 1_073_741_824 ? -diff : diff;
}

/** Encodes the batches not encoded yet (new ones, and renumbered ones); retries reuse their bytes. */
async function encodeAll(batches: readonly ProducerBatch[], isTransactional: boolean): Promise<void> {
  for (const batch of batches) batch.encoded ??= await encode(batch, isTransactional);
}

/** A transactional producer's batches carry the transactional bit (KIP-98): read_committed readers look for it. */
async function encode(batch: ProducerBatch, isTransactional: boolean): Promise<Buffer> {
  const producer = batch.baseSequence >= 0
    ? { producerId: batch.producerId, producerEpoch: batch.producerEpoch, baseSequence: batch.baseSequence, isTransactional }
    : {};
  if (batch.settings.compression === Compression.None) return encodeRecordBatchUncompressed(batch.records, producer);
  return encodeRecordBatch(batch.records, { compression: batch.settings.compression, ...producer });
}
