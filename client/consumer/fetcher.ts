/**
 * One fetch loop per leader broker (Kafka's Fetcher, KafkaJS's per-broker fetch): a long-poll
 * Fetch carrying every fetchable assigned partition that broker leads, decoded here on the
 * client, pushed into the prefetch buffer; the next fetch goes out while the application
 * works through the previous one, until the buffer is full.
 *
 * Fetches are pipelined with decoding: a response's next positions come from its batch headers
 * alone (whole batches, their last offsets), the next fetch goes out with them, and the response
 * is decoded while the broker works on that fetch. The prefetch buffer may so hold one response
 * more than its bound. A batch found corrupt while decoding stops the partition as before; the
 * fetch already sent past it is dropped when it returns (its offset is no longer the position).
 *
 * Errors: OFFSET_OUT_OF_RANGE resets the position by autoOffsetReset (or surfaces
 * SamsaOffsetOutOfRange); the "invalid metadata" family and connection failures refresh
 * metadata, after which partitions may belong to another broker's loop.
 */

import { ApiKey } from '../../proto/api';
import { batchHeaderBytes, batchSizeAt, lastOffsetAt } from '../../proto/batch-header';
import { asBuffer } from '../../proto/bytes';
import { ErrorCode, errorName } from '../../proto/errors';
import { type samsa } from '../../proto/generated/samsa';
import { type Cluster } from '../cluster/cluster';
import { decodeFetched, SamsaCorruptRecord } from './corrupt-batch';
import { type FetchBuffer } from './fetch-buffer';
import { type PartitionState, type SubscriptionState, recordsFromPosition } from './subscription-state';
import { listOffsets } from './list-offsets';
import { type AbortedTransaction, IsolationLevel, withoutAbortedRecords } from './read-committed';
import { earliestTimestamp, latestTimestamp } from '../../proto/sentinels';
import { SamsaOffsetOutOfRange, int64, messageOf, needsMetadataRefresh, protocolError } from '../errors';
import { sleep } from '../retry';
import { type Logger } from '../logger';

export interface FetchConfig {
  minBytes: number;
  maxBytes: number;
  maxBytesPerPartition: number;
  maxWaitTimeMs: number;
  retryBackoffMs: number;
  /** 1 read_committed: data only below the last stable offset, aborted transactions dropped. */
  isolationLevel: IsolationLevel;
}

export interface FetchContext {
  cluster: Cluster;
  subscriptions: SubscriptionState;
  buffer: FetchBuffer;
  config: FetchConfig;
  logger: Logger;
  isRunning(): boolean;
  /** Resolves when the assignment, positions or pause state change, or after `timeoutMs`. */
  changed(timeoutMs: number): Promise<void>;
}

/** A partition's fetched bytes whose position already moved past them: decoded after the next fetch went out. */
interface PendingDecode {
  state: PartitionState;
  epoch: number;
  fetchOffset: number;
  nextPosition: number;
  buf: Buffer;
  aborted: AbortedTransaction[];
}

/** Lets the request just handed to the connection reach the socket before decoding starts. */
function afterPendingIo(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * The position after the whole batches in `buf` read from `fetchOffset` (as recordsFromPosition
 * gives it after decoding), from their headers alone; undefined when a header does not look like
 * one (the decoder then says what is wrong, before the position moves).
 */
export function positionAfterBatches(buf: Buffer, fetchOffset: number): number | undefined {
  let position = 0;
  let next = fetchOffset;
  while (position + batchHeaderBytes <= buf.length) {
    const size = batchSizeAt(buf, position);
    if (size < batchHeaderBytes) return undefined;
    if (position + size > buf.length) break; // a partial batch at the end: fetched again
    const lastOffset = lastOffsetAt(buf, position);
    if (lastOffset >= next) next = lastOffset + 1;
    position += size;
  }
  return next;
}

export class Fetcher {
  private stopped = false;
  readonly done: Promise<void>;

  constructor(readonly brokerId: number, private readonly ctx: FetchContext) {
    this.done = this.loop();
  }

  stop(): void {
    this.stopped = true;
  }

  private get running(): boolean {
    return !this.stopped && this.ctx.isRunning();
  }

  private ledHere(state: PartitionState): boolean {
    return this.ctx.cluster.metadata.partition(state.topic, state.partition)?.leader === this.brokerId;
  }

  private async loop(): Promise<void> {
    // The previous response's partitions, decoded once the next fetch is on its way.
    let pending: PendingDecode[] = [];
    while (this.running) {
      try {
        const states = this.ctx.subscriptions.assigned().filter((s) => this.ledHere(s));
        const resets = states.filter((s) => s.pendingReset !== undefined && !s.paused);
        if (resets.length > 0) await this.resetPositions(resets);
        const fetchable = states.filter((s) => s.isFetchable);
        if (fetchable.length === 0) {
          pending = await this.decodeAll(pending);
          await this.ctx.changed(this.ctx.config.maxWaitTimeMs);
          continue;
        }
        await this.ctx.buffer.waitForSpace();
        if (!this.running) break;
        const fetched = this.fetch(fetchable);
        // Nothing else may reject unobserved while the decode below runs.
        fetched.catch(() => undefined);
        if (pending.length > 0) {
          await afterPendingIo();
          pending = await this.decodeAll(pending);
        }
        pending = await fetched;
      } catch (err) {
        // Their positions already moved past them: deliver them before anything else happens.
        pending = await this.decodeAll(pending);
        if (!this.running) break;
        this.ctx.logger.debug({ brokerId: this.brokerId, err: messageOf(err) }, 'fetch failed');
        if (needsMetadataRefresh(err)) await this.ctx.cluster.refreshMetadata().catch(() => undefined);
        await sleep(this.ctx.config.retryBackoffMs);
      }
    }
  }

  /** Decodes every pending partition; never throws (a failure puts that partition's position back). */
  private async decodeAll(pending: readonly PendingDecode[]): Promise<PendingDecode[]> {
    for (const p of pending) {
      try {
        await this.decode(p);
      } catch (err) {
        // Fetched again from where these bytes started, rather than skipped.
        if (p.state.seekEpoch === p.epoch && p.state.fetchPosition === p.nextPosition) p.state.fetchPosition = p.fetchOffset;
        this.ctx.logger.warn({ topic: p.state.topic, partition: p.state.partition, err: messageOf(err) }, 'could not decode fetched records; fetching them again');
      }
    }
    return [];
  }

  private async resetPositions(states: PartitionState[]): Promise<void> {
    const queries = states.map((s) => {
      const target = s.pendingReset!;
      const timestamp = target.kind === 'earliest' ? earliestTimestamp : target.kind === 'latest' ? latestTimestamp : target.timestampMs;
      return { topic: s.topic, partition: s.partition, timestamp, state: s, epoch: s.seekEpoch };
    });
    const results = await listOffsets(this.ctx.cluster, queries, this.ctx.config.isolationLevel);
    for (const r of results) {
      const q = queries.find((x) => x.topic === r.topic && x.partition === r.partition)!;
      if (q.state.seekEpoch !== q.epoch) continue; // seeked meanwhile: the newer request wins
      if (r.offset >= 0) {
        q.state.seek(r.offset);
        continue;
      }
      // No record at or after the timestamp: Kafka's offsetsForTimes gives null; start at the end.
      q.state.requestReset({ kind: 'latest' });
    }
  }

  /** One Fetch; returns the partitions whose records are left to decode (positions already moved). */
  private async fetch(states: PartitionState[]): Promise<PendingDecode[]> {
    const { config } = this.ctx;
    const requested = new Map<string, { state: PartitionState; fetchOffset: number; epoch: number }>();
    const topics = new Map<string, samsa.v1.FetchRequest.IFetchPartition[]>();
    for (const s of states) {
      const fetchOffset = s.fetchPosition!;
      requested.set(`${s.topic}\0${s.partition}`, { state: s, fetchOffset, epoch: s.seekEpoch });
      const list = topics.get(s.topic) ?? [];
      const currentLeaderEpoch = this.ctx.cluster.metadata.partition(s.topic, s.partition)?.leaderEpoch ?? -1;
      list.push({ partition: s.partition, currentLeaderEpoch, fetchOffset, logStartOffset: -1, partitionMaxBytes: config.maxBytesPerPartition });
      topics.set(s.topic, list);
    }
    const request: samsa.v1.IFetchRequest = {
      replicaId: -1,
      maxWaitMs: config.maxWaitTimeMs,
      minBytes: config.minBytes,
      maxBytes: config.maxBytes,
      isolationLevel: config.isolationLevel,
      topics: [...topics].map(([name, partitions]) => ({ name, partitions })),
    };
    const timeoutMs = (this.ctx.cluster.options.requestTimeoutMs ?? 30_000) + config.maxWaitTimeMs;
    const response = await this.ctx.cluster.sendToBroker<samsa.v1.IFetchResponse>(this.brokerId, ApiKey.Fetch, request, { timeoutMs });
    if (response.errorCode) throw protocolError(response.errorCode, `${errorName(response.errorCode)}: fetch from broker ${this.brokerId}`);
    let refresh = false;
    const pending: PendingDecode[] = [];
    for (const t of response.topics ?? []) {
      for (const p of t.partitions ?? []) {
        const entry = requested.get(`${t.name ?? ''}\0${p.partition ?? 0}`);
        if (!entry || entry.state.seekEpoch !== entry.epoch || !this.running) continue;
        refresh = (await this.onPartitionData(entry.state, entry.fetchOffset, p, pending)) || refresh;
      }
    }
    if (refresh) await this.ctx.cluster.refreshMetadata().catch(() => undefined);
    return pending;
  }

  /**
   * Handles one partition's result: errors at once; records by moving the position past them and
   * adding them to `pending` (or, when their headers look wrong, decoding them now). Returns
   * whether metadata should be refreshed.
   */
  private async onPartitionData(state: PartitionState, fetchOffset: number, p: samsa.v1.FetchResponse.IPartitionData, pending: PendingDecode[]): Promise<boolean> {
    const code = p.errorCode ?? 0;
    if (code === ErrorCode.OFFSET_OUT_OF_RANGE) {
      const target = this.ctx.subscriptions.resetTargetForOutOfRange();
      if (target) {
        this.ctx.logger.info({ topic: state.topic, partition: state.partition, fetchOffset }, 'offset out of range, resetting');
        state.requestReset(target);
      } else {
        state.paused = true; // stop fetching it until the application seeks
        this.ctx.buffer.push({ kind: 'error', error: new SamsaOffsetOutOfRange(state.topic, state.partition, fetchOffset) });
      }
      return false;
    }
    if (code !== 0) {
      const err = protocolError(code);
      this.ctx.logger.debug({ topic: state.topic, partition: state.partition, error: errorName(code) }, 'fetch partition error');
      if (!err.retriable) this.ctx.buffer.push({ kind: 'error', error: err });
      return err.refreshMetadata;
    }
    state.highWatermark = int64(p.highWatermark, state.highWatermark);
    state.logStartOffset = int64(p.logStartOffset, state.logStartOffset);
    const bytes = p.records;
    if (!bytes || bytes.length === 0 || state.fetchPosition !== fetchOffset) return false;
    const buf = asBuffer(bytes);
    const decode: PendingDecode = { state, epoch: state.seekEpoch, fetchOffset, nextPosition: fetchOffset, buf, aborted: abortedOf(p) };
    const nextPosition = positionAfterBatches(buf, fetchOffset);
    if (nextPosition === undefined) {
      await this.decode(decode);
      return false;
    }
    state.fetchPosition = nextPosition;
    decode.nextPosition = nextPosition;
    pending.push(decode);
    return false;
  }

  /** Decodes fetched records into the prefetch buffer; stops the partition at a corrupt batch. */
  private async decode(p: PendingDecode): Promise<void> {
    const { state, epoch, fetchOffset, buf } = p;
    const { batches, corrupt } = await decodeFetched(buf, fetchOffset, { topic: state.topic, partition: state.partition });
    const committed = this.ctx.config.isolationLevel === IsolationLevel.ReadCommitted ? withoutAbortedRecords(batches, p.aborted) : batches;
    const decoded = recordsFromPosition(committed, fetchOffset);
    // Positions not moved ahead from the headers (they looked wrong) move by what was decoded.
    const moved = p.nextPosition > fetchOffset;
    if (state.seekEpoch !== epoch || !this.running || state.fetchPosition !== (moved ? p.nextPosition : fetchOffset)) return;
    const nextPosition = corrupt === undefined && moved ? p.nextPosition : decoded.nextPosition;
    state.fetchPosition = nextPosition;
    // Pushed even with no records (markers, aborted data): the position must move past them.
    if (nextPosition > fetchOffset) {
      this.ctx.buffer.push({ kind: 'records', state, seekEpoch: epoch, records: decoded.records, nextPosition, highWatermark: state.highWatermark, sizeBytes: buf.length });
    }
    if (corrupt !== undefined) {
      // Never skip it: stop fetching the partition (until a seek) and fail the application,
      // naming the offset. Not a pause, which would drop the good records delivered above.
      state.fetchPosition = undefined;
      this.ctx.logger.error({ topic: state.topic, partition: state.partition, offset: corrupt.offset, err: messageOf(corrupt.cause) }, 'corrupt record batch');
      this.ctx.buffer.push({ kind: 'error', error: new SamsaCorruptRecord(state.topic, state.partition, corrupt.offset, corrupt.cause) });
    }
  }
}

function abortedOf(p: samsa.v1.FetchResponse.IPartitionData): AbortedTransaction[] {
  return (p.abortedTransactions ?? []).map((a) => ({ producerId: int64(a.producerId), firstOffset: int64(a.firstOffset) }));
}
