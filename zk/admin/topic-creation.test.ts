import { ErrorCode } from '../../proto/errors';
import { type TopicCreationContext, type TopicCreationSpec, planTopicCreation, topicPartitionsMax } from './topic-creation';

const ctx = (over: Partial<TopicCreationContext> = {}): TopicCreationContext => ({
  existingTopics: ['orders', 'a.b'],
  liveBrokerIds: [1, 2, 3],
  numPartitionsDefault: 2,
  replicationFactorDefault: 3,
  configProblem: (configs) => (configs['retention.ms'] === 'x' ? 'Invalid value x for configuration retention.ms' : undefined),
  ...over,
});
const spec = (over: Partial<TopicCreationSpec> = {}): TopicCreationSpec => ({
  name: 't', numPartitions: -1, replicationFactor: -1, assignments: [], configs: {}, ...over,
});
const errorOf = (plan: ReturnType<typeof planTopicCreation>): number => (plan.ok ? ErrorCode.NONE : plan.errorCode);

describe('planTopicCreation', () => {
  it('uses the broker defaults for -1 and spreads replicas over the live brokers', () => {
    const plan = planTopicCreation(spec(), ctx());
    if (!plan.ok) throw new Error(plan.errorMessage);
    expect([plan.numPartitions, plan.replicationFactor]).toEqual([2, 3]);
    for (const replicas of plan.assignment.values()) expect([...replicas].sort()).toEqual([1, 2, 3]);
  });

  it('refuses a bad name, an existing or colliding topic and bad configs, in that order', () => {
    expect(errorOf(planTopicCreation(spec({ name: 'bad/name' }), ctx()))).toBe(ErrorCode.INVALID_TOPIC_EXCEPTION);
    expect(errorOf(planTopicCreation(spec({ name: 'orders', configs: { 'retention.ms': 'x' } }), ctx()))).toBe(ErrorCode.TOPIC_ALREADY_EXISTS);
    expect(planTopicCreation(spec({ name: 'a_b' }), ctx())).toEqual({ ok: false, errorCode: ErrorCode.INVALID_TOPIC_EXCEPTION, errorMessage: "Topic 'a_b' collides with existing topic: a.b" });
    expect(errorOf(planTopicCreation(spec({ configs: { 'retention.ms': 'x' } }), ctx()))).toBe(ErrorCode.INVALID_CONFIG);
  });

  it('refuses counts it cannot satisfy', () => {
    expect(errorOf(planTopicCreation(spec({ replicationFactor: 4 }), ctx()))).toBe(ErrorCode.INVALID_REPLICATION_FACTOR);
    expect(errorOf(planTopicCreation(spec({ numPartitions: topicPartitionsMax + 1 }), ctx()))).toBe(ErrorCode.INVALID_PARTITIONS);
  });

  it('takes an explicit assignment only alone, consecutive, without duplicates, on live brokers', () => {
    const explicit = [{ partition: 0, brokerIds: [1, 2] }, { partition: 1, brokerIds: [2, 3] }];
    const plan = planTopicCreation(spec({ assignments: explicit }), ctx());
    expect(plan).toEqual({ ok: true, assignment: new Map([[0, [1, 2]], [1, [2, 3]]]), numPartitions: 2, replicationFactor: 2 });
    expect(errorOf(planTopicCreation(spec({ assignments: explicit, numPartitions: 2 }), ctx()))).toBe(ErrorCode.INVALID_REQUEST);
    expect(errorOf(planTopicCreation(spec({ assignments: [{ partition: 1, brokerIds: [1] }] }), ctx()))).toBe(ErrorCode.INVALID_REPLICA_ASSIGNMENT);
    expect(errorOf(planTopicCreation(spec({ assignments: [{ partition: 0, brokerIds: [1, 1] }] }), ctx()))).toBe(ErrorCode.INVALID_REPLICA_ASSIGNMENT);
    expect(errorOf(planTopicCreation(spec({ assignments: [{ partition: 0, brokerIds: [9] }] }), ctx()))).toBe(ErrorCode.INVALID_REPLICA_ASSIGNMENT);
  });
});
