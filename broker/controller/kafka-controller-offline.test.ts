import type { KafkaZkClient } from '../../zk/kafka-zk-client';
import { endpoint, updateMetadataFor, useControllerHarness, waitFor } from '../../test/support/controller-harness';

/**
 * Kafka's ZkReplicaStateMachine (Replica -> Offline), KafkaController.onBrokerFailure, offlinePartitionLeaderElection: with unclean election disabled,
 * losing the last live ISR member leaves the partition without a leader (leader -1, epoch bumped,
 * ISR kept as [old leader]) until that member returns and is cleanly re-elected.
 */
describe('KafkaController offline partitions against ZooKeeper', () => {
  const { client, cluster: startCluster } = useControllerHarness();

  /** Broker 1 runs the controller (and hosts no replica of the test topic); 2, 3 and 4 only register. */
  const cluster = () => startCluster([2, 3, 4]);

  /** The partition leader's own ISR shrink (ReplicaManager.maybePropagateIsrChanges); `notify` also writes the change notification. */
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
