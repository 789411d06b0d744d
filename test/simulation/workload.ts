/**
 * The simulation's clients: create topics through a broker's KafkaZkClient (as CreateTopics does)
 * and produce through the leader's data path (ReplicaManager.appendRecords, what the Produce
 * handler calls) with acks=all or acks=1, sending to whichever broker believes it leads the
 * partition, as a client with stale metadata would. Every acks=all write answered with NONE is
 * recorded: the durability check at the end of the run reads each one back.
 */
import { ErrorCode } from '../../proto/errors';
import { encodeRecordBatchUncompressed } from '../../proto/record-batch';
import type { Prng } from './prng';
import type { SimBroker } from './sim-broker';
import type { SimLoop } from './sim-loop';

export interface AckedRecord { topic: string; partition: number; offset: number; value: Buffer }

export const topicsMax = 3;
export const produceTimeoutMs = 5_000;

export class Workload {
  readonly acked: AckedRecord[] = [];
  private topicsCreated = 0;
  private sequence = 0;
  /** Partitions of the topics asked for (some creations may have failed). */
  private readonly partitions: { topic: string; partition: number }[] = [];

  constructor(private readonly loop: SimLoop, private readonly rng: Prng, private readonly brokers: SimBroker[]) {}

  maybeAct(): void {
    const r = this.rng.next();
    if (r < 0.002 || (this.topicsCreated === 0 && r < 0.05)) this.createTopic();
    else if (r < 0.08) this.produce();
  }

  private createTopic(): void {
    if (this.topicsCreated >= topicsMax) return;
    const via = this.liveBroker();
    if (via === undefined) return;
    const topic = `t${this.topicsCreated++}`;
    const partitionCount = this.rng.int(1, 3);
    const rf = Math.min(3, this.brokers.length);
    const assignment = new Map<number, number[]>();
    for (let p = 0; p < partitionCount; p++) {
      const start = this.rng.int(0, this.brokers.length - 1);
      assignment.set(p, Array.from({ length: rf }, (_, i) => this.brokers[(start + i) % this.brokers.length]!.id));
    }
    this.loop.trace(`create topic ${topic} via b${via.id} ${JSON.stringify([...assignment])}`);
    via.running!.zk.createTopic(topic, assignment, {}).then(
      () => this.loop.trace(`created topic ${topic}`),
      // A lost answer may hide a success; producing to a topic that does not exist finds no leader.
      (err: unknown) => this.loop.trace(`create topic ${topic} failed: ${(err as Error).message}`),
    );
    for (let p = 0; p < partitionCount; p++) this.partitions.push({ topic, partition: p });
  }

  private liveBroker(): SimBroker | undefined {
    const live = this.brokers.filter((b) => b.running !== undefined && b.running.brokerEpoch >= 0);
    return live.length === 0 ? undefined : this.rng.pick(live);
  }

  private produce(): void {
    if (this.partitions.length === 0) return;
    const { topic, partition } = this.rng.pick(this.partitions);
    const leaders = this.brokers.filter((b) => b.running?.replicaManager.getPartition(topic, partition)?.isLeader === true);
    if (leaders.length === 0) return;
    const leader = this.rng.pick(leaders);
    const acks = this.rng.chance(0.7) ? -1 : 1;
    const value = Buffer.from(`v${this.sequence++}`);
    const records = encodeRecordBatchUncompressed([{ value }], { nowMs: this.loop.nowMs });
    this.loop.trace(`produce ${topic}-${partition} acks=${acks} ${value.toString()} to b${leader.id}`);
    leader.running!.replicaManager.dataPlane.appendRecords({ timeoutMs: produceTimeoutMs, requiredAcks: acks, entries: [{ topic, partition, records }] }).then(
      ([result]) => {
        if (result === undefined) return;
        this.loop.trace(`produced ${value.toString()} error ${result.errorCode} offset ${result.baseOffset}`);
        if (result.errorCode === ErrorCode.NONE && acks === -1) this.acked.push({ topic, partition, offset: result.baseOffset, value });
      },
      (err: unknown) => this.loop.trace(`produce ${value.toString()} failed: ${(err as Error).message}`),
    );
  }
}
