/**
 * Kafka's RecordAccumulator: records wait per partition in a batch until the batch is full
 * (batchSizeBytes) or has lingered lingerMs, then the sender drains it. A record that does
 * not fit closes the current batch and starts a new one. Pure: time comes from `nowMs`, and
 * nothing here touches sockets or encodes records.
 *
 * Each `send` call holds one SendHandle for all its records, so a send of N records costs one
 * promise, not N (the throughput goal of the producer).
 */

import { type ProduceSettings, type RecordMetadata } from './types';
import { type ProducerRecord } from '../../proto/record-batch';

/** Bytes a record adds to a batch beyond its key, value and headers (protobuf tags, deltas). */
export const recordOverheadBytes = 16;

/**
 * What a send is waiting for: every batch holding its records to complete. It settles once,
 * with one RecordMetadata per partition (the lowest base offset), or with the first error.
 * `SendHandle` settles a promise (`send`); `CallbackSendHandle` calls a function (`produce`),
 * which costs no promise and no microtask per send.
 */
export abstract class SendCompletion {
  private pendingBatches = 0;
  /**
   * The first partition's metadata; `others` holds the rest, keyed by topic and partition, only
   * when a send spans partitions. A one-record send (the common case) allocates no map or key.
   */
  private first: RecordMetadata | undefined;
  /** Where this send's first record sits in the first partition's batch: its offset is baseOffset + this. */
  private firstIndex = 0;
  private others: Map<string, RecordMetadata> | undefined;
  private settled = false;
  private sealed = false;

  protected abstract resolved(result: RecordMetadata[]): void;
  protected abstract rejected(err: unknown): void;

  /** One more batch holds records of this send (a batch may count a send more than once). */
  addBatch(): void {
    this.pendingBatches++;
  }

  /** No more records will be added: the handle can settle once its batches complete. */
  seal(): void {
    this.sealed = true;
    this.maybeResolve();
  }

  /**
   * A batch holding records of this send completed; `recordIndex` is the position of this
   * send's first record in it, so the send learns its own first offset, not the batch's.
   */
  batchDone(metadata: RecordMetadata, recordIndex = 0): void {
    if (this.settled) return;
    const first = this.first;
    if (first === undefined) {
      this.first = metadata;
      this.firstIndex = recordIndex;
    } else if (first.topicName === metadata.topicName && first.partition === metadata.partition) {
      if (metadata.baseOffset >= 0 && metadata.baseOffset + recordIndex < first.baseOffset + this.firstIndex) {
        this.first = metadata;
        this.firstIndex = recordIndex;
      }
    } else {
      this.others ??= new Map();
      const key = `${metadata.topicName}\0${metadata.partition}`;
      const previous = this.others.get(key);
      const own = withOffset(metadata, recordIndex);
      if (!previous || (own.baseOffset >= 0 && own.baseOffset < previous.baseOffset)) this.others.set(key, own);
    }
    this.pendingBatches--;
    this.maybeResolve();
  }

  fail(err: unknown): void {
    if (this.settled) return;
    this.settled = true;
    this.rejected(err);
  }

  private maybeResolve(): void {
    if (this.settled || !this.sealed || this.pendingBatches > 0) return;
    this.settled = true;
    const result: RecordMetadata[] = [];
    if (this.first !== undefined) result.push(withOffset(this.first, this.firstIndex));
    if (this.others !== undefined) for (const m of this.others.values()) result.push(m);
    this.resolved(result);
  }
}

/** The metadata of a send whose first record is `recordIndex` records into the batch. */
function withOffset(metadata: RecordMetadata, recordIndex: number): RecordMetadata {
  if (recordIndex === 0 || metadata.baseOffset < 0) return metadata;
  return { ...metadata, baseOffset: metadata.baseOffset + recordIndex };
}

/** A send that settles a promise. */
export class SendHandle extends SendCompletion {
  readonly promise: Promise<RecordMetadata[]>;
  private resolveFn!: (r: RecordMetadata[]) => void;
  private rejectFn!: (e: unknown) => void;

  constructor() {
    super();
    this.promise = new Promise((resolve, reject) => {
      this.resolveFn = resolve;
      this.rejectFn = reject;
    });
  }

  protected resolved(result: RecordMetadata[]): void {
    this.resolveFn(result);
  }

  protected rejected(err: unknown): void {
    this.rejectFn(err);
  }
}

/** Kafka's send callback: an error, or the metadata of each partition the send wrote to. */
export type DeliveryCallback = (err: Error | null, metadata: RecordMetadata[]) => void;

/**
 * A send that calls a function when it settles, from the sender's response handling: a throw
 * from the function is given to `onCallbackError` (the producer logs it), never to the sender.
 */
export class CallbackSendHandle extends SendCompletion {
  constructor(private readonly callback: DeliveryCallback, private readonly onCallbackError: (err: unknown) => void) {
    super();
  }

  protected resolved(result: RecordMetadata[]): void {
    this.call(null, result);
  }

  protected rejected(err: unknown): void {
    this.call(err instanceof Error ? err : new Error(String(err)), []);
  }

  private call(err: Error | null, result: RecordMetadata[]): void {
    try {
      this.callback(err, result);
    } catch (thrown) {
      this.onCallbackError(thrown);
    }
  }
}

export class ProducerBatch {
  readonly records: ProducerRecord[] = [];
  /**
   * The sends with records here, each once per run of consecutive records (an array, not a set:
   * a send of one record appends once). A send counted twice is completed twice, which its
   * handle balances (addBatch per entry).
   */
  readonly handles: SendCompletion[] = [];
  /** For each entry of `handles`, the index of its first record here. */
  readonly handleFirstRecords: number[] = [];
  sizeBytes = 0;
  closed = false;
  /** The encoded batch, made once when first drained and reused by every retry. */
  encoded: Buffer | undefined;
  attempts = 0;
  retryAtMs = 0;
  /** Idempotence (idempotence.ts): -1 until the batch is first drained by an idempotent producer. */
  producerId = -1;
  producerEpoch = -1;
  baseSequence = -1;
  /** True while a request carrying the batch awaits its response. */
  sending = false;

  constructor(
    readonly topic: string,
    readonly partition: number,
    readonly settings: ProduceSettings,
    readonly createdMs: number,
  ) {}

  add(record: ProducerRecord, sizeBytes: number, handle: SendCompletion): void {
    if (this.handles[this.handles.length - 1] !== handle) {
      this.handles.push(handle);
      this.handleFirstRecords.push(this.records.length);
      handle.addBatch();
    }
    this.records.push(record);
    this.sizeBytes += sizeBytes;
  }

  complete(metadata: RecordMetadata): void {
    for (let i = 0; i < this.handles.length; i++) this.handles[i]!.batchDone(metadata, this.handleFirstRecords[i]);
  }

  fail(err: unknown): void {
    for (const h of this.handles) h.fail(err);
  }
}

function sameSettings(a: ProduceSettings, b: ProduceSettings): boolean {
  return a === b || (a.acks === b.acks && a.timeoutMs === b.timeoutMs && a.compression === b.compression);
}

export function estimateRecordSizeBytes(record: ProducerRecord): number {
  let size = recordOverheadBytes + byteLength(record.key) + byteLength(record.value);
  const headers = record.headers;
  if (Array.isArray(headers)) for (const h of headers) size += 4 + Buffer.byteLength(h.key) + byteLength(h.value);
  else if (headers) for (const [k, v] of Object.entries(headers)) size += 4 + Buffer.byteLength(k) + byteLength(v);
  return size;
}

function byteLength(v: Buffer | string | null | undefined): number {
  if (v === null || v === undefined) return 0;
  return typeof v === 'string' ? Buffer.byteLength(v) : v.length;
}

export interface AccumulatorOptions {
  batchSizeBytes: number;
  lingerMs: number;
  /** A batch was closed (full or drained): the sticky partitioner moves on (KIP-480). */
  onBatchClosed?: (topic: string, partition: number) => void;
}

export class RecordAccumulator {
  /**
   * The open batch of each topic and partition; batches of the same partition with other
   * settings (acks, timeout, compression), rare, wait in `openOther`. No per-record key string.
   */
  private readonly open = new Map<string, Map<number, ProducerBatch>>();
  private readonly openOther = new Set<ProducerBatch>();
  private openCount = 0;
  private readonly full: ProducerBatch[] = [];
  private flushing = 0;

  constructor(private readonly options: AccumulatorOptions) {}

  /** Appends a record; `sizeBytes` is estimateRecordSizeBytes(record), passed when the caller has it. */
  append(topic: string, partition: number, settings: ProduceSettings, record: ProducerRecord, handle: SendCompletion, nowMs: number, sizeBytes = estimateRecordSizeBytes(record)): ProducerBatch {
    let byPartition = this.open.get(topic);
    if (byPartition === undefined) {
      byPartition = new Map();
      this.open.set(topic, byPartition);
    }
    let batch = byPartition.get(partition);
    // The partition's batch has other settings (or is gone while side batches wait): a side
    // batch with these settings keeps the partition's records in send order.
    let other = false;
    if (batch === undefined ? this.openOther.size > 0 : !sameSettings(batch.settings, settings)) {
      const found = this.findOther(topic, partition, settings);
      other = found !== undefined || batch !== undefined;
      batch = found;
    }
    if (batch !== undefined && batch.records.length > 0 && batch.sizeBytes + sizeBytes > this.options.batchSizeBytes) {
      this.close(batch);
      batch = undefined;
    }
    if (batch === undefined) {
      batch = new ProducerBatch(topic, partition, settings, nowMs);
      if (other) this.openOther.add(batch);
      else byPartition.set(partition, batch);
      this.openCount++;
    }
    batch.add(record, sizeBytes, handle);
    if (batch.sizeBytes >= this.options.batchSizeBytes) this.close(batch);
    return batch;
  }

  private findOther(topic: string, partition: number, settings: ProduceSettings): ProducerBatch | undefined {
    for (const b of this.openOther) if (b.topic === topic && b.partition === partition && sameSettings(b.settings, settings)) return b;
    return undefined;
  }

  /** Every open batch, for drain and nextReadyInMs (a snapshot: closing one does not disturb it). */
  private openBatches(): ProducerBatch[] {
    const out: ProducerBatch[] = [];
    for (const byPartition of this.open.values()) for (const b of byPartition.values()) out.push(b);
    for (const b of this.openOther) out.push(b);
    return out;
  }

  private close(batch: ProducerBatch): void {
    if (!this.openOther.delete(batch)) {
      // The topic's map stays (append may hold it): a producer writes to few topics.
      this.open.get(batch.topic)?.delete(batch.partition);
    }
    this.openCount--;
    batch.closed = true;
    this.full.push(batch);
    this.options.onBatchClosed?.(batch.topic, batch.partition);
  }

  /**
   * Takes the batches that are ready: full ones, lingered ones, and all of them during flush.
   * `admit` is asked about each ready batch in order; one it refuses stays queued (an idempotent
   * partition at its in-flight bound), and it may record the ones it admits.
   */
  drain(nowMs: number, admit?: (batch: ProducerBatch) => boolean): ProducerBatch[] {
    const out: ProducerBatch[] = [];
    const kept: ProducerBatch[] = [];
    for (const batch of this.full.splice(0)) (admit === undefined || admit(batch) ? out : kept).push(batch);
    this.full.push(...kept);
    for (const batch of this.openBatches()) {
      if (this.flushing > 0 || nowMs - batch.createdMs >= this.options.lingerMs) {
        if (admit !== undefined && !admit(batch)) continue;
        this.close(batch);
        out.push(this.full.pop()!);
      }
    }
    return out;
  }

  /**
   * Milliseconds until the next batch becomes ready; undefined when nothing is waiting. Batches
   * of `blocked` partitions are left out: a completion wakes the sender for them.
   */
  nextReadyInMs(nowMs: number, blocked?: (topic: string, partition: number) => boolean): number | undefined {
    const waiting = (b: ProducerBatch): boolean => blocked === undefined || !blocked(b.topic, b.partition);
    if (this.full.some(waiting)) return 0;
    let next: number | undefined;
    for (const batch of this.openBatches()) {
      if (!waiting(batch)) continue;
      if (this.flushing > 0) return 0;
      const inMs = Math.max(0, batch.createdMs + this.options.lingerMs - nowMs);
      next = next === undefined ? inMs : Math.min(next, inMs);
    }
    return next;
  }

  beginFlush(): void {
    this.flushing++;
  }

  endFlush(): void {
    this.flushing = Math.max(0, this.flushing - 1);
  }

  get isEmpty(): boolean {
    return this.openCount === 0 && this.full.length === 0;
  }

  /** Every batch still waiting, removed: for failing them on shutdown. */
  abortAll(): ProducerBatch[] {
    const out = [...this.full.splice(0), ...this.openBatches()];
    this.open.clear();
    this.openOther.clear();
    this.openCount = 0;
    return out;
  }
}
