import { writeInt64 } from '../../proto/batch-header';
import { encodeEndTxnMarkerBatch } from '../../proto/control-records';
import { decodeRecordBatches } from '../../proto/record-batch';
import { AppendOrigin } from '../log/log-validator';
import { ErrorCode, SamsaProtocolError } from '../../proto/errors';
import type { ProduceEntry, ProducePartitionResult } from '../cluster/replica-data-plane';
import { offsetsTopicName } from './offsets-topic';
import { type OffsetsReplicaAccess, ReplicaOffsetsLog } from './replica-offsets-log';
import { systemClock } from '../clock';

/** A leader partition whose log keeps every appended batch, offsets assigned as a leader would. */
class FakeReplicas implements OffsetsReplicaAccess {
  readonly appends: { timeoutMs: number; requiredAcks: number; entries: readonly ProduceEntry[]; origin?: AppendOrigin }[] = [];
  readonly batches: { baseOffset: number; lastOffset: number; bytes: Buffer }[] = [];
  nextError: number = ErrorCode.NONE;
  leader = true;
  private endOffset = 0;

  async appendRecords(opts: { timeoutMs: number; requiredAcks: number; entries: readonly ProduceEntry[]; origin?: AppendOrigin }): Promise<ProducePartitionResult[]> {
    this.appends.push(opts);
    return opts.entries.map((e) => {
      const errorCode = this.nextError;
      const baseOffset = errorCode === ErrorCode.NONE ? this.endOffset : -1;
      if (errorCode === ErrorCode.NONE) {
        const count = e.records.readInt32BE(57);
        const bytes = Buffer.from(e.records);
        writeInt64(bytes, 0, this.endOffset);
        this.batches.push({ baseOffset: this.endOffset, lastOffset: this.endOffset + count - 1, bytes });
        this.endOffset += count;
      }
      return { topic: e.topic, partition: e.partition, errorCode, errorMessage: '', baseOffset, logAppendTimeMs: -1, logStartOffset: 0, leaderEpoch: 0 };
    });
  }

  getPartition(topic: string, partition: number): ReturnType<OffsetsReplicaAccess['getPartition']> {
    if (topic !== offsetsTopicName || partition !== 4) return undefined;
    const batches = this.batches;
    const endOffset = this.endOffset;
    return {
      isLeader: this.leader,
      log: {
        logStartOffset: 0,
        logEndOffset: endOffset,
        // One batch per read, so that the replay has to loop.
        read: async (opts: { startOffset: number; maxOffset: number }) => {
          const batch = batches.find((b) => b.baseOffset >= opts.startOffset && b.lastOffset < opts.maxOffset);
          return { records: batch?.bytes ?? Buffer.alloc(0), logStartOffset: 0, logEndOffset: endOffset };
        },
      },
    };
  }
}

async function readAll(log: ReplicaOffsetsLog, partition: number): Promise<{ key: string | null; value: string | null; offset: number }[]> {
  const out: { key: string | null; value: string | null; offset: number }[] = [];
  for await (const r of log.readAll(partition)) out.push({ key: r.key?.toString() ?? null, value: r.value?.toString() ?? null, offset: r.offset });
  return out;
}

describe('ReplicaOffsetsLog', () => {
  it('appends one batch per call to __consumer_offsets as leader with acks=-1 and offsets.commit.timeout.ms', async () => {
    const replicas = new FakeReplicas();
    const log = new ReplicaOffsetsLog({ replicas, commitTimeoutMs: 1234, clock: { nowMs: () => 1_000 } });
    await log.append(4, [{ key: Buffer.from('k1'), value: Buffer.from('v1') }, { key: Buffer.from('k2'), value: null }]);
    expect(replicas.appends).toHaveLength(1);
    expect(replicas.appends[0]).toMatchObject({ timeoutMs: 1234, requiredAcks: -1 });
    expect(replicas.appends[0]!.entries.map((e) => [e.topic, e.partition])).toEqual([[offsetsTopicName, 4]]);
    expect(replicas.batches).toHaveLength(1);
  });

  it('rejects with the partition error code so that the manager can map it', async () => {
    const replicas = new FakeReplicas();
    replicas.nextError = ErrorCode.NOT_ENOUGH_REPLICAS;
    const log = new ReplicaOffsetsLog({ replicas, commitTimeoutMs: 5000, clock: systemClock });
    const failure = await log.append(4, [{ key: Buffer.from('k'), value: Buffer.from('v') }]).catch((err: unknown) => err);
    expect(failure).toBeInstanceOf(SamsaProtocolError);
    expect((failure as SamsaProtocolError).code).toBe(ErrorCode.NOT_ENOUGH_REPLICAS);
  });

  it('replays every record from the log start to the log end, tombstones included', async () => {
    const replicas = new FakeReplicas();
    const log = new ReplicaOffsetsLog({ replicas, commitTimeoutMs: 5000, clock: systemClock });
    await log.append(4, [{ key: Buffer.from('a'), value: Buffer.from('1') }, { key: Buffer.from('b'), value: Buffer.from('2') }]);
    await log.append(4, [{ key: Buffer.from('a'), value: null }]);
    expect(await readAll(log, 4)).toEqual([
      { key: 'a', value: '1', offset: 0 },
      { key: 'b', value: '2', offset: 1 },
      { key: 'a', value: null, offset: 2 },
    ]);
  });

  it('a transactional append is one batch with the producer\'s id and epoch, no sequence, written as the coordinator; it resolves with its offset', async () => {
    const replicas = new FakeReplicas();
    const log = new ReplicaOffsetsLog({ replicas, commitTimeoutMs: 5000, clock: systemClock });
    expect(await log.append(4, [{ key: Buffer.from('a'), value: Buffer.from('1') }])).toBe(0);
    expect(await log.appendTransactional(4, [{ key: Buffer.from('b'), value: Buffer.from('2') }, { key: Buffer.from('c'), value: Buffer.from('3') }], { producerId: 4000, producerEpoch: 3 })).toBe(1);
    expect(replicas.appends.map((a) => a.origin)).toEqual([AppendOrigin.Client, AppendOrigin.Coordinator]);
    const [batch] = await decodeRecordBatches(replicas.batches[1]!.bytes);
    expect(batch).toMatchObject({ isTransactional: true, isControl: false, producerId: 4000, producerEpoch: 3, baseSequence: -1 });
  });

  it('replays a transactional record with its producer and a marker as a marker', async () => {
    const replicas = new FakeReplicas();
    const log = new ReplicaOffsetsLog({ replicas, commitTimeoutMs: 5000, clock: systemClock });
    await log.appendTransactional(4, [{ key: Buffer.from('b'), value: Buffer.from('2') }], { producerId: 4000, producerEpoch: 3 });
    // The partition leader writes the marker (WriteTxnMarkers); here it goes through the same fake log.
    await replicas.appendRecords({ timeoutMs: 1, requiredAcks: -1, entries: [{ topic: offsetsTopicName, partition: 4, records: encodeEndTxnMarkerBatch({ producerId: 4000, producerEpoch: 3, coordinatorEpoch: 1, committed: false, nowMs: 1 }) }] });
    const entries = [];
    for await (const e of log.readAll(4)) entries.push(e);
    expect(entries).toEqual([
      { key: Buffer.from('b'), value: Buffer.from('2'), offset: 0, transactionalProducerId: 4000 },
      { key: null, value: null, offset: 1, marker: { producerId: 4000, committed: false } },
    ]);
  });

  it('refuses to replay a partition this broker does not lead', async () => {
    const replicas = new FakeReplicas();
    replicas.leader = false;
    const log = new ReplicaOffsetsLog({ replicas, commitTimeoutMs: 5000, clock: systemClock });
    await expect(readAll(log, 4)).rejects.toMatchObject({ code: ErrorCode.NOT_LEADER_OR_FOLLOWER });
    await expect(readAll(log, 7)).rejects.toMatchObject({ code: ErrorCode.NOT_LEADER_OR_FOLLOWER });
  });
});
