/**
 * The produce path of the replica manager (Kafka's `ReplicaManager.appendRecords`): per partition,
 * check leadership and append to the leader's log, which validates the batches and assigns
 * offsets (Log.appendAsLeader, log-validator.ts); then, for acks=-1, park a DelayedProduce until
 * the high watermark covers what was written.
 */
import { ErrorCode, errorCodeOf, errorName } from '../../proto/errors';
import { DelayedProduce, type ProducePartitionStatus } from './delayed-produce';
import { type ReplicaAccess } from './replica-access';

/** Bound on how long an acks=-1 produce may be parked, whatever its timeout_ms says. */
export const produceTimeoutMsMax = 5 * 60_000;

export interface ProduceEntry {
  topic: string;
  partition: number;
  records: Buffer;
}

export interface ProducePartitionResult {
  topic: string;
  partition: number;
  errorCode: number;
  errorMessage: string;
  baseOffset: number;
  logAppendTimeMs: number;
  logStartOffset: number;
  leaderEpoch: number;
}

interface LocalAppendResult extends ProducePartitionResult {
  /** Exclusive end of what was written; -1 when nothing was. */
  endOffset: number;
}

function failed(entry: ProduceEntry, errorCode: number, errorMessage: string): LocalAppendResult {
  return {
    topic: entry.topic, partition: entry.partition, errorCode, errorMessage,
    baseOffset: -1, logAppendTimeMs: -1, logStartOffset: -1, leaderEpoch: -1, endOffset: -1,
  };
}

async function appendToLocalLog(access: ReplicaAccess, entry: ProduceEntry, requiredAcks: number): Promise<LocalAppendResult> {
  const partition = access.partitionOrError(entry.topic, entry.partition);
  if (typeof partition === 'number') return failed(entry, partition, `${entry.topic}-${entry.partition}: ${errorName(partition)}`);
  if (!partition.isLeader) {
    return failed(entry, ErrorCode.NOT_LEADER_OR_FOLLOWER, `This broker is not the leader of ${entry.topic}-${entry.partition}`);
  }
  const nowMs = access.nowMs();
  try {
    const info = await partition.appendRecordsToLeader(entry.records, requiredAcks, nowMs);
    access.completeDelayedRequests(entry.topic, entry.partition);
    return {
      topic: entry.topic, partition: entry.partition, errorCode: ErrorCode.NONE, errorMessage: '',
      baseOffset: info.firstOffset, logAppendTimeMs: info.logAppendTimeMs,
      logStartOffset: partition.log.logStartOffset, leaderEpoch: partition.leaderEpoch, endOffset: info.lastOffset + 1,
    };
  } catch (err) {
    const known = errorCodeOf(err);
    if (known !== undefined) return failed(entry, known.code, known.message);
    access.logger.error({ err, topic: entry.topic, partition: entry.partition }, 'append to the local log failed');
    return failed(entry, ErrorCode.UNKNOWN_SERVER_ERROR, `append failed: ${String(err)}`);
  }
}

function strip(r: LocalAppendResult): ProducePartitionResult {
  const { endOffset: _endOffset, ...result } = r;
  return result;
}

/**
 * Appends every entry; answers once each partition either failed, was written (acks 0/1), or was
 * replicated to the ISR / timed out (acks -1). `requiredAcks` must already be -1, 0 or 1.
 */
export async function appendRecords(
  access: ReplicaAccess, opts: { timeoutMs: number; requiredAcks: number; entries: readonly ProduceEntry[] },
): Promise<ProducePartitionResult[]> {
  const local = await Promise.all(opts.entries.map((e) => appendToLocalLog(access, e, opts.requiredAcks)));
  const written = local.some((r) => r.errorCode === ErrorCode.NONE);
  if (opts.requiredAcks !== -1 || !written) return local.map(strip);

  const statuses: ProducePartitionStatus[] = local.map((r) => ({
    topic: r.topic, partition: r.partition, requiredOffset: r.endOffset,
    acksPending: r.errorCode === ErrorCode.NONE, errorCode: r.errorCode, errorMessage: r.errorMessage,
  }));
  const delayMs = Math.min(Math.max(opts.timeoutMs, 0), produceTimeoutMsMax);
  await new Promise<void>((resolve) => {
    const op = new DelayedProduce(delayMs, statuses, (t, p) => access.getPartition(t, p), () => resolve());
    access.producePurgatory.tryCompleteElseWatch(op, op.keys());
  });
  return local.map((r, i) => {
    const status = statuses[i]!;
    if (status.errorCode === ErrorCode.NONE) return strip(r);
    return { ...strip(r), errorCode: status.errorCode, errorMessage: status.errorMessage ?? '' };
  });
}
