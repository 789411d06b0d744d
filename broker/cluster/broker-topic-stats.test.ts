import { ErrorCode } from '../../proto/errors';
import { BrokerTopicStats } from './broker-topic-stats';

describe('BrokerTopicStats', () => {
  it('counts appends per topic and for all topics', () => {
    const stats = new BrokerTopicStats();
    const orders = stats.topicStats('orders', true);
    stats.markProduceRequest(orders);
    stats.markAppended(orders, 10, 1_000);
    stats.markProduceRequest(stats.topicStats('payments', true));
    expect(orders).toMatchObject({ totalProduceRequests: 1, messagesIn: 10, bytesIn: 1_000 });
    expect(stats.allTopics).toMatchObject({ totalProduceRequests: 2, messagesIn: 10, bytesIn: 1_000 });
  });

  it('counts as failed only what Kafka counts as failed, and bytes refused for their size as rejected', () => {
    const stats = new BrokerTopicStats();
    const t = stats.topicStats('t', true);
    stats.markProduceFailed(t, ErrorCode.NOT_LEADER_OR_FOLLOWER, 100);
    stats.markProduceFailed(t, ErrorCode.RECORD_LIST_TOO_LARGE, 200);
    stats.markProduceFailed(t, ErrorCode.INVALID_RECORD, 300);
    stats.markFetch(t, false, ErrorCode.OFFSET_OUT_OF_RANGE, 0);
    stats.markFetch(t, false, ErrorCode.UNKNOWN_SERVER_ERROR, 0);
    expect(t).toMatchObject({ failedProduceRequests: 1, bytesRejected: 200, totalFetchRequests: 2, failedFetchRequests: 1 });
  });

  it('counts bytes to consumers as bytes out and bytes to followers as replication bytes out', () => {
    const stats = new BrokerTopicStats();
    const t = stats.topicStats('t', true);
    stats.markFetch(t, false, ErrorCode.NONE, 50);
    stats.markFetch(t, true, ErrorCode.NONE, 70);
    expect(t.bytesOut).toBe(50);
    expect(stats.allTopics.bytesOut).toBe(50);
    expect(stats.replicationBytesOut).toBe(70);
  });

  it('gives unknown topics and topics past the bound no series of their own, but counts them in the aggregate', () => {
    const stats = new BrokerTopicStats(2);
    stats.markProduceRequest(stats.topicStats('typo', false));
    for (const name of ['a', 'b', 'c']) stats.markProduceRequest(stats.topicStats(name, true));
    expect([...stats.topics().keys()]).toEqual(['a', 'b']);
    expect(stats.allTopics.totalProduceRequests).toBe(4);
  });

  it('forgets a deleted topic', () => {
    const stats = new BrokerTopicStats();
    stats.markProduceRequest(stats.topicStats('gone', true));
    stats.removeTopic('gone');
    expect(stats.topics().has('gone')).toBe(false);
    expect(stats.topicStats('gone', true).totalProduceRequests).toBe(0);
  });

  it('finds an existing topic\'s counters without allocating', () => {
    const stats = new BrokerTopicStats();
    const first = stats.topicStats('orders', true);
    expect(stats.topicStats('orders', true)).toBe(first);
  });
});
