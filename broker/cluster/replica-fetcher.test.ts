import pino from 'pino';
import { ErrorCode, errorCodeOf } from '../../proto/errors';
import type { FetchRequest, FetchResponse } from '../api/fetch';
import type { ListOffsetsResponse } from '../api/list-offsets';
import type { OffsetForLeaderEpochRequest, OffsetForLeaderEpochResponse } from '../api/offset-for-leader-epoch';
import { encodeRecordBatchUncompressed } from '../../proto/record-batch';
import type { LeaderRpc } from './leader-rpc';
import { Partition, type PartitionLeadership } from './partition';
import { ReplicaFetcher } from './replica-fetcher';
import { FakeLog } from '../../test/support/cluster-fakes';
import { systemClock } from '../clock';

const t0 = 1_000_000;

function fetchResponse(partition: Omit<FetchResponse['topics'][number]['partitions'][number], 'lastStableOffset'>): FetchResponse {
  return { throttleTimeMs: 0, errorCode: 0, topics: [{ name: 't', partitions: [{ ...partition, lastStableOffset: -1 }] }] };
}

/** A leader served in memory: what the broker's Fetch and OffsetForLeaderEpoch handlers do, minus the network. */
function inMemoryRpc(leader: Partition, followerId: number): LeaderRpc & { fetches: number } {
  const rpc = {
    fetches: 0,
    async fetch(body: FetchRequest): Promise<FetchResponse> {
      rpc.fetches++;
      const p = body.topics[0]!.partitions[0]!;
      try {
        const read = await leader.readRecords({ replicaId: followerId, fetchOffset: p.fetchOffset, currentLeaderEpoch: p.currentLeaderEpoch, maxBytes: 1 << 20, minOneBatch: true });
        leader.updateFollowerFetchState(followerId, p.fetchOffset, p.logStartOffset, t0);
        // Without new data, act like a long poll that expired quickly.
        if (read.records.length === 0) await new Promise((r) => setTimeout(r, 5));
        return fetchResponse({ partition: 0, errorCode: 0, highWatermark: leader.highWatermark, logStartOffset: read.logStartOffset, records: read.records });
      } catch (err) {
        return fetchResponse({ partition: 0, errorCode: errorCodeOf(err)?.code ?? -1, highWatermark: 0, logStartOffset: -1, records: Buffer.alloc(0) });
      }
    },
    async offsetForLeaderEpoch(body: OffsetForLeaderEpochRequest): Promise<OffsetForLeaderEpochResponse> {
      const p = body.topics[0]!.partitions[0]!;
      const found = leader.lastOffsetForLeaderEpoch(p.currentLeaderEpoch, p.leaderEpoch);
      return { topics: [{ topic: 't', partitions: [{ partition: 0, errorCode: 0, leaderEpoch: found.leaderEpoch, endOffset: found.endOffset }] }] };
    },
    async listOffsets(): Promise<ListOffsetsResponse> {
      return { topics: [{ name: 't', partitions: [{ partition: 0, errorCode: ErrorCode.NONE, timestamp: -1, offset: leader.logEndOffset, leaderEpoch: -1 }] }] };
    },
    close(): void {},
  };
  return rpc;
}

async function append(p: Partition, count: number): Promise<void> {
  const records = encodeRecordBatchUncompressed(Array.from({ length: count }, (_, i) => ({ value: `v${i}` })), { nowMs: 1 });
  await p.appendRecordsToLeader(records, 1, t0);
}

async function until(predicate: () => boolean): Promise<void> {
  for (let i = 0; i < 400 && !predicate(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(predicate()).toBe(true);
}

function fetcherFor(leader: Partition, follower: Partition) {
  const rpc = inMemoryRpc(leader, 2);
  const fetcher = new ReplicaFetcher({ brokerId: 1, host: 'leader', port: 1 }, {
    localBrokerId: 2, fetchWaitMaxMs: 10, fetchMinBytes: 1, fetchMaxBytes: 1 << 20, fetchResponseMaxBytes: 1 << 20, fetchBackoffMs: 20, socketTimeoutMs: 1_000,
  }, { rpcFactory: () => rpc, lookup: () => follower, logger: pino({ level: 'silent' }), clock: systemClock });
  return { fetcher, rpc };
}

describe('ReplicaFetcher', () => {
  const leaderState: PartitionLeadership = { controllerEpoch: 1, leader: 1, leaderEpoch: 1, isr: [1, 2], zkVersion: 0, replicas: [1, 2] };

  it('copies the leader batches verbatim, takes min(leader HW, own LEO) and lets the leader HW advance', async () => {
    const leaderLog = new FakeLog();
    const leader = new Partition('t', 0, leaderLog, { localBrokerId: 1, replicaLagTimeMaxMs: 30_000, clock: { nowMs: () => t0 } });
    leader.makeLeader(leaderState, t0);
    await append(leader, 3);
    await append(leader, 2);
    const followerLog = new FakeLog();
    const follower = new Partition('t', 0, followerLog, { localBrokerId: 2, replicaLagTimeMaxMs: 30_000, clock: systemClock });
    follower.makeFollower(leaderState);
    const { fetcher } = fetcherFor(leader, follower);
    fetcher.addPartitions([{ topic: 't', partition: 0, leaderEpoch: 1 }]);
    fetcher.start();
    try {
      await until(() => followerLog.logEndOffset === 5 && leader.highWatermark === 5 && followerLog.highWatermark === 5);
      const leaderBytes = await leaderLog.read({ startOffset: 0, maxBytes: 1 << 20, maxOffset: 5, minOneBatch: true });
      const followerBytes = await followerLog.read({ startOffset: 0, maxBytes: 1 << 20, maxOffset: 5, minOneBatch: true });
      expect(followerBytes.records.equals(leaderBytes.records)).toBe(true);
      expect(followerLog.epochs).toEqual([{ epoch: 1, startOffset: 0 }]);
    } finally {
      await fetcher.shutdown();
    }
  });

  it('truncates a divergent tail to the leader epoch boundary before fetching (KIP-101)', async () => {
    // Both wrote offsets 0-1 in epoch 1; the old leader (now follower) also wrote 2-3 in epoch 1,
    // while the new leader took over in epoch 2 at offset 2 and wrote 2-4.
    const followerLog = new FakeLog();
    const follower = new Partition('t', 0, followerLog, { localBrokerId: 2, replicaLagTimeMaxMs: 30_000, clock: systemClock });
    follower.makeLeader({ ...leaderState, leader: 2, isr: [2] }, t0);
    await append(follower, 2);
    await append(follower, 2);
    const leaderLog = new FakeLog();
    const leader = new Partition('t', 0, leaderLog, { localBrokerId: 1, replicaLagTimeMaxMs: 30_000, clock: { nowMs: () => t0 } });
    leader.makeLeader({ ...leaderState, isr: [1] }, t0);
    await append(leader, 2);
    const epoch2 = { ...leaderState, leaderEpoch: 2, isr: [1] };
    leader.makeLeader(epoch2, t0);
    await append(leader, 3);
    follower.makeFollower(epoch2);
    const { fetcher } = fetcherFor(leader, follower);
    fetcher.addPartitions([{ topic: 't', partition: 0, leaderEpoch: 2 }]);
    fetcher.start();
    try {
      await until(() => followerLog.logEndOffset === 5);
      expect(followerLog.batchRanges).toEqual(leaderLog.batchRanges);
      expect(followerLog.epochs).toEqual([{ epoch: 1, startOffset: 0 }, { epoch: 2, startOffset: 2 }]);
    } finally {
      await fetcher.shutdown();
    }
  });

  it('backs off on a fenced epoch and stops touching a removed partition', async () => {
    const leader = new Partition('t', 0, new FakeLog(), { localBrokerId: 1, replicaLagTimeMaxMs: 30_000, clock: systemClock });
    leader.makeLeader({ ...leaderState, leaderEpoch: 3 }, t0);
    await append(leader, 1);
    const followerLog = new FakeLog();
    const follower = new Partition('t', 0, followerLog, { localBrokerId: 2, replicaLagTimeMaxMs: 30_000, clock: systemClock });
    // The follower believes in epoch 4, newer than the leader knows: UNKNOWN_LEADER_EPOCH, back off.
    follower.makeFollower({ ...leaderState, leaderEpoch: 4 });
    const { fetcher } = fetcherFor(leader, follower);
    fetcher.addPartitions([{ topic: 't', partition: 0, leaderEpoch: 4 }]);
    fetcher.start();
    try {
      await new Promise((r) => setTimeout(r, 60));
      expect(followerLog.logEndOffset).toBe(0);
      await fetcher.removePartitions(['t-0']);
      expect(fetcher.partitionCount).toBe(0);
    } finally {
      await fetcher.shutdown();
    }
  });
});

describe('ReplicaFetcher with many partitions from one leader', () => {
  const epoch = { controllerEpoch: 1, leader: 1, leaderEpoch: 1, isr: [1, 2], zkVersion: 0, replicas: [1, 2] };

  /** A follower log whose appends wait for `release`, recording when each starts. */
  class GatedLog extends FakeLog {
    static started: number[] = [];
    static release: () => void = () => undefined;
    static gate = new Promise<void>((resolve) => (GatedLog.release = resolve));
    constructor(readonly id: number) {
      super();
    }
    override async appendAsFollower(records: Buffer) {
      GatedLog.started.push(this.id);
      await GatedLog.gate;
      return super.appendAsFollower(records);
    }
  }

  it("writes a response's partitions side by side, not each after the previous one's write", async () => {
    const batch = encodeRecordBatchUncompressed([{ value: 'v' }], { nowMs: 1 });
    const followers = [0, 1, 2].map((p) => {
      const follower = new Partition('t', p, new GatedLog(p), { localBrokerId: 2, replicaLagTimeMaxMs: 30_000, clock: systemClock });
      follower.makeFollower(epoch);
      return follower;
    });
    let answered = false;
    const rpc: LeaderRpc = {
      async fetch(body: FetchRequest): Promise<FetchResponse> {
        if (answered) {
          await new Promise((r) => setTimeout(r, 5));
          return { throttleTimeMs: 0, errorCode: 0, topics: [] };
        }
        answered = true;
        const partitions = body.topics[0]!.partitions.map((p) => ({ partition: p.partition, errorCode: 0, highWatermark: 1, lastStableOffset: -1, logStartOffset: 0, records: batch }));
        return { throttleTimeMs: 0, errorCode: 0, topics: [{ name: 't', partitions }] };
      },
      offsetForLeaderEpoch: () => Promise.reject(new Error('not used: empty logs fall back to the high watermark')),
      listOffsets: () => Promise.reject(new Error('not used')),
      close(): void {},
    };
    const fetcher = new ReplicaFetcher({ brokerId: 1, host: 'leader', port: 1 }, {
      localBrokerId: 2, fetchWaitMaxMs: 10, fetchMinBytes: 1, fetchMaxBytes: 1 << 20, fetchResponseMaxBytes: 1 << 20, fetchBackoffMs: 20, socketTimeoutMs: 1_000,
    }, { rpcFactory: () => rpc, lookup: (_t, p) => followers[p], logger: pino({ level: 'silent' }), clock: systemClock });
    fetcher.addPartitions([0, 1, 2].map((partition) => ({ topic: 't', partition, leaderEpoch: 1 })));
    fetcher.start();
    try {
      // All three writes are under way while none of them has finished.
      await until(() => GatedLog.started.length === 3);
      expect([...GatedLog.started].sort()).toEqual([0, 1, 2]);
      GatedLog.release();
      await until(() => followers.every((f) => f.log.logEndOffset === 1));
    } finally {
      GatedLog.release();
      await fetcher.shutdown();
    }
  });
});
