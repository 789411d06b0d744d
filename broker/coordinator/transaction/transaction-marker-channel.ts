/**
 * Delivers a finished transaction's markers (Kafka's TransactionMarkerChannelManager): one queue
 * per destination broker holding (transaction, partition) entries; a sender per queue batches them
 * into WriteTxnMarkers requests to the partitions' leaders. A partition acked by its leader leaves
 * the transaction; when none is left the coordinator writes CompleteCommit/CompleteAbort.
 *
 * A partition whose leader is unknown, moved, or answered a retriable error is looked up again
 * after `markerRetryBackoffMs`; a deleted topic's partition needs no marker and is dropped. A
 * fencing answer (INVALID_PRODUCER_EPOCH, TRANSACTION_COORDINATOR_FENCED) means a newer producer
 * or coordinator owns the transaction: this one stops sending for it. Entries of a transaction
 * this coordinator no longer owns (unloaded, reloaded at a newer epoch) are dropped before sending.
 */

import pino from 'pino';
import { ErrorCode } from '../../../proto/errors';
import type { WriteTxnMarkersRequest, WriteTxnMarkersResponse } from '../../api/transactions';
import type { Clock, Timer } from '../../clock';
import type { Logger } from '../../logger';
import { TransactionState } from './transaction-log';
import { parseTopicPartitionKey, topicPartitionKey, type TransactionMetadata, type TxnTransitMetadata } from './transaction-metadata';

/** Pause before an entry whose leader was unknown or that failed is routed and sent again. */
export const markerRetryBackoffMs = 200;
/** Partitions one WriteTxnMarkers request carries at most. */
export const markerEntriesPerRequestMax = 1_000;
/** Entries one broker's queue holds; beyond it new entries wait a backoff and are routed again. */
export const markerQueueEntriesMax = 100_000;

/** Where a partition's marker goes. */
export type MarkerRoute = { kind: 'leader'; brokerId: number } | { kind: 'unknown-leader' } | { kind: 'deleted-topic' };

/** The broker side of the channel: leader lookups and the inter-broker request. */
export interface MarkerTransport {
  route(topic: string, partition: number): MarkerRoute;
  /** Rejects when the broker cannot be reached or does not answer in time. */
  send(brokerId: number, request: WriteTxnMarkersRequest): Promise<WriteTxnMarkersResponse>;
  close(): void;
}

/** A transaction whose markers are being delivered (Kafka's PendingCompleteTxn). */
export interface PendingCompleteTxn {
  transactionalId: string;
  coordinatorEpoch: number;
  committed: boolean;
  metadata: TransactionMetadata;
  transit: TxnTransitMetadata;
}

interface MarkerEntry {
  txn: PendingCompleteTxn;
  topic: string;
  partition: number;
}

export interface TransactionMarkerChannelOptions {
  transport: MarkerTransport;
  clock: Clock;
  logger?: Logger;
  /** Called when every partition of `txn` acked: write the Complete state. */
  onAllMarkersWritten: (txn: PendingCompleteTxn) => void;
  /** Whether `txn` is still this coordinator's to finish (same metadata, same coordinator epoch). */
  isCurrent: (txn: PendingCompleteTxn) => boolean;
}

function isFencing(code: number): boolean {
  return code === ErrorCode.INVALID_PRODUCER_EPOCH || code === ErrorCode.TRANSACTION_COORDINATOR_FENCED || code === ErrorCode.PRODUCER_FENCED;
}

export class TransactionMarkerChannelManager {
  private readonly queues = new Map<number, MarkerEntry[]>();
  private readonly sending = new Set<number>();
  private retries: MarkerEntry[] = [];
  private retryTimer: Timer | undefined;
  private readonly inFlight = new Set<Promise<void>>();
  private stopped = false;
  private readonly logger: Logger;

  constructor(private readonly opts: TransactionMarkerChannelOptions) {
    this.logger = opts.logger ?? pino({ enabled: false });
  }

  /** Starts delivering the markers of a transaction that reached PrepareCommit/PrepareAbort. */
  addTxnMarkersToSend(txn: PendingCompleteTxn): void {
    if (this.stopped) return;
    const keys = [...txn.metadata.topicPartitions];
    if (keys.length === 0) {
      this.opts.onAllMarkersWritten(txn);
      return;
    }
    for (const key of keys) this.route({ txn, ...parseTopicPartitionKey(key) });
  }

  /** Entries queued, waiting for a retry, or in flight (for tests and metrics). */
  queuedEntries(): number {
    let n = this.retries.length;
    for (const q of this.queues.values()) n += q.length;
    return n;
  }

  private route(entry: MarkerEntry): void {
    if (!this.opts.isCurrent(entry.txn)) return;
    const route = this.opts.transport.route(entry.topic, entry.partition);
    if (route.kind === 'deleted-topic') {
      this.logger.info({ transactionalId: entry.txn.transactionalId, topic: entry.topic, partition: entry.partition }, 'topic no longer exists; its marker is not needed');
      this.partitionDone(entry);
      return;
    }
    if (route.kind === 'unknown-leader') {
      this.retryLater(entry);
      return;
    }
    let queue = this.queues.get(route.brokerId);
    if (queue === undefined) this.queues.set(route.brokerId, (queue = []));
    if (queue.length >= markerQueueEntriesMax) {
      this.retryLater(entry);
      return;
    }
    queue.push(entry);
    this.maybeSend(route.brokerId);
  }

  private partitionDone(entry: MarkerEntry): void {
    const { metadata } = entry.txn;
    const key = topicPartitionKey(entry.topic, entry.partition);
    if (!metadata.topicPartitions.has(key)) return;
    metadata.topicPartitions.delete(key);
    if (metadata.topicPartitions.size === 0 && this.opts.isCurrent(entry.txn)) this.opts.onAllMarkersWritten(entry.txn);
  }

  private retryLater(entry: MarkerEntry): void {
    this.retries.push(entry);
    if (this.retryTimer !== undefined || this.stopped) return;
    this.retryTimer = this.opts.clock.setTimeout(() => {
      this.retryTimer = undefined;
      const due = this.retries;
      this.retries = [];
      for (const e of due) this.route(e);
    }, markerRetryBackoffMs);
  }

  /** One request at a time per broker: its queue drains in order, a batch per round trip. */
  private maybeSend(brokerId: number): void {
    if (this.sending.has(brokerId) || this.stopped) return;
    const queue = this.queues.get(brokerId);
    if (queue === undefined || queue.length === 0) return;
    const batch = queue.splice(0, markerEntriesPerRequestMax).filter((e) => this.opts.isCurrent(e.txn));
    if (batch.length === 0) {
      this.maybeSend(brokerId);
      return;
    }
    this.sending.add(brokerId);
    const run = this.sendBatch(brokerId, batch).finally(() => {
      this.sending.delete(brokerId);
      this.inFlight.delete(run);
      this.maybeSend(brokerId);
    });
    this.inFlight.add(run);
  }

  private async sendBatch(brokerId: number, batch: MarkerEntry[]): Promise<void> {
    let response: WriteTxnMarkersResponse;
    try {
      response = await this.opts.transport.send(brokerId, buildRequest(batch));
    } catch (err) {
      this.logger.warn({ err, targetBrokerId: brokerId, entries: batch.length }, 'sending transaction markers failed; retrying');
      for (const e of batch) this.retryLater(e);
      return;
    }
    const results = new Map<string, number>();
    for (const m of response.markers) {
      for (const t of m.topics) for (const p of t.partitions) results.set(`${m.producerId}\u0000${t.name}\u0000${p.partitionIndex}`, p.errorCode);
    }
    for (const entry of batch) this.onPartitionResult(entry, results.get(`${entry.txn.metadata.producerId}\u0000${entry.topic}\u0000${entry.partition}`), brokerId);
  }

  private onPartitionResult(entry: MarkerEntry, code: number | undefined, brokerId: number): void {
    if (this.stopped || !this.opts.isCurrent(entry.txn)) return;
    if (code === ErrorCode.NONE) {
      this.partitionDone(entry);
      return;
    }
    const log = { transactionalId: entry.txn.transactionalId, topic: entry.topic, partition: entry.partition, brokerId, errorCode: code };
    if (code !== undefined && isFencing(code)) {
      // A newer producer epoch or coordinator owns the partition's transaction: nothing left to do here.
      this.logger.warn(log, 'marker refused as fenced; this coordinator stops sending for the transaction');
      return;
    }
    // Leader moved or not available, replicas short, a timeout, or a leader that cannot write markers
    // yet: Kafka retries the retriable ones; retrying the rest too keeps a transaction from wedging.
    this.logger.debug(log, 'marker not written; retrying');
    this.retryLater(entry);
  }

  /** Stops sending (shutdown): queued entries are dropped; a new leader's load resends them. */
  async shutdown(): Promise<void> {
    this.stopped = true;
    this.retryTimer?.cancel();
    this.retryTimer = undefined;
    this.retries = [];
    this.queues.clear();
    this.opts.transport.close();
    await Promise.allSettled([...this.inFlight]);
  }
}

/** Groups a batch's entries into one marker per transaction. */
function buildRequest(batch: MarkerEntry[]): WriteTxnMarkersRequest {
  const byTxn = new Map<PendingCompleteTxn, Map<string, number[]>>();
  for (const e of batch) {
    let topics = byTxn.get(e.txn);
    if (topics === undefined) byTxn.set(e.txn, (topics = new Map()));
    let partitions = topics.get(e.topic);
    if (partitions === undefined) topics.set(e.topic, (partitions = []));
    partitions.push(e.partition);
  }
  return {
    markers: [...byTxn.entries()].map(([txn, topics]) => ({
      producerId: txn.metadata.producerId,
      producerEpoch: txn.metadata.producerEpoch,
      transactionResult: txn.committed,
      coordinatorEpoch: txn.coordinatorEpoch,
      topics: [...topics.entries()].map(([name, partitionIndexes]) => ({ name, partitionIndexes })),
    })),
  };
}

/** The state a transaction must be in for its markers to be sent. */
export function awaitingMarkers(metadata: TransactionMetadata): boolean {
  return metadata.state === TransactionState.PrepareCommit || metadata.state === TransactionState.PrepareAbort;
}
