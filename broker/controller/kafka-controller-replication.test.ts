import { ApiKey } from '../../proto/api';
import { ErrorCode, SamsaProtocolError } from '../../proto/errors';
import type { StopReplicaRequest, UpdateMetadataRequest } from '../api/controller-requests';
import type { KafkaZkClient } from '../../zk/kafka-zk-client';
import { endpoint, leaderAndIsrFor, stateOf, useControllerHarness, waitFor } from '../../test/support/controller-harness';

describe('KafkaController replication duties against ZooKeeper', () => {
  const { client, cluster, launchController } = useControllerHarness();

  /** What a partition leader does after an ISR expansion (Kafka 2.4, reference §4.5). */
  async function leaderWritesIsr(zk: KafkaZkClient, topic: string, partition: number, isr: number[]): Promise<void> {
    const s = await stateOf(zk, topic, partition);
    if (!s) throw new Error('no state');
    const written = await zk.updateLeaderAndIsrAsLeader(topic, partition, { leader: s.leader, leaderEpoch: s.leaderEpoch, isr, controllerEpoch: s.controllerEpoch }, s.zkVersion);
    expect(written.ok).toBe(true);
    await zk.propagateIsrChanges([{ topic, partition }]);
  }

  it('processes ISR change notifications: UpdateMetadata with the new ISR, notification deleted', async () => {
    const { zk, sent } = await cluster([2]);
    await zk.createTopic('isr', new Map([[0, [1, 2]]]), {});
    await waitFor('state', () => stateOf(zk, 'isr', 0));
    await leaderWritesIsr(zk, 'isr', 0, [1]);
    const um = await waitFor('UpdateMetadata with shrunk ISR', () => sent.find((s) => s.apiKey === ApiKey.UpdateMetadata
      && (s.body as UpdateMetadataRequest).partitionStates.some((p) => p.topic === 'isr' && p.isr.length === 1)));
    expect(um).toBeDefined();
    await waitFor('notification deleted', async () => (await zk.getIsrChangeNotifications()).length === 0);
  });

  it('controlled shutdown moves leadership away, shrinks ISRs and holds back only for replicated partitions', async () => {
    const { zk, controller, epochs } = await cluster([2, 3]);
    await zk.createTopic('cs', new Map([[0, [2, 3]], [1, [3, 2]], [2, [2]]]), {});
    await waitFor('states', async () => (await stateOf(zk, 'cs', 2))?.leader === 2);
    expect(await controller.controlledShutdown(2, (epochs.get(2) ?? 0) - 1)).toEqual({ errorCode: ErrorCode.STALE_BROKER_EPOCH, remainingPartitions: [] });
    const result = await controller.controlledShutdown(2, epochs.get(2) ?? 0);
    // cs-2 has a single replica: it cannot move and, as in Kafka, does not hold the shutdown back.
    expect(result).toEqual({ errorCode: ErrorCode.NONE, remainingPartitions: [] });
    expect(await stateOf(zk, 'cs', 2)).toMatchObject({ leader: 2 });
    expect(await stateOf(zk, 'cs', 0)).toMatchObject({ leader: 3, leaderEpoch: 1, isr: [3] });
    expect(await stateOf(zk, 'cs', 1)).toMatchObject({ leader: 3, isr: [3] });
    expect(controller.leaderElections).toBe(1);
  });

  it('answers NOT_CONTROLLER when it is not the active controller', async () => {
    const { chroot } = await cluster([]);
    const zk2 = await client(chroot);
    const epoch2 = await zk2.registerBroker({ id: 2, endpoints: [endpoint(9092)] });
    const passive = await launchController(zk2, { brokerId: 2, deleteTopicEnable: true, uncleanLeaderElectionEnable: false });
    await waitFor('sees controller 1', () => passive.activeControllerId === 1);
    expect(await passive.controlledShutdown(2, epoch2)).toEqual({ errorCode: ErrorCode.NOT_CONTROLLER, remainingPartitions: [] });
    await expect(passive.electLeaders(0, 'all')).rejects.toBeInstanceOf(SamsaProtocolError);
    expect(passive.metrics().activeControllerCount).toBe(0);
  });

  it('elects an unclean leader only for a topic whose config enables it', async () => {
    const { zk, controller, brokers } = await cluster([2, 3]);
    await zk.createTopic('dirty', new Map([[0, [2, 3]]]), { 'unclean.leader.election.enable': 'true' });
    await zk.createTopic('clean', new Map([[0, [2, 3]]]), {});
    await waitFor('states', async () => (await stateOf(zk, 'clean', 0)) && (await stateOf(zk, 'dirty', 0)));
    await leaderWritesIsr(zk, 'dirty', 0, [2]);
    await leaderWritesIsr(zk, 'clean', 0, [2]);
    await waitFor('notifications processed', async () => (await zk.getIsrChangeNotifications()).length === 0);
    await controller.idle();
    await brokers.get(2)?.close();
    await waitFor('dirty led by 3', async () => (await stateOf(zk, 'dirty', 0))?.leader === 3);
    expect((await stateOf(zk, 'dirty', 0))?.isr).toEqual([3]);
    await waitFor('clean offline', async () => (await stateOf(zk, 'clean', 0))?.leader === -1);
    expect(controller.uncleanLeaderElections).toBe(1);
    expect(controller.offlinePartitionsCount).toBe(1);
    const results = await controller.electLeaders(1, [{ topic: 'clean', partition: 0 }, { topic: 'nope', partition: 0 }]);
    expect(results.get('clean-0')?.errorCode).toBe(ErrorCode.NONE);
    expect(results.get('nope-0')?.errorCode).toBe(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
    expect((await stateOf(zk, 'clean', 0))?.leader).toBe(3);
    expect(controller.uncleanLeaderElections).toBe(2);
  });

  it('runs preferred leader elections from the API and from the legacy znode', async () => {
    const { zk, controller, epochs } = await cluster([2, 3]);
    await zk.createTopic('pref', new Map([[0, [2, 3]], [1, [2, 3]]]), {});
    await waitFor('states', () => stateOf(zk, 'pref', 1));
    await controller.controlledShutdown(2, epochs.get(2) ?? 0);
    expect((await stateOf(zk, 'pref', 0))?.leader).toBe(3);
    expect(controller.preferredReplicaImbalanceCount).toBe(2);
    let results = await controller.electLeaders(0, [{ topic: 'pref', partition: 0 }]);
    expect(results.get('pref-0')?.errorCode).toBe(ErrorCode.PREFERRED_LEADER_NOT_AVAILABLE);
    // Broker 2 rejoins the ISRs (its shutdown was aborted); the leader records that.
    await leaderWritesIsr(zk, 'pref', 0, [3, 2]);
    await leaderWritesIsr(zk, 'pref', 1, [3, 2]);
    await waitFor('ISR known', async () => (await zk.getIsrChangeNotifications()).length === 0);
    await controller.idle();
    // Back in the ISR, but a broker in controlled shutdown still may not lead.
    results = await controller.electLeaders(0, [{ topic: 'pref', partition: 0 }]);
    expect(results.get('pref-0')?.errorCode).toBe(ErrorCode.PREFERRED_LEADER_NOT_AVAILABLE);
  });

  it('moves leaders back to the preferred replica via the legacy znode and the auto rebalance', async () => {
    const { zk, controller, brokers, chroot } = await cluster([2, 3], { config: { autoLeaderRebalanceEnable: true, leaderImbalanceCheckIntervalSeconds: 1 } });
    await zk.createTopic('auto', new Map([[0, [2, 3]]]), {});
    await zk.createTopic('legacy', new Map([[0, [2, 3]]]), {});
    await waitFor('states', () => stateOf(zk, 'legacy', 0));
    await brokers.get(2)?.close();
    await waitFor('leaders moved to 3', async () => (await stateOf(zk, 'auto', 0))?.leader === 3 && (await stateOf(zk, 'legacy', 0))?.leader === 3);
    const back = await client(chroot);
    await back.registerBroker({ id: 2, endpoints: [endpoint(9092)] });
    await leaderWritesIsr(zk, 'legacy', 0, [3, 2]);
    await zk.zk.create('/admin/preferred_replica_election', Buffer.from('{"version":1,"partitions":[{"topic":"legacy","partition":0}]}'));
    await waitFor('legacy led by 2', async () => (await stateOf(zk, 'legacy', 0))?.leader === 2);
    await waitFor('znode deleted', async () => (await zk.zk.exists('/admin/preferred_replica_election')) === undefined);
    expect((await controller.electLeaders(0, [{ topic: 'legacy', partition: 0 }])).get('legacy-0')?.errorCode).toBe(ErrorCode.ELECTION_NOT_NEEDED);
    await leaderWritesIsr(zk, 'auto', 0, [3, 2]);
    await waitFor('auto rebalance led by 2', async () => (await stateOf(zk, 'auto', 0))?.leader === 2);
    expect(controller.preferredReplicaImbalanceCount).toBe(0);
  });

  it('reassigns a partition through the legacy znode and completes once the targets join the ISR', async () => {
    const { zk, controller, sent } = await cluster([2, 3]);
    await zk.createTopic('move', new Map([[0, [1, 2]]]), {});
    await waitFor('state', () => stateOf(zk, 'move', 0));
    await zk.zk.createRecursive('/admin/reassign_partitions', Buffer.from('{"version":1,"partitions":[{"topic":"move","partition":0,"replicas":[3,2]}]}'));
    await waitFor('phase A topic znode', async () => (await zk.zk.getData('/brokers/topics/move'))?.data.toString()
      === '{"version":2,"partitions":{"0":[3,2,1]},"adding_replicas":{"0":[3]},"removing_replicas":{"0":[1]}}');
    await waitFor('isNew LeaderAndIsr to 3', () => leaderAndIsrFor(sent, 'move').some((l) => l.brokerId === 3 && l.p.isNew && l.p.addingReplicas?.[0] === 3));
    await controller.idle();
    expect(await controller.listPartitionReassignments())
      .toEqual([{ topic: 'move', partition: 0, replicas: [3, 2, 1], addingReplicas: [3], removingReplicas: [1] }]);
    await leaderWritesIsr(zk, 'move', 0, [1, 2, 3]);
    await waitFor('topic znode rewritten', async () => (await zk.zk.getData('/brokers/topics/move'))?.data.toString()
      === '{"version":2,"partitions":{"0":[3,2]},"adding_replicas":{},"removing_replicas":{}}');
    expect(await stateOf(zk, 'move', 0)).toMatchObject({ leader: 3, isr: [2, 3] });
    await waitFor('reassign znode deleted', async () => (await zk.zk.exists('/admin/reassign_partitions')) === undefined);
    expect(sent.some((s) => s.brokerId === 1 && s.apiKey === ApiKey.StopReplica
      && (s.body as StopReplicaRequest).partitions.some((p) => p.topic === 'move' && p.deletePartition))).toBe(true);
    expect(await controller.listPartitionReassignments()).toEqual([]);
  });

  it('onboards partitions added to an existing topic and propagates broker endpoint changes', async () => {
    const { zk, controller, sent, brokers } = await cluster([2]);
    await zk.createTopic('grow', new Map([[0, [1]]]), {});
    await waitFor('state', () => stateOf(zk, 'grow', 0));
    await zk.zk.setData('/brokers/topics/grow', Buffer.from('{"version":2,"partitions":{"0":[1],"1":[2]},"adding_replicas":{},"removing_replicas":{}}'));
    expect(await waitFor('new partition state', () => stateOf(zk, 'grow', 1))).toMatchObject({ leader: 2, leaderEpoch: 0, isr: [2] });
    expect(controller.globalPartitionCount).toBe(2);
    const b2 = brokers.get(2);
    const node = await b2?.zk.getData('/brokers/ids/2');
    const moved = node?.data.toString().replace(/9092/g, '19092') ?? '';
    await b2?.zk.setData('/brokers/ids/2', Buffer.from(moved));
    await waitFor('UpdateMetadata with the new port', () => sent.some((s) => s.apiKey === ApiKey.UpdateMetadata
      && (s.body as UpdateMetadataRequest).liveBrokers.some((b) => b.id === 2 && b.endpoints[0]?.port === 19092)));
  });

  it('retries a topic deletion whose StopReplica failed without waiting for a broker bounce', async () => {
    let failuresLeft = 1;
    const { zk } = await cluster([], {
      stopReplicaError: (_id, body) => {
        if (!(body.partitions ?? []).some((p) => p.deletePartition) || failuresLeft === 0) return 0;
        failuresLeft -= 1;
        return ErrorCode.KAFKA_STORAGE_ERROR;
      },
    });
    await zk.createTopic('stuck', new Map([[0, [1]]]), {});
    await waitFor('state', () => stateOf(zk, 'stuck', 0));
    await zk.markTopicForDeletion('stuck');
    await waitFor('topic deleted', async () => (await zk.getAllTopics()).length === 0 && !(await zk.isTopicMarkedForDeletion('stuck')));
    expect(failuresLeft).toBe(0);
  });

  it('exposes controller metrics', async () => {
    const { zk, controller } = await cluster([2]);
    await zk.createTopic('m', new Map([[0, [1, 2]], [1, [2, 1]]]), {});
    await waitFor('state', () => stateOf(zk, 'm', 1));
    await controller.idle();
    expect(controller.metrics()).toEqual({
      activeControllerCount: 1, offlinePartitionsCount: 0, preferredReplicaImbalanceCount: 0, uncleanLeaderElections: 0,
      leaderElections: 0, eventQueueSize: 0, controllerEpoch: 1, globalPartitionCount: 2, globalTopicCount: 1,
    });
  });
});
