/**
 * The authorization codes on Kafka's wire protocol: KafkaJS on the KAFKA listener, as each
 * matrix principal (matrix-cluster.ts; KafkaJS's socketFactory binds the principal's host),
 * gets Kafka's error for each refusal (the handlers are the protobuf listener's; the Kafka
 * codecs must carry their codes) and nothing it was refused changes.
 */
import net from 'node:net';
import { Kafka, logLevel, type ISocketFactory, type LogEntry } from 'kafkajs';
import type { TestCluster } from '../fixtures/cluster';
import { hosts, principals, startMatrixCluster, type Principal } from './matrix-cluster';

const requestTimeoutMs = 10_000;

interface KafkaAs {
  kafka: Kafka;
  /**
   * The codes FindCoordinator answered: KafkaJS turns a refused FindCoordinator into
   * KafkaJSGroupCoordinatorNotFound and keeps the broker's code only in its debug log.
   */
  coordinatorErrors: string[];
}

/** The error type KafkaJS reports ('allowed' when the call succeeds). */
async function outcome(client: KafkaAs, call: () => Promise<unknown>): Promise<string> {
  client.coordinatorErrors.length = 0;
  try {
    await call();
    return 'allowed';
  } catch (err) {
    // KafkaJS wraps the broker's error (its type is Kafka's error name) in a cause or an aggregate.
    const e = err as { name?: string; type?: string; cause?: { type?: string }; errors?: Array<{ type?: string }> };
    if (e.name === 'KafkaJSGroupCoordinatorNotFound' && client.coordinatorErrors.length > 0) return client.coordinatorErrors[0]!;
    return e.type ?? e.cause?.type ?? e.errors?.[0]?.type ?? String(err);
  }
}

function kafkaAs(cluster: TestCluster, principal: Principal): KafkaAs {
  const coordinatorErrors: string[] = [];
  const socketFactory: ISocketFactory = ({ host, port, onConnect }) => net.connect({ host, port, localAddress: hosts[principal] }, onConnect);
  const logCreator = () => ({ log }: LogEntry): void => {
    const error = (log as { error?: { type?: string } }).error;
    if (log.message === 'Tried to find group coordinator' && error?.type !== undefined) coordinatorErrors.push(error.type);
  };
  const kafka = new Kafka({
    clientId: `authz-${principal}`, brokers: cluster.kafkaBootstrap.split(','), socketFactory, logLevel: logLevel.DEBUG, logCreator,
    retry: { retries: 0 }, requestTimeout: requestTimeoutMs,
  });
  return { kafka, coordinatorErrors };
}

describe('authorization on the Kafka listener (KafkaJS)', () => {
  let cluster: TestCluster;

  beforeAll(async () => {
    cluster = await startMatrixCluster('authz-kafka-listener');
  }, 120_000);

  afterAll(async () => {
    await cluster?.stop();
  });

  /** t's log end offset and g's committed offset for t-0, read as the super user. */
  async function state(): Promise<{ end: string; committed: string; topics: string[] }> {
    const admin = kafkaAs(cluster, 'super').kafka.admin();
    await admin.connect();
    try {
      const [offsets] = await admin.fetchTopicOffsets('t');
      const [committed] = await admin.fetchOffsets({ groupId: 'g', topics: ['t'] });
      return { end: offsets!.high, committed: committed!.partitions[0]!.offset, topics: (await admin.listTopics()).sort() };
    } finally {
      await admin.disconnect();
    }
  }

  it('answers Kafka\'s codes to each principal and a refused request changes nothing', async () => {
    const expected: Record<Principal, Record<string, string>> = {
      super: { produce: 'allowed', offsets: 'allowed', commit: 'allowed', createTopics: 'allowed' },
      producer: { produce: 'allowed', offsets: 'allowed', commit: 'GROUP_AUTHORIZATION_FAILED', createTopics: 'TOPIC_AUTHORIZATION_FAILED' },
      consumer: { produce: 'TOPIC_AUTHORIZATION_FAILED', offsets: 'allowed', commit: 'allowed', createTopics: 'TOPIC_AUTHORIZATION_FAILED' },
      // KafkaJS's setOffsets reads t's metadata before it looks for the group: refused there first.
      anonymous: { produce: 'TOPIC_AUTHORIZATION_FAILED', offsets: 'TOPIC_AUTHORIZATION_FAILED', commit: 'TOPIC_AUTHORIZATION_FAILED', createTopics: 'TOPIC_AUTHORIZATION_FAILED' },
    };
    const seen: Record<string, Record<string, string>> = {};
    const changed: string[] = [];
    for (const principal of principals) {
      const client = kafkaAs(cluster, principal);
      const admin = client.kafka.admin();
      const producer = client.kafka.producer({ allowAutoTopicCreation: false });
      const row: Record<string, string> = {};
      const check = async (name: string, call: () => Promise<unknown>): Promise<void> => {
        const before = await state();
        row[name] = await outcome(client, call);
        const after = await state();
        if (row[name] !== 'allowed' && JSON.stringify(before) !== JSON.stringify(after)) changed.push(`${principal} ${name}: ${JSON.stringify(before)} -> ${JSON.stringify(after)}`);
      };
      try {
        await check('produce', async () => {
          await producer.connect();
          await producer.send({ topic: 't', messages: [{ value: `from ${principal}` }] });
        });
        await check('offsets', async () => {
          await admin.connect();
          await admin.fetchTopicOffsets('t');
        });
        await check('commit', async () => {
          await admin.connect();
          await admin.setOffsets({ groupId: 'g', topic: 't', partitions: [{ partition: 0, offset: principal === 'super' ? '5' : '1' }] });
        });
        await check('createTopics', async () => {
          await admin.connect();
          await admin.createTopics({ topics: [{ topic: `kjs-${principal}` }], waitForLeaders: false });
        });
      } finally {
        await producer.disconnect();
        await admin.disconnect();
      }
      seen[principal] = row;
    }
    expect(seen).toEqual(expected);
    expect(changed).toEqual([]);
  }, 180_000);
});
