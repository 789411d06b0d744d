/**
 * The coordinator's view of `__consumer_offsets`: append as leader with acks=-1 and replay a
 * partition from its log start to its high watermark. The broker implements it over the replica
 * manager (ReplicaOffsetsLog); test/support/offsets-log-fakes.ts has an in-memory one for unit tests.
 */

export interface OffsetsLogRecord {
  key: Buffer;
  value: Buffer | null;
}

/** The producer a TxnOffsetCommit writes for (KIP-98): its offsets are part of its transaction. */
export interface TransactionalProducer {
  producerId: number;
  producerEpoch: number;
}

/**
 * One entry of a replay: a record, or a transaction marker. A record written by a TxnOffsetCommit
 * names its producer, and counts only once that producer's commit marker follows it (Kafka's
 * doLoadGroupsAndOffsets).
 */
export interface OffsetsLogEntry {
  key: Buffer | null;
  value: Buffer | null;
  offset: number;
  /** Set for a record of a transactional batch: the transaction's producer id. */
  transactionalProducerId?: number;
  /** Set for a transaction marker (key and value are then null): whose transaction, and its outcome. */
  marker?: { producerId: number; committed: boolean };
}

export interface OffsetsLog {
  /** Appends records (key/value pairs) to __consumer_offsets partition `partition` as leader with
   *  acks=-1; resolves with the offset of the first once acknowledged, rejects with SamsaProtocolError. */
  append(partition: number, records: OffsetsLogRecord[]): Promise<number>;
  /** As append, as one transactional batch of `producer` (no sequence; the broker writes it for the
   *  producer, Kafka's AppendOrigin.Coordinator), for TxnOffsetCommit. */
  appendTransactional(partition: number, records: OffsetsLogRecord[], producer: TransactionalProducer): Promise<number>;
  /** Reads the partition from its log start to its high watermark, batch by batch, records decoded. */
  readAll(partition: number): AsyncIterable<OffsetsLogEntry>;
}
