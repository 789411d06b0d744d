/**
 * The coordinator's view of `__consumer_offsets`: append as leader with acks=-1 and replay a
 * partition from its log start to its high watermark. The broker implements it over the replica
 * manager (ReplicaOffsetsLog); test/support/offsets-log-fakes.ts has an in-memory one for unit tests.
 */

export interface OffsetsLogRecord {
  key: Buffer;
  value: Buffer | null;
}

export interface OffsetsLog {
  /** Appends records (key/value pairs) to __consumer_offsets partition `partition` as leader with
   *  acks=-1; resolves when acknowledged, rejects with SamsaProtocolError on failure. */
  append(partition: number, records: OffsetsLogRecord[]): Promise<void>;
  /** Reads the partition from its log start to its high watermark, batch by batch, records decoded. */
  readAll(partition: number): AsyncIterable<{ key: Buffer | null; value: Buffer | null; offset: number }>;
}
