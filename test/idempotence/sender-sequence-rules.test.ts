/**
 * The producer's Sender with idempotence against a partition that applies the broker's real
 * sequence rules (broker/log/producer-state.ts): a cross-layer test, so it lives here rather than
 * beside either side.
 */
import { BatchField } from '../../proto/batch-header';
import { type samsa } from '../../proto/generated/samsa';
import { decodeRecordBatchesUncompressed } from '../../proto/record-batch';
import { ErrorCode } from '../../proto/errors';
import { ProducerStateManager, producerBatchesOf } from '../../broker/log/producer-state';
import { type Cluster } from '../../client/cluster/cluster';
import { type RecordAccumulator, SendHandle } from '../../client/producer/accumulator';
import { oneBrokerCluster, senderFor, settings } from '../support/producer-fakes';

/**
 * A broker partition that applies the real leader sequence rules (broker/log/producer-state.ts)
 * to every batch: `refuse` answers a request with an error before the batch reaches the log, as
 * a broker that is not the leader yet does.
 */
class SequencedPartitionLog {
  readonly state = new ProducerStateManager();
  readonly written: Array<{ epoch: number; seq: number; value: string }> = [];

  append(records: Buffer): samsa.v1.ProduceResponse.IPartitionResponse {
    const [info] = producerBatchesOf(records);
    try {
      const duplicate = this.state.checkLeaderAppend([info!]);
      if (duplicate !== undefined) return { errorCode: 0, baseOffset: duplicate.firstOffset };
    } catch (err) {
      return { errorCode: (err as { code: number }).code, errorMessage: (err as Error).message };
    }
    const baseOffset = this.written.length;
    for (const [i, r] of decodeRecordBatchesUncompressed(records)[0]!.records.entries()) {
      this.written.push({ epoch: info!.producerEpoch, seq: info!.baseSequence + i, value: String(r.value) });
    }
    this.state.onBatchAppended(info!, baseOffset, baseOffset + info!.lastOffsetDelta);
    return { errorCode: 0, baseOffset };
  }
}

/** A cluster whose one broker leads every partition; `answer` may refuse a request (call numbers from 1). */
function brokerCluster(answer: (call: number) => number = () => 0): { cluster: Cluster; logs: Map<number, SequencedPartitionLog>; order: Array<[number, number]> } {
  const logs = new Map<number, SequencedPartitionLog>();
  const order: Array<[number, number]> = [];
  let calls = 0;
  const cluster = oneBrokerCluster((body) => {
    const refusal = answer(++calls);
    const partitions = body.topics![0]!.partitions!.map((p) => {
      const records = p.records as Buffer;
      order.push([p.partition!, records.readInt32BE(BatchField.baseSequence)]);
      if (refusal !== 0) return { partition: p.partition, errorCode: refusal };
      const log = logs.get(p.partition!) ?? new SequencedPartitionLog();
      logs.set(p.partition!, log);
      return { partition: p.partition, logStartOffset: 0, ...log.append(records) };
    });
    return Promise.resolve({ topics: [{ name: 't', partitions }] });
  });
  return { cluster, logs, order };
}

function sendTo(accumulator: RecordAccumulator, partition: number, value: string): Promise<unknown> {
  const handle = new SendHandle();
  accumulator.append('t', partition, settings, { key: null, value }, handle, Date.now());
  handle.seal();
  return handle.promise;
}

describe('Sender with idempotence against the broker sequence rules', () => {
  it('hands requests to the connection in the order they were formed, however many batches each encodes', async () => {
    const { cluster, logs, order } = brokerCluster();
    const { sender, accumulator } = senderFor(cluster);
    // One drain: request 1 carries p0 seq 0 and p1 seq 0 (two encodes), request 2 p0 seq 1 (one).
    const sends = [sendTo(accumulator, 0, 'a'), sendTo(accumulator, 1, 'b'), sendTo(accumulator, 0, 'c')];
    sender.wakeup();
    await Promise.all(sends);
    expect(order).toEqual([[0, 0], [1, 0], [0, 1]]);
    expect(logs.get(0)!.written.map((r) => r.value)).toEqual(['a', 'c']);
    sender.stop();
  });

  it('retries a batch refused before the log after its predecessor, never writing it first (new partition, first request refused)', async () => {
    // The first request (p0 seq 0) meets a broker that is not the leader yet; the next ones are taken.
    const { cluster, logs } = brokerCluster((call) => (call === 1 ? ErrorCode.NOT_LEADER_OR_FOLLOWER : 0));
    const { sender, accumulator } = senderFor(cluster);
    const values = ['a', 'b', 'c', 'd', 'e'];
    const sends = values.map((v) => sendTo(accumulator, 0, v));
    sender.wakeup();
    await expect(Promise.all(sends)).resolves.toHaveLength(values.length);
    expect(logs.get(0)!.written).toEqual(values.map((value, seq) => ({ epoch: 0, seq, value })));
    sender.stop();
  });

  it('restarts the sequence under a new epoch, failing nothing, when the partition lost the producer state', async () => {
    const { cluster, logs } = brokerCluster();
    const { sender, accumulator } = senderFor(cluster);
    const partition = 0;
    await Promise.all([sendTo(accumulator, partition, 'a'), sendTo(accumulator, partition, 'b')].map((p) => (sender.wakeup(), p)));
    logs.get(partition)!.state.truncateBefore(2); // retention removed the producer's batches
    const later = ['c', 'd', 'e'].map((v) => sendTo(accumulator, partition, v));
    sender.wakeup();
    await expect(Promise.all(later)).resolves.toHaveLength(3);
    expect(logs.get(partition)!.written).toEqual([
      { epoch: 0, seq: 0, value: 'a' }, { epoch: 0, seq: 1, value: 'b' },
      { epoch: 1, seq: 0, value: 'c' }, { epoch: 1, seq: 1, value: 'd' }, { epoch: 1, seq: 2, value: 'e' },
    ]);
    sender.stop();
  });
});
