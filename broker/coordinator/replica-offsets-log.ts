/**
 * OffsetsLog over the replica manager: the broker's real `__consumer_offsets`. An append is one
 * uncompressed record batch written as leader with acks=-1 (Kafka's GroupMetadataManager
 * appendForGroup); a replay reads this broker's own log, which as the partition's leader is the
 * source of truth. Append errors surface as the partition's raw error code: the manager maps
 * them to what a member can act on (COORDINATOR_NOT_AVAILABLE, NOT_COORDINATOR, ...), and the
 * mapping differs between group records and offset commits. A TxnOffsetCommit's batch carries the
 * transactional bit and its producer's id and epoch, so that the partition's producer state and
 * its markers treat it as part of the transaction (Kafka's appendForGroup with a producer id).
 */

import type { Clock } from '../clock';
import { ControlRecordType } from '../../proto/control-records';
import { ErrorCode, SamsaProtocolError } from '../../proto/errors';
import { decodeRecordBatches, encodeRecordBatchUncompressed } from '../../proto/record-batch';
import { AppendOrigin } from '../log/log-validator';
import type { ProduceEntry, ProducePartitionResult } from '../cluster/replica-data-plane';
import type { PartitionLog } from '../cluster/partition';
import { type OffsetsLog, type OffsetsLogEntry, type OffsetsLogRecord, type TransactionalProducer } from './offsets-log';
import { offsetsTopicName } from './offsets-topic';

/** Bytes read per step of a replay (Kafka's offsets.load.buffer.size default). */
export const offsetsLoadBufferBytes = 5 * 1024 * 1024;

/** What the offsets log needs from the replica manager. */
export interface OffsetsReplicaAccess {
  appendRecords(opts: { timeoutMs: number; requiredAcks: number; entries: readonly ProduceEntry[]; origin?: AppendOrigin }): Promise<ProducePartitionResult[]>;
  getPartition(topic: string, partition: number): { readonly isLeader: boolean; readonly log: Pick<PartitionLog, 'read' | 'logStartOffset' | 'logEndOffset'> } | undefined;
}

export interface ReplicaOffsetsLogOptions {
  replicas: OffsetsReplicaAccess;
  /** offsets.commit.timeout.ms: how long the acks=-1 append may wait for the ISR. */
  commitTimeoutMs: number;
  /** Timestamps of the records it writes. */
  clock: Pick<Clock, 'nowMs'>;
  /** The internal topic it writes; __consumer_offsets unless given (__transaction_state uses the same contract). */
  topic?: string;
}

export class ReplicaOffsetsLog implements OffsetsLog {
  private readonly topic: string;

  constructor(private readonly opts: ReplicaOffsetsLogOptions) {
    this.topic = opts.topic ?? offsetsTopicName;
  }

  async append(partition: number, records: OffsetsLogRecord[]): Promise<number> {
    if (records.length === 0) return -1;
    // One batch per append: the records of one commit (or one group) become visible together.
    const batch = encodeRecordBatchUncompressed(records.map((r) => ({ key: r.key, value: r.value })), { nowMs: this.opts.clock.nowMs() });
    return this.appendBatch(partition, batch, AppendOrigin.Client);
  }

  async appendTransactional(partition: number, records: OffsetsLogRecord[], producer: TransactionalProducer): Promise<number> {
    if (records.length === 0) return -1;
    const batch = encodeRecordBatchUncompressed(records.map((r) => ({ key: r.key, value: r.value })), {
      nowMs: this.opts.clock.nowMs(), producerId: producer.producerId, producerEpoch: producer.producerEpoch, isTransactional: true,
    });
    return this.appendBatch(partition, batch, AppendOrigin.Coordinator);
  }

  private async appendBatch(partition: number, batch: Buffer, origin: AppendOrigin): Promise<number> {
    const results = await this.opts.replicas.appendRecords({
      timeoutMs: this.opts.commitTimeoutMs,
      requiredAcks: -1,
      entries: [{ topic: this.topic, partition, records: batch }],
      origin,
    });
    const result = results[0];
    if (result === undefined) throw new SamsaProtocolError(ErrorCode.UNKNOWN_SERVER_ERROR, 'no append result');
    if (result.errorCode !== ErrorCode.NONE) throw new SamsaProtocolError(result.errorCode, result.errorMessage);
    return result.baseOffset;
  }

  /**
   * Replays from the log start to the log end offset as of the start of the replay. Kafka 2.x
   * loads up to the log end too: a new leader's high watermark may still lag records that the
   * previous leader acknowledged (it advances once followers fetch), and as leader this log is
   * never truncated below its end, so every record up to there is or will be committed.
   */
  async *readAll(partition: number): AsyncIterable<OffsetsLogEntry> {
    const local = this.opts.replicas.getPartition(this.topic, partition);
    if (local === undefined || !local.isLeader) throw new SamsaProtocolError(ErrorCode.NOT_LEADER_OR_FOLLOWER, `not the leader of ${this.topic}-${partition}`);
    const log = local.log;
    const endOffset = log.logEndOffset;
    let next = log.logStartOffset;
    while (next < endOffset) {
      const read = await log.read({ startOffset: next, maxBytes: offsetsLoadBufferBytes, maxOffset: endOffset, minOneBatch: true });
      const before = next;
      for (const batch of await decodeRecordBatches(read.records)) {
        if (batch.isControl) {
          // Control records of other types (none exist yet) are skipped, as Kafka's consumer skips them.
          if (batch.controlType === ControlRecordType.Commit || batch.controlType === ControlRecordType.Abort) {
            yield { key: null, value: null, offset: batch.baseOffset, marker: { producerId: batch.producerId, committed: batch.controlType === ControlRecordType.Commit } };
          }
        }
        const transactionalProducerId = batch.isTransactional ? batch.producerId : undefined;
        for (const record of batch.records) yield { key: record.key, value: record.value, offset: record.offset, transactionalProducerId };
        next = batch.lastOffset + 1;
      }
      if (next <= before) break; // nothing below endOffset left to read (e.g. truncated meanwhile)
    }
  }
}
