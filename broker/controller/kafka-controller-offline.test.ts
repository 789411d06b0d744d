import pino from 'pino';
import { ApiKey } from '../../proto/api';
import type { samsa } from '../../proto/generated/samsa';
import type { BrokerConnection } from '../../client/network/connection';
import { KafkaZkClient, type BrokerInfo } from '../../zk/kafka-zk-client';
import { startTestZooKeeper, type TestZooKeeper } from '../../zk/test-zookeeper';
import { KafkaController } from './kafka-controller';

const logger = pino({ level: 'silent' });
const waitTimeoutMs = 10_000;

interface Sent { brokerId: number; apiKey: number; body: Record<string, unknown> }

/** Records every controller request and answers like a healthy broker. */
function fakeBrokers(sent: Sent[]): (b: BrokerInfo) => BrokerConnection {
  return (broker) => ({
    connect: async () => {},
    close: () => {},
    send: async (apiKey: number, body: Record<string, unknown>) => {
      sent.push({ brokerId: broker.id, apiKey, body });
      if (apiKey === ApiKey.StopReplica) {
        const partitions = (body as samsa.v1.IStopReplicaRequest).partitions ?? [];
        return { errorCode: 0, partitionErrors: partitions.map((p) => ({ topic: p.topic, partition: p.partition, errorCode: 0 })) };
      }
      return { errorCode: 0 };
    },
  }) as unknown as BrokerConnection;
}

async function waitFor<T>(what: string, probe: () => Promise<T | undefined | false> | T | undefined | false): Promise<T> {
  const deadline = Date.now() + waitTimeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const endpoint = (port: number) => ({ listenerName: 'PLAINTEXT', securityProtocol: 'PLAINTEXT', host: '127.0.0.1', port });

/** Partition states the controller told brokers about in UpdateMetadata, for one topic. */
const updateMetadataFor = (sent: Sent[], topic: string) => sent.filter((s) => s.apiKey === ApiKey.UpdateMetadata)
  .flatMap((s) => ((s.body as samsa.v1.IUpdateMetadataRequest).partitionStates ?? []).filter((p) => p.topic === topic));

/**
 * Reference §3.1 (Replica -> Offline), §3.3 onBrokerFailure, §4.7: with unclean election disabled,
 * losing the last live ISR member leaves the partition without a leader (leader -1, epoch bumped,
 * ISR kept as [old leader]) until that member returns and is cleanly re-elected.
 */
describe('KafkaController offline partitions against ZooKeeper', () => {
  let server: TestZooKeeper;
  const cleanups: Array<() => Promise<void>> = [];

  beforeAll(async () => {
    server = await startTestZooKeeper();
  }, 90_000);
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });
  afterAll(async () => {
    await server.stop();
  });

  async function client(chroot: string): Promise<KafkaZkClient> {
    const zk = await KafkaZkClient.connect({ connect: chroot, sessionTimeoutMs: 4_000, logger });
    cleanups.push(() => zk.close());
    return zk;
  }

  /** Broker 1 runs the controller (and hosts no replica of the test topic); 2, 3 and 4 only register. */
  async function cluster() {
    const chroot = server.chroot();
    const zk = await client(chroot);
    await zk.ensurePersistentPaths();
    await zk.registerBroker({ id: 1, endpoints: [endpoint(9091)] });
    const brokers = new Map<number, KafkaZkClient>();
    for (const id of [2, 3, 4]) {
      const b = await client(chroot);
      await b.registerBroker({ id, endpoints: [endpoint(9090 + id)] });
      brokers.set(id, b);
    }
    const sent: Sent[] = [];
    const controller = new KafkaController({
      config: { brokerId: 1, deleteTopicEnable: true, uncleanLeaderElectionEnable: false, autoLeaderRebalanceEnable: false },
      zk, logger, connectToBroker: fakeBrokers(sent),
    });
    cleanups.push(() => controller.shutdown());
    await controller.startup();
    await waitFor('election', () => controller.isActive);
    return { chroot, zk, controller, sent, brokers };
  }

  /** The partition leader's own ISR shrink (reference §4.5); `notify` also writes the change notification. */
  async function leaderShrinksIsr(zk: KafkaZkClient, topic: string, isr: number[], notify: boolean): Promise<void> {
    const s = await zk.getPartitionState(topic, 0);
    if (!s) throw new Error('no state');
    const written = await zk.updateLeaderAndIsrAsLeader(topic, 0, { leader: s.leader, leaderEpoch: s.leaderEpoch, isr, controllerEpoch: s.controllerEpoch }, s.zkVersion);
    expect(written.ok).toBe(true);
    if (notify) await zk.propagateIsrChanges([{ topic, partition: 0 }]);
  }

  async function expectOfflineThenCleanReelection(notifyShrink: boolean): Promise<void> {
    const { chroot, zk, controller, sent, brokers } = await cluster();
    const topic = notifyShrink ? 'rf3' : 'rf3-unnotified';
    await zk.createTopic(topic, new Map([[0, [2, 3, 4]]]), {});
    expect(await waitFor('state', () => zk.getPartitionState(topic, 0))).toMatchObject({ leader: 2, leaderEpoch: 0, isr: [2, 3, 4] });
    await leaderShrinksIsr(zk, topic, [2], notifyShrink);
    if (notifyShrink) await waitFor('notification processed', async () => (await zk.getIsrChangeNotifications()).length === 0);
    await controller.idle();

    await brokers.get(2)?.close();
    const offline = await waitFor('leader -1', async () => {
      const s = await zk.getPartitionState(topic, 0);
      return s?.leader === -1 ? s : undefined;
    });
    // NoLeader, one epoch bump, and the ISR is never emptied: the old leader stays so a clean election remains possible.
    expect(offline).toMatchObject({ leader: -1, leaderEpoch: 1, isr: [2] });
    await controller.idle();
    expect(controller.offlinePartitionsCount).toBe(1);
    expect(controller.uncleanLeaderElections).toBe(0);
    expect(updateMetadataFor(sent, topic).some((p) => p.leader === -1 && p.leaderEpoch === 1)).toBe(true);

    const back = await client(chroot);
    await back.registerBroker({ id: 2, endpoints: [endpoint(9092)] });
    const reelected = await waitFor('clean re-election of 2', async () => {
      const s = await zk.getPartitionState(topic, 0);
      return s?.leader === 2 ? s : undefined;
    });
    expect(reelected).toMatchObject({ leader: 2, leaderEpoch: 2, isr: [2] });
    await controller.idle();
    expect(controller.offlinePartitionsCount).toBe(0);
    expect(controller.uncleanLeaderElections).toBe(0);
  }

  it('takes an RF=3 partition offline when its only ISR member dies and re-elects it when it returns', async () => {
    await expectOfflineThenCleanReelection(true);
  });

  it('does the same when the ISR shrink had not reached the controller yet (stale cached ISR)', async () => {
    await expectOfflineThenCleanReelection(false);
  });
});
