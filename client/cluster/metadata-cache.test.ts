import { MetadataCache } from './metadata-cache';
import { ErrorCode } from '../../proto/errors';

const brokers = [
  { nodeId: 1, host: 'a', port: 9092 },
  { nodeId: 2, host: 'b', port: 9092 },
];

function response(leaderId: number, leaderEpoch: number, topic = 't') {
  return {
    brokers,
    clusterId: 'c',
    controllerId: 1,
    topics: [{ name: topic, errorCode: 0, partitions: [{ partition: 0, leaderId, leaderEpoch, replicaNodes: [1, 2], isrNodes: [1, 2] }] }],
  };
}

describe('MetadataCache', () => {
  it('records brokers, controller and partition leaders', () => {
    const cache = new MetadataCache();
    cache.update(response(2, 5), 1000);
    expect(cache.controllerId).toBe(1);
    expect(cache.leaderFor('t', 0)).toEqual({ nodeId: 2, host: 'b', port: 9092, rack: null });
    expect(cache.hasLeaders('t')).toBe(true);
  });

  it('keeps the newer leader when a response carries an older leader epoch', () => {
    const cache = new MetadataCache();
    cache.update(response(2, 5), 1000);
    cache.update(response(1, 4), 2000);
    expect(cache.partition('t', 0)?.leader).toBe(2);
    expect(cache.partition('t', 0)?.leaderEpoch).toBe(5);
  });

  it('accepts a response with the same or a newer leader epoch', () => {
    const cache = new MetadataCache();
    cache.update(response(2, 5), 1000);
    cache.update(response(1, 6), 2000);
    expect(cache.partition('t', 0)?.leader).toBe(1);
    cache.update(response(2, 6), 3000);
    expect(cache.partition('t', 0)?.leader).toBe(2);
  });

  it('drops a topic the broker reports unknown, and topics missing from a full response', () => {
    const cache = new MetadataCache();
    cache.update(response(1, 1, 'x'), 0);
    cache.update(response(1, 1, 'y'), 0);
    cache.update({ brokers, topics: [{ name: 'x', errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION }] }, 0);
    expect(cache.topic('x')).toBeUndefined();
    expect(cache.topic('y')).toBeDefined();
    cache.update(response(1, 1, 'z'), 0, true);
    expect(cache.topic('y')).toBeUndefined();
  });

  it('is stale once metadataMaxAgeMs has passed', () => {
    const cache = new MetadataCache();
    expect(cache.isStale(0, 1000)).toBe(true);
    cache.update(response(1, 1), 5000);
    expect(cache.isStale(5999, 1000)).toBe(false);
    expect(cache.isStale(6000, 1000)).toBe(true);
  });
});
