/**
 * Authorization of the data-plane APIs (KafkaApis 2.8): Produce, Fetch, ListOffsets,
 * OffsetForLeaderEpoch and Metadata. Each refusal carries Kafka's code and reaches neither the
 * data plane nor ZooKeeper.
 */
import { ApiKey } from '../../../proto/api';
import { ErrorCode } from '../../../proto/errors';
import { encodeRecordBatchUncompressed } from '../../../proto/record-batch';
import type { ProduceRequest } from '../../api/produce';
import type { FetchRequest } from '../../api/fetch';
import { authzHarness } from '../../../test/support/authz-handlers';
import { AclOperation, ResourceType, TableAuthorizer } from '../../../test/support/table-authorizer';

const records = (isTransactional = false, producerId = -1): Buffer =>
  encodeRecordBatchUncompressed([{ key: 'k', value: 'v', timestamp: 1 }], { producerId, producerEpoch: producerId < 0 ? -1 : 0, baseSequence: producerId < 0 ? -1 : 0, isTransactional });

function produce(topics: string[], opts: { transactionalId?: string; isTransactional?: boolean; acks?: number } = {}): ProduceRequest {
  return {
    acks: opts.acks ?? 1, timeoutMs: 1_000, transactionalId: opts.transactionalId ?? '',
    topics: topics.map((name) => ({ name, partitions: [{ partition: 0, records: records(opts.isTransactional === true, opts.isTransactional === true ? 5 : -1) }] })),
  };
}

const codes = (resp: { topics: { name: string; partitions: { errorCode: number }[] }[] }): Record<string, number[]> =>
  Object.fromEntries(resp.topics.map((t) => [t.name, t.partitions.map((p) => p.errorCode)]));

describe('Produce authorization', () => {
  const writer = () => new TableAuthorizer([
    { principal: 'User:alice', operation: AclOperation.WRITE, resourceType: ResourceType.TOPIC, name: 't' },
    { principal: 'User:alice', operation: AclOperation.WRITE, resourceType: ResourceType.TRANSACTIONAL_ID, name: 'tx' },
  ]);

  it('appends to topics with Write and answers TOPIC_AUTHORIZATION_FAILED for the others, existing or not, without appending them', async () => {
    const { call, calls } = authzHarness(writer());
    const resp = await call(ApiKey.Produce, 'alice', produce(['t', 'other', 'no-such-topic']));
    expect(codes(resp)).toEqual({ t: [ErrorCode.NONE], other: [ErrorCode.TOPIC_AUTHORIZATION_FAILED], 'no-such-topic': [ErrorCode.TOPIC_AUTHORIZATION_FAILED] });
    expect(calls.appended.map((e) => e.topic)).toEqual(['t']);
  });

  it('refuses every partition of a transactional request without Write on its transactional id, appending nothing', async () => {
    const { call, calls } = authzHarness(writer());
    for (const transactionalId of ['other-tx', '']) {
      const resp = await call(ApiKey.Produce, 'alice', produce(['t'], { transactionalId, isTransactional: true }));
      expect(codes(resp)).toEqual({ t: [ErrorCode.TRANSACTIONAL_ID_AUTHORIZATION_FAILED] });
    }
    expect(calls.appended).toEqual([]);
    const allowed = await call(ApiKey.Produce, 'alice', produce(['t'], { transactionalId: 'tx', isTransactional: true }));
    expect(codes(allowed)).toEqual({ t: [ErrorCode.NONE] });
  });

  it('finds a transactional batch behind a plain one', async () => {
    const { call, calls } = authzHarness(writer());
    const body = produce(['t'], { transactionalId: 'other-tx' });
    body.topics[0]!.partitions[0]!.records = Buffer.concat([records(), records(true, 5)]);
    expect(codes(await call(ApiKey.Produce, 'alice', body))).toEqual({ t: [ErrorCode.TRANSACTIONAL_ID_AUTHORIZATION_FAILED] });
    expect(calls.appended).toEqual([]);
  });

  it('closes an acks=0 connection whose produce was refused, appending nothing', async () => {
    const { call, calls, closed } = authzHarness(writer());
    expect(await call(ApiKey.Produce, 'bob', produce(['t'], { acks: 0 }))).toBeUndefined();
    expect(closed).toEqual([expect.stringContaining('TOPIC_AUTHORIZATION_FAILED')]);
    expect(calls.appended).toEqual([]);
  });
});

function fetch(replicaId: number, topics: string[]): FetchRequest {
  return {
    replicaId, maxWaitMs: 0, minBytes: 1, maxBytes: 1024, isolationLevel: 0,
    topics: topics.map((name) => ({ name, partitions: [{ partition: 0, fetchOffset: 0, currentLeaderEpoch: -1, logStartOffset: -1, partitionMaxBytes: 1024 }] })),
  };
}

describe('Fetch authorization', () => {
  it('reads only the topics a consumer may Read', async () => {
    const { call, calls } = authzHarness(new TableAuthorizer([{ principal: 'User:alice', operation: AclOperation.READ, resourceType: ResourceType.TOPIC, name: 't' }]));
    const resp = await call(ApiKey.Fetch, 'alice', fetch(-1, ['t', 'other']));
    expect(codes(resp)).toEqual({ t: [ErrorCode.NONE], other: [ErrorCode.TOPIC_AUTHORIZATION_FAILED] });
    expect(calls.fetched).toEqual(['t-0']);
  });

  it('answers a follower without ClusterAction TOPIC_AUTHORIZATION_FAILED everywhere (as Kafka), even with Read on the topic', async () => {
    const authorizer = new TableAuthorizer([{ principal: 'User:alice', operation: AclOperation.READ, resourceType: ResourceType.TOPIC, name: 't' }]);
    const { call, calls } = authzHarness(authorizer);
    expect(codes(await call(ApiKey.Fetch, 'alice', fetch(2, ['t'])))).toEqual({ t: [ErrorCode.TOPIC_AUTHORIZATION_FAILED] });
    expect(calls.fetched).toEqual([]);
    authorizer.allow({ principal: 'User:broker', operation: AclOperation.CLUSTER_ACTION, resourceType: ResourceType.CLUSTER });
    expect(codes(await call(ApiKey.Fetch, 'broker', fetch(2, ['t', 'other'])))).toEqual({ t: [ErrorCode.NONE], other: [ErrorCode.NONE] });
  });
});

describe('ListOffsets and OffsetForLeaderEpoch authorization', () => {
  const describer = () => new TableAuthorizer([
    { principal: 'User:alice', operation: AclOperation.DESCRIBE, resourceType: ResourceType.TOPIC, name: 't' },
    { principal: 'User:broker', operation: AclOperation.CLUSTER_ACTION, resourceType: ResourceType.CLUSTER },
  ]);

  it('ListOffsets needs Describe on each topic', async () => {
    const { call, calls } = authzHarness(describer());
    const topics = ['t', 'other'].map((name) => ({ name, partitions: [{ partition: 0, timestamp: -1, currentLeaderEpoch: -1 }] }));
    const resp = await call(ApiKey.ListOffsets, 'alice', { replicaId: -1, isolationLevel: 0, topics });
    expect(codes(resp)).toEqual({ t: [ErrorCode.NONE], other: [ErrorCode.TOPIC_AUTHORIZATION_FAILED] });
    expect(resp.topics[1]!.partitions[0]).toMatchObject({ offset: -1, timestamp: -1 });
    expect(calls.fetched).toEqual(['t-0']);
  });

  it('OffsetForLeaderEpoch allows every topic with ClusterAction, else needs Describe', async () => {
    const { call, calls } = authzHarness(describer());
    const topics = ['t', 'other'].map((topic) => ({ topic, partitions: [{ partition: 0, currentLeaderEpoch: -1, leaderEpoch: 1 }] }));
    const asConsumer = await call(ApiKey.OffsetForLeaderEpoch, 'alice', { replicaId: -1, topics });
    expect(asConsumer.topics.map((t) => t.partitions.map((p) => p.errorCode))).toEqual([[ErrorCode.NONE], [ErrorCode.TOPIC_AUTHORIZATION_FAILED]]);
    expect(calls.fetched).toEqual(['t-0']);
    const asFollower = await call(ApiKey.OffsetForLeaderEpoch, 'broker', { replicaId: 2, topics });
    expect(asFollower.topics.map((t) => t.partitions.map((p) => p.errorCode))).toEqual([[ErrorCode.NONE], [ErrorCode.NONE]]);
  });
});

describe('Metadata authorization', () => {
  const authorizer = () => new TableAuthorizer([{ principal: 'User:alice', operation: AclOperation.DESCRIBE, resourceType: ResourceType.TOPIC, name: 't' }]);

  it('leaves topics without Describe out of an all-topics answer', async () => {
    const { call } = authzHarness(authorizer());
    const resp = await call(ApiKey.Metadata, 'alice', { topics: [], allTopics: true, allowAutoTopicCreation: false });
    expect(resp.topics.map((t) => [t.name, t.errorCode])).toEqual([['t', ErrorCode.NONE]]);
    const none = await call(ApiKey.Metadata, 'bob', { topics: [], allTopics: true, allowAutoTopicCreation: false });
    expect(none.topics).toEqual([]);
    expect(none.brokers).toHaveLength(1);
  });

  it('answers a named topic without Describe TOPIC_AUTHORIZATION_FAILED whether it exists or not, creating nothing', async () => {
    const { call, calls } = authzHarness(authorizer());
    const resp = await call(ApiKey.Metadata, 'alice', { topics: ['t', 'other', 'missing'], allTopics: false, allowAutoTopicCreation: true });
    expect(resp.topics.map((t) => [t.name, t.errorCode, t.partitions.length])).toEqual([
      ['t', ErrorCode.NONE, 1], ['other', ErrorCode.TOPIC_AUTHORIZATION_FAILED, 0], ['missing', ErrorCode.TOPIC_AUTHORIZATION_FAILED, 0],
    ]);
    expect(calls.zkCreated).toEqual([]);
  });

  it('auto-creates a missing topic only with Create on the cluster or on the topic', async () => {
    const a = authorizer()
      .allow({ principal: 'User:alice', operation: AclOperation.DESCRIBE, resourceType: ResourceType.TOPIC, name: 'new' })
      .allow({ principal: 'User:alice', operation: AclOperation.DESCRIBE, resourceType: ResourceType.TOPIC, name: 'mine' })
      .allow({ principal: 'User:alice', operation: AclOperation.CREATE, resourceType: ResourceType.TOPIC, name: 'mine' });
    const { call, calls } = authzHarness(a);
    const resp = await call(ApiKey.Metadata, 'alice', { topics: ['new', 'mine'], allTopics: false, allowAutoTopicCreation: true });
    expect(resp.topics.map((t) => [t.name, t.errorCode])).toEqual([['new', ErrorCode.TOPIC_AUTHORIZATION_FAILED], ['mine', ErrorCode.LEADER_NOT_AVAILABLE]]);
    expect(calls.zkCreated).toEqual(['mine']);
    a.allow({ principal: 'User:alice', operation: AclOperation.CREATE, resourceType: ResourceType.CLUSTER });
    const again = await call(ApiKey.Metadata, 'alice', { topics: ['new'], allTopics: false, allowAutoTopicCreation: true });
    expect(again.topics.map((t) => [t.name, t.errorCode])).toEqual([['new', ErrorCode.LEADER_NOT_AVAILABLE]]);
    expect(calls.zkCreated).toEqual(['mine', 'new']);
  });
});
