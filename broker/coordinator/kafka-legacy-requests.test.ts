/**
 * What older Kafka clients bring to the coordinator: JoinGroup v0-v3 members join in one step
 * (no KIP-394 MEMBER_ID_REQUIRED round trip), OffsetCommit v1 carries its own commit timestamp
 * and v2-v4 an explicit retention time.
 */
import { ErrorCode } from '../../proto/errors';
import { commitErrors, CoordinatorHarness } from '../../test/support/coordinator-fakes';

const G = 'legacy';

function commitWith(h: CoordinatorHarness, offset: number, extra: { retentionTimeMs?: number; commitTimestamp?: number }) {
  return h.coordinator.handleCommitOffsets({
    groupId: G, generationId: -1, memberId: '', groupInstanceId: '', retentionTimeMs: extra.retentionTimeMs,
    topics: [{ name: 't', partitions: [{ partition: 0, committedOffset: offset, committedLeaderEpoch: -1, committedMetadata: '', commitTimestamp: extra.commitTimestamp }] }],
  });
}

describe('GroupCoordinator: requests of older Kafka clients', () => {
  test('a JoinGroup that does not require a known member id joins at once with a new id', async () => {
    const h = await CoordinatorHarness.started();
    const response = h.coordinator.handleJoinGroup(
      { groupId: G, memberId: '', sessionTimeoutMs: 10_000, rebalanceTimeoutMs: 30_000, groupInstanceId: '', protocolType: 'consumer', protocols: [{ name: 'range', metadata: Buffer.from('s') }], requireKnownMemberId: false },
      { clientId: 'old-client', clientHost: '/127.0.0.1' },
    );
    await h.timer.advance(3000);
    const joined = await response;
    expect(joined.errorCode).toBe(ErrorCode.NONE);
    expect(joined.memberId).toBe('old-client-uuid1');
    expect(joined.leader).toBe(joined.memberId);
    expect(joined.generationId).toBe(1);
  });

  test('an explicit retention time expires the offsets from their commit time, not after offsets.retention.minutes', async () => {
    const h = await CoordinatorHarness.started({ offsetsRetentionMinutes: 24 * 60 });
    expect(commitErrors(await commitWith(h, 7, { retentionTimeMs: 60_000 }))).toEqual({ 't-0': ErrorCode.NONE });
    const committedAt = h.timer.nowMs();
    expect(await h.coordinator.expireOffsets(committedAt + 59_999)).toBe(0);
    expect(await h.fetchOffsets(G, ['t-0'])).toEqual({ 't-0': 7 });
    expect(await h.coordinator.expireOffsets(committedAt + 60_000)).toBe(1);
    expect(await h.fetchOffsets(G, ['t-0'])).toEqual({ 't-0': -1 });
  });

  test('a retention of -1 leaves expiry to offsets.retention.minutes', async () => {
    const h = await CoordinatorHarness.started({ offsetsRetentionMinutes: 1 });
    await commitWith(h, 7, { retentionTimeMs: -1 });
    expect(await h.coordinator.expireOffsets(h.timer.nowMs() + 59_999)).toBe(0);
    expect(await h.coordinator.expireOffsets(h.timer.nowMs() + 60_000)).toBe(1);
  });

  test('an explicit commit timestamp is the one retention counts from', async () => {
    const h = await CoordinatorHarness.started({ offsetsRetentionMinutes: 1 });
    const old = h.timer.nowMs() - 50_000;
    await commitWith(h, 7, { commitTimestamp: old });
    expect(await h.coordinator.expireOffsets(old + 59_999)).toBe(0);
    expect(await h.coordinator.expireOffsets(old + 60_000)).toBe(1);
  });
});
