/**
 * Issue 8 defect 4 (KAFKA-2729 pattern) against a real ZooKeeper: a leader's ISR write that did
 * not apply, or applied without the leader hearing of it, must not leave the leader and ZooKeeper
 * disagreeing for good. The leader's retries (the isr-update-retry task) must converge to one ISR
 * holding every caught-up replica, with the leader's zkVersion equal to the znode's.
 */
import pino from 'pino';
import { encodeRecordBatchUncompressed } from '../../proto/record-batch';
import { KafkaZkClient } from '../../zk/kafka-zk-client';
import { startTestZooKeeper, type TestZooKeeper } from '../../test/support/test-zookeeper';
import { ZkCode, ZkError } from '../../zk/zk-session';
import { Partition, type IsrWriter, type PartitionLeadership } from './partition';
import { FakeLog } from '../../test/support/cluster-fakes';

const logger = pino({ level: 'silent' });
const lagMs = 10_000;
const t0 = 1_000_000;
/** Bound on the retry rounds the test drives (the broker runs one every isrUpdateRetryIntervalMs). */
const retryRoundsMax = 10;

describe('leader ISR writes converge with ZooKeeper', () => {
  let server: TestZooKeeper;
  let zk: KafkaZkClient;
  let epochZkVersion: number;

  beforeAll(async () => {
    server = await startTestZooKeeper();
    zk = await KafkaZkClient.connect({ connect: server.chroot(), sessionTimeoutMs: 6_000, logger });
    await zk.ensurePersistentPaths();
    ({ epochZkVersion } = await zk.registerControllerAndIncrementControllerEpoch(9));
  }, 90_000);
  afterAll(async () => {
    await zk.close();
    await server.stop();
  });

  async function leaderOf(topic: string, writer: IsrWriter, clock: { now: number }) {
    await zk.createTopic(topic, new Map([[0, [1, 2, 3]]]), {});
    const initial = { leader: 1, leaderEpoch: 3, isr: [1, 2, 3], controllerEpoch: 1 };
    await zk.createPartitionState(topic, 0, initial, epochZkVersion);
    const log = new FakeLog({ minInsyncReplicas: 1 });
    const p = new Partition(topic, 0, log, { localBrokerId: 1, replicaLagTimeMaxMs: lagMs, isrWriter: writer, clock: { nowMs: () => clock.now } });
    const state: PartitionLeadership = { ...initial, zkVersion: 0, replicas: [1, 2, 3] };
    p.makeLeader(state, clock.now);
    const records = encodeRecordBatchUncompressed([{ value: 'a' }, { value: 'b' }], { nowMs: 1 });
    await p.appendRecordsToLeader(records, 1, clock.now);
    return p;
  }

  /** What the broker's background tasks do, `rounds` times: ISR expiration, then ISR update retries. */
  async function runTasks(p: Partition, now: number, rounds = retryRoundsMax): Promise<void> {
    for (let i = 0; i < rounds; i++) {
      await p.maybeShrinkIsr(now);
      await p.maybeRetryIsrUpdate(now);
    }
  }

  it('a shrink that applied although the leader saw an error is found and the ISR re-expanded once the follower caught up', async () => {
    const clock = { now: t0 };
    let loseNextAnswer = false;
    const writer: IsrWriter = async (t, part, state, expected) => {
      const result = await zk.updateLeaderAndIsrAsLeader(t, part, state, expected);
      if (!loseNextAnswer) return result;
      loseNextAnswer = false;
      throw new ZkError(ZkCode.ConnectionLoss, 'CONNECTION_LOSS', 'state');
    };
    const p = await leaderOf('lost-answer', writer, clock);
    p.updateFollowerFetchState(2, 2, 0, clock.now);
    clock.now += lagMs + 1;
    p.updateFollowerFetchState(2, 2, 0, clock.now);
    // Follower 3 fell behind: the shrink reaches ZooKeeper but its answer is lost.
    loseNextAnswer = true;
    expect(await p.maybeShrinkIsr(clock.now)).toBe(false);
    expect((await zk.getPartitionState('lost-answer', 0))?.isr).toEqual([1, 2]);
    // Follower 3 catches up again.
    clock.now += 1;
    p.updateFollowerFetchState(3, 2, 0, clock.now);
    p.updateFollowerFetchState(2, 2, 0, clock.now);
    await runTasks(p, clock.now);
    const stored = await zk.getPartitionState('lost-answer', 0);
    expect(stored?.isr).toEqual([1, 2, 3]);
    expect(p.isr).toEqual([1, 2, 3]);
    expect(p.zkVersion).toBe(stored?.zkVersion);
    expect(p.isrUpdateOutstanding).toBe(false);
  });

  it('a write that lost to its own earlier write (same leader and epoch) adopts the znode and retries', async () => {
    const clock = { now: t0 };
    const writer: IsrWriter = (t, part, state, expected) => zk.updateLeaderAndIsrAsLeader(t, part, state, expected);
    const p = await leaderOf('own-write', writer, clock);
    // This leader's earlier shrink applied, its answer never came, and the controller relayed nothing.
    await zk.zk.setData('/brokers/topics/own-write/partitions/0/state',
      Buffer.from(JSON.stringify({ controller_epoch: 1, leader: 1, version: 1, leader_epoch: 3, isr: [1] })), 0);
    // The leader thinks [1,2,3]; follower 3 lags and is shrunk away: the write meets version 1.
    p.updateFollowerFetchState(2, 2, 0, clock.now);
    clock.now += lagMs + 1;
    p.updateFollowerFetchState(2, 2, 0, clock.now);
    await runTasks(p, clock.now);
    expect(p.isr).toEqual([1, 2]);
    expect((await zk.getPartitionState('own-write', 0))?.isr).toEqual([1, 2]);
    // Follower 3 catches up and joins.
    p.updateFollowerFetchState(3, 2, 0, clock.now);
    await runTasks(p, clock.now);
    const stored = await zk.getPartitionState('own-write', 0);
    expect(stored?.isr).toEqual([1, 2, 3]);
    expect(p.isr).toEqual([1, 2, 3]);
    expect(p.zkVersion).toBe(stored?.zkVersion);
    expect(p.isrChangesFenced).toBe(false);
  });

  it('a write that lost to the controller (newer epoch) stops until the LeaderAndIsr, then converges', async () => {
    const clock = { now: t0 };
    const writer: IsrWriter = (t, part, state, expected) => zk.updateLeaderAndIsrAsLeader(t, part, state, expected);
    const p = await leaderOf('controller-write', writer, clock);
    const controllerState = { leader: 1, leaderEpoch: 4, isr: [1, 2], controllerEpoch: 1, zkVersion: 0 };
    const written = await zk.updatePartitionState('controller-write', 0, controllerState, epochZkVersion);
    if (!written.ok) throw new Error('controller write failed');
    clock.now += lagMs + 1;
    p.updateFollowerFetchState(2, 2, 0, clock.now);
    await runTasks(p, clock.now);
    expect(p.isrChangesFenced).toBe(true);
    expect(p.isrUpdateOutstanding).toBe(true);
    expect((await zk.getPartitionState('controller-write', 0))?.leaderEpoch).toBe(4);
    p.makeLeader({ ...controllerState, zkVersion: written.zkVersion, replicas: [1, 2, 3] }, clock.now);
    p.updateFollowerFetchState(2, 2, 0, clock.now);
    p.updateFollowerFetchState(3, 2, 0, clock.now);
    await runTasks(p, clock.now);
    const stored = await zk.getPartitionState('controller-write', 0);
    expect(stored?.isr).toEqual([1, 2, 3]);
    expect(p.zkVersion).toBe(stored?.zkVersion);
  });

  it('a LeaderAndIsr at the current epoch carrying a newer zkVersion of its own write is adopted', async () => {
    const clock = { now: t0 };
    const writer: IsrWriter = (t, part, state, expected) => zk.updateLeaderAndIsrAsLeader(t, part, state, expected);
    const p = await leaderOf('same-epoch', writer, clock);
    expect(p.maybeAdoptOwnIsrWrite({ leader: 1, leaderEpoch: 3, isr: [1, 2], controllerEpoch: 1, zkVersion: 1, replicas: [1, 2, 3] }, clock.now)).toBe(true);
    expect(p.isr).toEqual([1, 2]);
    expect(p.zkVersion).toBe(1);
    // Not newer, or another leader's: ignored.
    expect(p.maybeAdoptOwnIsrWrite({ leader: 1, leaderEpoch: 3, isr: [1], controllerEpoch: 1, zkVersion: 1, replicas: [1, 2, 3] }, clock.now)).toBe(false);
    expect(p.maybeAdoptOwnIsrWrite({ leader: 2, leaderEpoch: 3, isr: [2], controllerEpoch: 1, zkVersion: 5, replicas: [1, 2, 3] }, clock.now)).toBe(false);
    expect(p.isr).toEqual([1, 2]);
  });
});
