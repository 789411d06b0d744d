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

export class SendHandle {
  private pendingBatches = 0;
  private readonly byPartition = new Map<string, RecordMetadata>();
  private settled = false;
  readonly promise: Promise<RecordMetadata[]>;
  private resolveFn!: (r: RecordMetadata[]) => void;
  private rejectFn!: (e: unknown) => void;
  private sealed = false;

  constructor() {
    this.promise = new Promise((resolve, reject) => {
      this.resolveFn = resolve;
      this.rejectFn = reject;
    });
  }

  addBatch(): void {
    this.pendingBatches++;
  }

  /** No more records will be added: the handle can settle once its batches complete. */
  seal(): void {
    this.sealed = true;
    this.maybeResolve();
  }

  batchDone(metadata: RecordMetadata): void {
    if (this.settled) return;
    const key = `${metadata.topicName}\0${metadata.partition}`;
    const previous = this.byPartition.get(key);
    if (!previous || (metadata.baseOffset >= 0 && metadata.baseOffset < previous.baseOffset)) this.byPartition.set(key, metadata);
    this.pendingBatches--;
    this.maybeResolve();
  }

  fail(err: unknown): void {
    if (this.settled) return;
    this.settled = true;
    this.rejectFn(err);
  }

  private maybeResolve(): void {
    if (this.settled || !this.sealed || this.pendingBatches > 0) return;
    this.settled = true;
    this.resolveFn([...this.byPartition.values()]);
  }
}

export class ProducerBatch {
  readonly records: ProducerRecord[] = [];
  readonly handles = new Set<SendHandle>();
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

  add(record: ProducerRecord, sizeBytes: number, handle: SendHandle): void {
    this.records.push(record);
    this.sizeBytes += sizeBytes;
    if (!this.handles.has(handle)) {
      this.handles.add(handle);
      handle.addBatch();
    }
  }

  complete(metadata: RecordMetadata): void {
    for (const h of this.handles) h.batchDone(metadata);
  }

  fail(err: unknown): void {
    for (const h of this.handles) h.fail(err);
  }
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
  private readonly open = new Map<string, ProducerBatch>();
  private readonly full: ProducerBatch[] = [];
  private flushing = 0;

  constructor(private readonly options: AccumulatorOptions) {}

  append(topic: string, partition: number, settings: ProduceSettings, record: ProducerRecord, handle: SendHandle, nowMs: number): ProducerBatch {
    const key = `${topic}\0${partition}\0${settings.acks}\0${settings.timeoutMs}\0${settings.compression}`;
    const sizeBytes = estimateRecordSizeBytes(record);
    let batch = this.open.get(key);
    if (batch && batch.records.length > 0 && batch.sizeBytes + sizeBytes > this.options.batchSizeBytes) {
      this.close(key, batch);
      batch = undefined;
    }
    if (!batch) {
      batch = new ProducerBatch(topic, partition, settings, nowMs);
      this.open.set(key, batch);
    }
    batch.add(record, sizeBytes, handle);
    if (batch.sizeBytes >= this.options.batchSizeBytes) this.close(key, batch);
    return batch;
  }

  private close(key: string, batch: ProducerBatch): void {
    this.open.delete(key);
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
    for (const [key, batch] of this.open) {
      if (this.flushing > 0 || nowMs - batch.createdMs >= this.options.lingerMs) {
        if (admit !== undefined && !admit(batch)) continue;
        this.close(key, batch);
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
    for (const batch of this.open.values()) {
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
    return this.open.size === 0 && this.full.length === 0;
  }

  /** Every batch still waiting, removed: for failing them on shutdown. */
  abortAll(): ProducerBatch[] {
    const out = [...this.full.splice(0), ...this.open.values()];
    this.open.clear();
    return out;
  }
}
