import pino from 'pino';
import { coordinatorLeadershipListener, groupCoordinatorConfigFrom } from './broker-wiring';
import { coordinatorConfig } from '../../test/support/coordinator-fakes';
import { offsetsTopicName } from './offsets-topic';

describe('coordinatorLeadershipListener', () => {
  it('loads offsets partitions this broker leads and unloads those it follows; other topics are ignored', async () => {
    const calls: string[] = [];
    const listener = coordinatorLeadershipListener({
      onElection: async (p) => { calls.push(`elect ${p}`); },
      onResignation: (p) => { calls.push(`resign ${p}`); },
    }, pino({ enabled: false }));
    listener(
      [{ topic: offsetsTopicName, partition: 1 }, { topic: 'orders', partition: 0 }],
      [{ topic: offsetsTopicName, partition: 2 }, { topic: 'orders', partition: 1 }],
    );
    expect(calls).toEqual(['resign 2', 'elect 1']);
  });

  it('logs a failed load instead of letting it escape', async () => {
    const errors: unknown[] = [];
    const logger = pino({ level: 'error' }, { write: (line: string) => errors.push(JSON.parse(line)) });
    const listener = coordinatorLeadershipListener({ onElection: async () => { throw new Error('disk gone'); }, onResignation: () => undefined }, logger);
    listener([{ topic: offsetsTopicName, partition: 0 }], []);
    await new Promise((resolve) => setImmediate(resolve));
    expect(errors).toHaveLength(1);
  });
});

describe('groupCoordinatorConfigFrom', () => {
  const keys = coordinatorConfig({ offsetsTopicNumPartitions: 50 });

  it('takes offsets.topic.num.partitions when the offsets topic does not exist yet', () => {
    expect(groupCoordinatorConfigFrom(keys).offsetsTopicNumPartitions).toBe(50);
  });

  it('prefers the partition count of an existing offsets topic', () => {
    expect(groupCoordinatorConfigFrom(keys, 3).offsetsTopicNumPartitions).toBe(3);
  });
});
