/**
 * An in-memory `__consumer_offsets` for coordinator unit tests, following the OffsetsLog contract
 * (acks=-1 append, replay from log start to the high watermark).
 */
import { ErrorCode, SamsaProtocolError } from '../../proto/errors';
import type { OffsetsLog, OffsetsLogEntry, OffsetsLogRecord, TransactionalProducer } from '../../broker/coordinator/offsets-log';

/**
 * Keeps every partition as an array of entries, one offset each. Failures can be injected per
 * partition (`failNextAppend`) and appends can be held until released (`holdAppends`), so tests
 * can observe the coordinator between an append and its acknowledgement. `writeMarker` stands in
 * for a partition leader writing a transaction marker (WriteTxnMarkers).
 */
export class InMemoryOffsetsLog implements OffsetsLog {
  private readonly partitions = new Map<number, OffsetsLogEntry[]>();
  private readonly failures = new Map<number, number>();
  private held: (() => void)[] | null = null;

  append(partition: number, records: OffsetsLogRecord[]): Promise<number> {
    return this.appendEntries(partition, records, undefined);
  }

  appendTransactional(partition: number, records: OffsetsLogRecord[], producer: TransactionalProducer): Promise<number> {
    return this.appendEntries(partition, records, producer.producerId);
  }

  async *readAll(partition: number): AsyncIterable<OffsetsLogEntry> {
    // A snapshot: appends during a replay land after the high watermark the replay read up to.
    for (const r of [...this.records(partition)]) yield r;
  }

  /** A commit or abort marker of `producerId`'s transaction, as a partition leader writes it. */
  writeMarker(partition: number, producerId: number, committed: boolean): number {
    const log = this.records(partition);
    log.push({ key: null, value: null, offset: log.length, marker: { producerId, committed } });
    return log.length - 1;
  }

  /** The next append to `partition` fails with `code`. */
  failNextAppend(partition: number, code: number = ErrorCode.NOT_ENOUGH_REPLICAS): void {
    this.failures.set(partition, code);
  }

  /** Parks every append from now on until releaseAppends(). */
  holdAppends(): void {
    this.held ??= [];
  }

  releaseAppends(): void {
    const waiting = this.held ?? [];
    this.held = null;
    for (const resume of waiting) resume();
  }

  recordCount(partition: number): number {
    return this.records(partition).length;
  }

  private async appendEntries(partition: number, records: OffsetsLogRecord[], transactionalProducerId: number | undefined): Promise<number> {
    if (this.held !== null) await new Promise<void>((resolve) => this.held?.push(resolve));
    const failure = this.failures.get(partition);
    if (failure !== undefined) {
      this.failures.delete(partition);
      throw new SamsaProtocolError(failure);
    }
    const log = this.records(partition);
    const baseOffset = log.length;
    for (const r of records) {
      const entry: OffsetsLogEntry = { key: Buffer.from(r.key), value: r.value === null ? null : Buffer.from(r.value), offset: log.length };
      if (transactionalProducerId !== undefined) entry.transactionalProducerId = transactionalProducerId;
      log.push(entry);
    }
    return baseOffset;
  }

  private records(partition: number): OffsetsLogEntry[] {
    let log = this.partitions.get(partition);
    if (log === undefined) this.partitions.set(partition, (log = []));
    return log;
  }
}
