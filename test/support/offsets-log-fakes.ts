/**
 * An in-memory `__consumer_offsets` for coordinator unit tests, following the OffsetsLog contract
 * (acks=-1 append, replay from log start to the high watermark).
 */
import { ErrorCode, SamsaProtocolError } from '../../proto/errors';
import type { OffsetsLog, OffsetsLogRecord } from '../../broker/coordinator/offsets-log';

/**
 * Keeps every partition as an array of records. Failures can be injected per partition
 * (`failNextAppend`) and appends can be held until released (`holdAppends`), so tests can
 * observe the coordinator between an append and its acknowledgement.
 */
export class InMemoryOffsetsLog implements OffsetsLog {
  private readonly partitions = new Map<number, { key: Buffer; value: Buffer | null; offset: number }[]>();
  private readonly failures = new Map<number, number>();
  private held: (() => void)[] | null = null;

  async append(partition: number, records: OffsetsLogRecord[]): Promise<void> {
    if (this.held !== null) await new Promise<void>((resolve) => this.held?.push(resolve));
    const failure = this.failures.get(partition);
    if (failure !== undefined) {
      this.failures.delete(partition);
      throw new SamsaProtocolError(failure);
    }
    const log = this.records(partition);
    for (const r of records) log.push({ key: Buffer.from(r.key), value: r.value === null ? null : Buffer.from(r.value), offset: log.length });
  }

  async *readAll(partition: number): AsyncIterable<{ key: Buffer | null; value: Buffer | null; offset: number }> {
    // A snapshot: appends during a replay land after the high watermark the replay read up to.
    for (const r of [...this.records(partition)]) yield r;
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

  private records(partition: number): { key: Buffer; value: Buffer | null; offset: number }[] {
    let log = this.partitions.get(partition);
    if (log === undefined) this.partitions.set(partition, (log = []));
    return log;
  }
}
