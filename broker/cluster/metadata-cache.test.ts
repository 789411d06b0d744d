import { systemClock } from '../clock';
import { ErrorCode } from '../../proto/errors';
import { updateMetadataRequest, type PartialLiveBroker, type PartialUpdateMetadata, type PartialUpdateMetadataState } from '../../test/support/domain-requests';
import { MetadataCache } from './metadata-cache';

function broker(id: number, listeners: Record<string, number>): PartialLiveBroker {
  return { id, rack: '', endpoints: Object.entries(listeners).map(([listener, port]) => ({ listener, host: `b${id}`, port, securityProtocol: 'PLAINTEXT' })) };
}

function ps(topic: string, partition: number, leader: number, extra: PartialUpdateMetadataState = {}) {
  return { topic, partition, controllerEpoch: 1, leader, leaderEpoch: 3, isr: [leader], zkVersion: 0, replicas: [leader], offlineReplicas: [], ...extra };
}

function update(cache: MetadataCache, req: PartialUpdateMetadata): void {
  cache.updateMetadata(updateMetadataRequest({ controllerId: 1, controllerEpoch: 1, brokerEpoch: -1, liveBrokers: [], partitionStates: [], ...req }));
}

describe('MetadataCache', () => {
  it('starts empty and reports no metadata received, no controller', () => {
    const cache = new MetadataCache(1, systemClock);
    expect(cache.metadataReceived()).toBe(false);
    expect(cache.controllerId()).toBe(-1);
    expect(cache.allTopics()).toEqual([]);
  });

  it('replaces live brokers wholesale and upserts partition states', () => {
    const cache = new MetadataCache(1, systemClock);
    update(cache, { liveBrokers: [broker(1, { PLAINTEXT: 9092 }), broker(2, { PLAINTEXT: 9093 })], partitionStates: [ps('a', 0, 1), ps('a', 1, 2)] });
    update(cache, { controllerId: 2, liveBrokers: [broker(2, { PLAINTEXT: 9093 })], partitionStates: [ps('b', 0, 2)] });
    expect(cache.metadataReceived()).toBe(true);
    expect(cache.controllerId()).toBe(2);
    expect(cache.aliveBrokers().map((b) => b.id)).toEqual([2]);
    expect(cache.allTopics()).toEqual(['a', 'b']);
    expect(cache.numPartitions('a')).toBe(2);
    expect(cache.partitionState('a', 1)?.leader).toBe(2);
  });

  it('leader -2 removes the partition, and the topic once it has none left', () => {
    const cache = new MetadataCache(1, systemClock);
    update(cache, { liveBrokers: [broker(1, { PLAINTEXT: 9092 })], partitionStates: [ps('a', 0, 1), ps('a', 1, 1)] });
    const removed = cache.updateMetadata(updateMetadataRequest({ controllerId: 1, liveBrokers: [broker(1, { PLAINTEXT: 9092 })], partitionStates: [ps('a', 0, -2)] }));
    expect(removed).toEqual([{ topic: 'a', partition: 0 }]);
    expect(cache.contains('a')).toBe(true);
    update(cache, { liveBrokers: [broker(1, { PLAINTEXT: 9092 })], partitionStates: [ps('a', 1, -2)] });
    expect(cache.contains('a')).toBe(false);
  });

  it('hasLeaders needs a live leader for every partition', () => {
    const cache = new MetadataCache(1, systemClock);
    update(cache, { liveBrokers: [broker(1, { PLAINTEXT: 9092 })], partitionStates: [ps('a', 0, 1), ps('a', 1, -1)] });
    expect(cache.hasLeaders('a')).toBe(false);
    update(cache, { liveBrokers: [broker(1, { PLAINTEXT: 9092 })], partitionStates: [ps('a', 1, 2)] });
    expect(cache.hasLeaders('a')).toBe(false);
    update(cache, { liveBrokers: [broker(1, { PLAINTEXT: 9092 }), broker(2, { PLAINTEXT: 9093 })] });
    expect(cache.hasLeaders('a')).toBe(true);
    expect(cache.hasLeaders('missing')).toBe(false);
  });

  it('answers endpoints for the listener asked, omitting brokers without it', () => {
    const cache = new MetadataCache(1, systemClock);
    update(cache, { liveBrokers: [broker(1, { INTERNAL: 29092, EXTERNAL: 9092 }), broker(2, { INTERNAL: 29093 })] });
    expect(cache.aliveBrokerNodes('EXTERNAL')).toEqual([{ nodeId: 1, host: 'b1', port: 9092, rack: '' }]);
    expect(cache.aliveBrokerNodes('INTERNAL').map((b) => b.port)).toEqual([29092, 29093]);
    expect(cache.aliveEndpoint(2, 'EXTERNAL')).toBeUndefined();
  });

  it('reports LEADER_NOT_AVAILABLE with leader -1 when the leader is gone or lacks the listener', () => {
    const cache = new MetadataCache(1, systemClock);
    update(cache, {
      liveBrokers: [broker(1, { INTERNAL: 29092, EXTERNAL: 9092 }), broker(2, { INTERNAL: 29093 })],
      partitionStates: [ps('a', 0, 1), ps('a', 1, 2), ps('a', 2, -1), ps('a', 3, 7)],
    });
    const [topic] = cache.topicMetadata(['a', 'unknown'], 'EXTERNAL');
    expect(cache.topicMetadata(['a', 'unknown'], 'EXTERNAL')).toHaveLength(1);
    expect(topic!.partitions.map((p) => [p.partition, p.errorCode, p.leaderId])).toEqual([
      [0, ErrorCode.NONE, 1],
      [1, ErrorCode.LEADER_NOT_AVAILABLE, -1],
      [2, ErrorCode.LEADER_NOT_AVAILABLE, -1],
      [3, ErrorCode.LEADER_NOT_AVAILABLE, -1],
    ]);
    expect(cache.topicMetadata(['a'], 'INTERNAL')[0]!.partitions[1]!.leaderId).toBe(2);
  });

  it('waitFor resolves true once an update satisfies the predicate, false on timeout', async () => {
    const cache = new MetadataCache(1, systemClock);
    const waiting = cache.waitFor(() => cache.contains('a'), 10_000);
    update(cache, { liveBrokers: [broker(1, { PLAINTEXT: 9092 })], partitionStates: [ps('a', 0, 1)] });
    await expect(waiting).resolves.toBe(true);
    await expect(cache.waitFor(() => cache.contains('b'), 5)).resolves.toBe(false);
    await expect(cache.waitFor(() => cache.contains('a'), 0)).resolves.toBe(true);
  });

  it('close answers pending waiters with false', async () => {
    const cache = new MetadataCache(1, systemClock);
    const waiting = cache.waitFor(() => false, 60_000);
    cache.close();
    await expect(waiting).resolves.toBe(false);
  });
});
