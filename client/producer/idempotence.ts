/**
 * Client-side sequence bookkeeping of the idempotent producer (the part of Kafka's
 * TransactionManager that serves idempotence, KIP-98). Pure: no I/O, no clock.
 *
 * Per partition it numbers records from 0: a batch takes its base sequence when it is first
 * drained and keeps it, with its encoded bytes, across every retry, so the broker can spot a
 * retry of a batch it already wrote. At most idempotenceInFlightMax batches per partition are
 * outstanding (the broker remembers the last 5), and a batch is only sent when every earlier
 * batch of its partition is on the wire, so a retry is never overtaken by a later batch.
 *
 * When a sequenced batch fails for good (a fatal error, OUT_OF_ORDER_SEQUENCE_NUMBER as the
 * oldest outstanding batch, or delivery timeout) the partition's sequence has a hole the broker
 * will never fill. Kafka 2.5+ bumps the producer epoch then; here the bump is per partition:
 * once every outstanding batch of the partition has settled, its epoch goes up by one and its
 * sequence restarts at 0, which the broker accepts as an epoch bump (KIP-98: a new producer epoch starts at sequence 0).
 * Other partitions keep their epoch, so their pending retries stay valid.
 *
 * UNKNOWN_PRODUCER_ID for the oldest outstanding batch (every earlier batch acknowledged) means
 * the partition lost this producer's state (retention, producer expiry, an unclean election):
 * nothing is lost, so nothing fails. As Kafka 2.5+ does for that answer (KIP-360, its
 * TransactionManager's startSequencesAtBeginning), once none of the partition's batches is on the
 * wire the epoch goes up and every outstanding batch is renumbered from 0 in its old order, and
 * they are sent again. The same answer to a later batch only says an earlier one has not been
 * written yet: it is retried after that one, as is OUT_OF_ORDER_SEQUENCE_NUMBER.
 */

/** Kafka's limit on max.in.flight.requests.per.connection with idempotence. */
export const idempotenceInFlightMax = 5;
const int32Max = 2_147_483_647;
const int16Max = 32_767;

/** The fields of a producer batch this bookkeeping reads and writes. */
export interface SequencedBatch {
  readonly topic: string;
  readonly partition: number;
  readonly records: readonly unknown[];
  producerId: number;
  producerEpoch: number;
  baseSequence: number;
  /** True while a request carrying the batch awaits its response. */
  sending: boolean;
}

interface PartitionSequence {
  producerEpoch: number;
  nextSequence: number;
  /** Batches with a sequence that have not completed or failed, in sequence order. */
  outstanding: SequencedBatch[];
  /** A batch failed for good: sequences restart once `outstanding` drains. */
  resetPending: boolean;
  /** The broker lost the producer's state: outstanding batches are renumbered once none is on the wire. */
  restartPending: boolean;
}

/** `sequence + count` with the Int32 wrap to 0 (Kafka's DefaultRecordBatch.incrementSequence). */
export function incrementSequence(sequence: number, count: number): number {
  return sequence > int32Max - count ? count - (int32Max - sequence) - 1 : sequence + count;
}

export class IdempotenceState {
  private readonly partitions = new Map<string, PartitionSequence>();

  /**
   * `transactional`: the epoch belongs to the transaction coordinator, so it never goes up here.
   * A batch that would restart or reset a partition's sequence fails instead and the partition
   * takes no further batch: the transaction is abortable, and after its abort the producer gets
   * a bumped epoch from the coordinator (KIP-360) and a fresh state. A partition whose local
   * epoch ran ahead of the coordinator's would have its transaction markers refused.
   */
  constructor(readonly producerId: number, readonly producerEpoch: number, private readonly opts: { transactional?: boolean } = {}) {
    if (producerId < 0) throw new RangeError(`invalid producer id ${producerId}`);
  }

  private state(topic: string, partition: number): PartitionSequence {
    const key = `${topic}\0${partition}`;
    let s = this.partitions.get(key);
    if (s === undefined) {
      s = { producerEpoch: this.producerEpoch, nextSequence: 0, outstanding: [], resetPending: false, restartPending: false };
      this.partitions.set(key, s);
    }
    return s;
  }

  /** Whether the partition can take another batch now (below the in-flight bound, no reset or restart pending). */
  canDrain(topic: string, partition: number): boolean {
    const s = this.state(topic, partition);
    return !s.resetPending && !s.restartPending && s.outstanding.length < idempotenceInFlightMax;
  }

  /** Gives a batch its producer id, epoch and base sequence, once: retries keep them. */
  assignSequence(batch: SequencedBatch): void {
    if (batch.baseSequence >= 0) return;
    const s = this.state(batch.topic, batch.partition);
    if (!this.canDrain(batch.topic, batch.partition)) {
      throw new Error(`invariant: ${batch.topic}-${batch.partition} cannot take another batch`);
    }
    batch.producerId = this.producerId;
    batch.producerEpoch = s.producerEpoch;
    batch.baseSequence = s.nextSequence;
    s.nextSequence = incrementSequence(s.nextSequence, batch.records.length);
    s.outstanding.push(batch);
  }

  /** A batch may go out only when every earlier batch of its partition is on the wire, and no renumbering is pending. */
  canSend(batch: SequencedBatch): boolean {
    const s = this.state(batch.topic, batch.partition);
    if (s.restartPending) return false;
    for (const b of s.outstanding) {
      if (b === batch) return true;
      if (!b.sending) return false;
    }
    return false;
  }

  /** A batch waiting to be sent on a partition whose sequence must restart: it fails too. */
  mustAbandon(batch: SequencedBatch): boolean {
    const s = this.state(batch.topic, batch.partition);
    return s.resetPending && !batch.sending && s.outstanding.includes(batch);
  }

  /** The oldest outstanding batch of its partition: an OUT_OF_ORDER answer to it is final. */
  isOldestOutstanding(batch: SequencedBatch): boolean {
    return this.state(batch.topic, batch.partition).outstanding[0] === batch;
  }

  /**
   * UNKNOWN_PRODUCER_ID for the partition's oldest outstanding batch: the broker lost the
   * producer's state. Returns false when a failure already restarts the partition (the batch then
   * fails as its partition's other held batches do).
   */
  requestRestart(batch: SequencedBatch): boolean {
    const s = this.state(batch.topic, batch.partition);
    if (this.opts.transactional === true || s.resetPending || !s.outstanding.includes(batch)) return false;
    s.restartPending = true;
    return true;
  }

  /**
   * Once none of the partition's outstanding batches is on the wire, moves a pending restart to
   * the next epoch and renumbers them from 0 in sequence order. Returns the renumbered batches:
   * their encoded bytes carry the old numbers.
   */
  maybeRestartSequence(topic: string, partition: number): SequencedBatch[] {
    const s = this.state(topic, partition);
    if (!s.restartPending || s.outstanding.some((b) => b.sending)) return [];
    s.restartPending = false;
    if (s.resetPending) return [];
    this.bumpEpoch(s);
    for (const b of s.outstanding) {
      b.producerEpoch = s.producerEpoch;
      b.baseSequence = s.nextSequence;
      s.nextSequence = incrementSequence(s.nextSequence, b.records.length);
    }
    return [...s.outstanding];
  }

  onCompleted(batch: SequencedBatch): void {
    this.remove(batch);
  }

  /** A sequenced batch failed for good: the partition's sequence restarts once it settles. */
  onFailed(batch: SequencedBatch): void {
    if (batch.baseSequence < 0) return;
    const s = this.state(batch.topic, batch.partition);
    if (!s.outstanding.includes(batch)) return;
    s.resetPending = true;
    this.remove(batch);
  }

  /** Outstanding batches of the partition that are not on the wire (waiting to be sent or retried). */
  heldBatches(topic: string, partition: number): SequencedBatch[] {
    return this.state(topic, partition).outstanding.filter((b) => !b.sending);
  }

  /** The epoch and next sequence a new batch of the partition would get. */
  peek(topic: string, partition: number): { producerEpoch: number; nextSequence: number; outstanding: number } {
    const s = this.state(topic, partition);
    return { producerEpoch: s.producerEpoch, nextSequence: s.nextSequence, outstanding: s.outstanding.length };
  }

  private remove(batch: SequencedBatch): PartitionSequence | undefined {
    if (batch.baseSequence < 0) return undefined;
    const s = this.state(batch.topic, batch.partition);
    const i = s.outstanding.indexOf(batch);
    if (i < 0) return undefined;
    s.outstanding.splice(i, 1);
    this.maybeResetSequence(s);
    return s;
  }

  private maybeResetSequence(s: PartitionSequence): void {
    if (!s.resetPending || s.outstanding.length > 0 || this.opts.transactional === true) return;
    this.bumpEpoch(s);
    s.resetPending = false;
    s.restartPending = false;
  }

  private bumpEpoch(s: PartitionSequence): void {
    if (s.producerEpoch >= int16Max) throw new Error(`producer ${this.producerId} ran out of epochs on one partition`);
    s.producerEpoch += 1;
    s.nextSequence = 0;
  }
}
