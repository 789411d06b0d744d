/**
 * Forged controller requests (issue 8, defect 3). Any client that reaches a listener can send
 * LeaderAndIsr, UpdateMetadata or StopReplica; a broker believes one only when ZooKeeper names its
 * sender as controller at its epoch and it addresses this broker's current registration (README.md,
 * security). Before the fence, a StopReplica(delete_partition) with inflated epochs from a plain client
 * was answered NONE, deleted a partition holding an acks=all record, and raised the broker's
 * controller epoch so that the real controller was refused until restart.
 */

import { existsSync } from 'node:fs';
import path from 'node:path';
import { BrokerConnection } from '../client/network/connection';
import { ApiKey } from '../proto/api';
import { ErrorCode } from '../proto/errors';
import type { samsa } from '../proto/generated/samsa';
import { startCluster, waitFor, type TestCluster } from './fixtures/cluster';
import { freePorts } from './fixtures/ports';
import { connect, consumeAll, partitionState, produce, replicationOverrides, waitForIsr } from './replication/helpers';

const topic = 'fenced';
const inflation = 1_000_000;
const leaderMoveTimeoutMs = 60_000;

/** KIP-380's broker epoch: the czxid of the broker's registration. */
async function brokerEpochOf(cluster: TestCluster, brokerId: number): Promise<number> {
  const node = await cluster.zk.getDataAndStat(`/brokers/ids/${brokerId}`);
  if (node === undefined) throw new Error(`broker ${brokerId} is not registered`);
  return Number(node.stat.czxid.readBigInt64BE(0));
}

async function controllerEpochOf(cluster: TestCluster): Promise<number> {
  return Number((await cluster.zk.getData('/controller_epoch'))!.toString('utf8'));
}

async function waitForLeader(cluster: TestCluster, leader: number): Promise<void> {
  await waitFor(async () => (await partitionState(cluster, topic, 0))?.leader === leader,
    { timeoutMs: leaderMoveTimeoutMs, intervalMs: 200, description: `${topic}-0 led by broker ${leader}` });
}

/**
 * Waits until the controller's own view has the full ISR: it learns of ISR expansions through
 * /isr_change_notification in batches, and until then neither elects nor moves leadership to a
 * replica that ZooKeeper already lists. Its UpdateMetadata reaches its own metadata cache.
 */
async function waitForControllerIsr(cluster: TestCluster, controllerId: number, size: number): Promise<void> {
  await waitForIsr(cluster, topic, 0, size);
  const conn = connect(cluster.broker(controllerId), 'fencing-metadata');
  try {
    await waitFor(async () => {
      const metadata = await conn.send<samsa.v1.IMetadataResponse>(ApiKey.Metadata, { topics: [topic] });
      return (metadata.topics?.[0]?.partitions?.[0]?.isrNodes?.length ?? 0) === size;
    }, { timeoutMs: leaderMoveTimeoutMs, intervalMs: 200, description: `the controller's view of ${topic}-0 with an ISR of ${size}` });
  } finally {
    conn.close();
  }
}

/** The batches a consumer reads from `broker`, once it serves the partition as leader with `count` batches below its high watermark. */
async function readFrom(cluster: TestCluster, brokerId: number, count: number): Promise<Array<{ baseOffset: number; crc: number }>> {
  const conn = connect(cluster.broker(brokerId), 'fencing-reader');
  try {
    return await waitFor(async () => {
      try {
        const { batches } = await consumeAll(conn, topic, 0);
        return batches.length >= count ? batches : undefined;
      } catch {
        return undefined; // not serving as leader yet
      }
    }, { timeoutMs: leaderMoveTimeoutMs, intervalMs: 200, description: `broker ${brokerId} serving ${topic}-0` });
  } finally {
    conn.close();
  }
}

describe('forged controller requests', () => {
  let cluster: TestCluster;
  let controllerId: number;
  let victim: number;
  let other: number;

  beforeAll(async () => {
    cluster = await startCluster({ brokers: 3, name: 'controller-fencing', sessionTimeoutMs: 6_000, overrides: replicationOverrides });
    controllerId = await cluster.waitForController();
    [victim, other] = cluster.brokers.map((b) => b.brokerId).filter((id) => id !== controllerId) as [number, number];
  });

  afterAll(async () => {
    await cluster?.stop();
  });

  it('are refused, change nothing, and leave the real controller in charge', async () => {
    const admin = connect(cluster.broker(other), 'fencing-admin');
    const created = await admin.send<samsa.v1.ICreateTopicsResponse>(ApiKey.CreateTopics, {
      topics: [{ name: topic, assignments: [{ partition: 0, brokerIds: [other, victim] }], configs: [{ name: 'min.insync.replicas', value: '2' }] }],
      timeoutMs: 30_000,
    });
    expect(created.topics?.[0]?.errorCode).toBe(ErrorCode.NONE);
    await waitForControllerIsr(cluster, controllerId, 2);
    const first = await produce(admin, topic, 0, -1, ['acknowledged-before-attack']);
    expect(first.errorCode).toBe(ErrorCode.NONE);
    admin.close();

    const realEpoch = await controllerEpochOf(cluster);
    const victimEpoch = await brokerEpochOf(cluster, victim);
    const attacker = connect(cluster.broker(victim), 'attacker');
    const stopReplica = (controllerEpoch: number, brokerEpoch: number, claimedController = controllerId) =>
      attacker.send<samsa.v1.IStopReplicaResponse>(ApiKey.StopReplica, {
        controllerId: claimedController, controllerEpoch, brokerEpoch,
        partitions: [{ topic, partition: 0, deletePartition: true, leaderEpoch: inflation }],
      });
    // The report's attack: both epochs inflated.
    expect((await stopReplica(realEpoch + inflation, victimEpoch + inflation)).errorCode).toBe(ErrorCode.STALE_BROKER_EPOCH);
    // An attacker who read the broker epoch from ZooKeeper: the controller epoch from the future is not adopted.
    expect((await stopReplica(realEpoch + inflation, victimEpoch)).errorCode).toBe(ErrorCode.STALE_CONTROLLER_EPOCH);
    // The current epoch, claimed by a broker that is not the controller.
    expect((await stopReplica(realEpoch, victimEpoch, victim)).errorCode).toBe(ErrorCode.STALE_CONTROLLER_EPOCH);
    const leaderAndIsr = await attacker.send<samsa.v1.ILeaderAndIsrResponse>(ApiKey.LeaderAndIsr, {
      controllerId, controllerEpoch: realEpoch + inflation, brokerEpoch: victimEpoch,
      partitionStates: [{ topic, partition: 0, controllerEpoch: realEpoch + inflation, leader: victim, leaderEpoch: inflation, isr: [victim], zkVersion: inflation, replicas: [other, victim] }],
    });
    expect(leaderAndIsr.errorCode).toBe(ErrorCode.STALE_CONTROLLER_EPOCH);
    const updateMetadata = await attacker.send<samsa.v1.IUpdateMetadataResponse>(ApiKey.UpdateMetadata, {
      controllerId, controllerEpoch: realEpoch + inflation, brokerEpoch: victimEpoch + inflation, liveBrokers: [],
      partitionStates: [{ topic, partition: 0, controllerEpoch: realEpoch + inflation, leader: -1, leaderEpoch: inflation, isr: [], replicas: [other, victim] }],
    });
    expect(updateMetadata.errorCode).toBe(ErrorCode.STALE_BROKER_EPOCH);

    // Nothing changed: the log is there and the victim's metadata still names the real leader.
    expect(existsSync(path.join(cluster.broker(victim).logDir, `${topic}-0`))).toBe(true);
    const metadata = await attacker.send<samsa.v1.IMetadataResponse>(ApiKey.Metadata, { topics: [topic] });
    expect(metadata.topics?.[0]?.partitions?.[0]?.leaderId).toBe(other);
    expect(metadata.brokers?.length).toBe(3);
    attacker.close();

    // The real controller is not locked out: it makes the victim leader (controlled shutdown of the
    // other replica), and the victim serves the acknowledged record from its own log.
    await cluster.broker(other).stop();
    await waitForLeader(cluster, victim);
    expect(await readFrom(cluster, victim, 1)).toEqual([{ baseOffset: 0, crc: first.crc }]);

    // ...and takes leadership back from it (preferred election); with min.insync.replicas=2 an
    // acks=all write then needs the victim to follow as the controller told it.
    await cluster.broker(other).start();
    await cluster.broker(other).waitForReady();
    await waitForControllerIsr(cluster, controllerId, 2);
    const controller = connect(cluster.broker(controllerId), 'fencing-election');
    const election = await controller.send<samsa.v1.IElectLeadersResponse>(ApiKey.ElectLeaders, {
      electionType: 0, topicPartitions: [{ topic, partitions: [0] }], timeoutMs: 30_000,
    });
    controller.close();
    expect(election.replicaElectionResults?.[0]?.partitionResult?.[0]?.errorCode).toBe(ErrorCode.NONE);
    await waitForLeader(cluster, other);
    const producer = connect(cluster.broker(other), 'fencing-producer');
    const second = await waitFor(async () => {
      const r = await produce(producer, topic, 0, -1, ['acknowledged-after-attack']);
      return r.errorCode === ErrorCode.NONE ? r : undefined;
    }, { timeoutMs: leaderMoveTimeoutMs, intervalMs: 500, description: 'an acks=all write with the victim in the ISR' });
    producer.close();

    // After a restart of the victim, both records are still in its log.
    await cluster.broker(victim).restart();
    await waitForControllerIsr(cluster, controllerId, 2);
    await cluster.broker(other).stop();
    await waitForLeader(cluster, victim);
    expect(await readFrom(cluster, victim, 2)).toEqual([{ baseOffset: 0, crc: first.crc }, { baseOffset: 1, crc: second.crc }]);
  }, 240_000);
});

describe('control.plane.listener.name', () => {
  let cluster: TestCluster;
  const clientPorts = new Map<number, number>();

  function clientConnection(brokerId: number, clientId: string): BrokerConnection {
    return new BrokerConnection({ host: '127.0.0.1', port: clientPorts.get(brokerId)!, clientId, requestTimeoutMs: 20_000 });
  }

  beforeAll(async () => {
    const ports = await freePorts(4);
    const brokerOverrides: Record<number, Record<string, string>> = {};
    for (const id of [1, 2]) {
      const listeners = `PLAINTEXT://127.0.0.1:${ports[id * 2 - 2]},CONTROLLER://127.0.0.1:${ports[id * 2 - 1]}`;
      clientPorts.set(id, ports[id * 2 - 2]!);
      brokerOverrides[id] = {
        listeners, 'advertised.listeners': listeners, 'control.plane.listener.name': 'CONTROLLER',
        'listener.security.protocol.map': 'PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT',
      };
    }
    cluster = await startCluster({ brokers: 2, name: 'control-plane-listener', sessionTimeoutMs: 6_000, overrides: replicationOverrides, brokerOverrides });
  });

  afterAll(async () => {
    await cluster?.stop();
  });

  it('carries the controller\'s requests, and controller APIs on the client listener are refused', async () => {
    const controllerId = await cluster.waitForController();
    const follower = controllerId === 1 ? 2 : 1;
    // Leaders exist only if LeaderAndIsr went through the control-plane listener.
    const admin = clientConnection(controllerId, 'control-plane-admin');
    const created = await admin.send<samsa.v1.ICreateTopicsResponse>(ApiKey.CreateTopics, {
      topics: [{ name: topic, assignments: [{ partition: 0, brokerIds: [follower, controllerId] }] }], timeoutMs: 30_000,
    });
    expect(created.topics?.[0]?.errorCode).toBe(ErrorCode.NONE);
    await waitForIsr(cluster, topic, 0, 2);
    // ZooKeeper shows the ISR as soon as the topic exists; the leader serves only once its
    // LeaderAndIsr (sent over the control-plane listener) is applied.
    await waitFor(async () => {
      const probe = clientConnection(follower, 'control-plane-probe');
      try {
        const resp = await probe.send<samsa.v1.IListOffsetsResponse>(ApiKey.ListOffsets, {
          replicaId: -1, topics: [{ name: topic, partitions: [{ partition: 0, currentLeaderEpoch: -1, timestamp: -1 }] }],
        });
        return resp.topics?.[0]?.partitions?.[0]?.errorCode === ErrorCode.NONE ? true : undefined;
      } finally {
        probe.close();
      }
    }, { timeoutMs: 30_000, intervalMs: 100, description: `broker ${follower} leading ${topic}-0` });
    const producer = clientConnection(follower, 'control-plane-producer');
    expect((await produce(producer, topic, 0, -1, ['on-the-data-plane'])).errorCode).toBe(ErrorCode.NONE);
    producer.close();

    // A perfect forgery (the real controller id and epoch, the real broker epoch) on the client listener.
    const header = { controllerId, controllerEpoch: await controllerEpochOf(cluster), brokerEpoch: await brokerEpochOf(cluster, follower) };
    const attacker = clientConnection(follower, 'attacker');
    const forged: Array<[ApiKey, object]> = [
      [ApiKey.StopReplica, { ...header, partitions: [{ topic, partition: 0, deletePartition: true, leaderEpoch: -1 }] }],
      [ApiKey.LeaderAndIsr, { ...header, partitionStates: [] }],
      [ApiKey.UpdateMetadata, { ...header, liveBrokers: [] }],
    ];
    for (const [apiKey, body] of forged) {
      await expect(attacker.send(apiKey, body)).rejects.toMatchObject({ code: ErrorCode.CLUSTER_AUTHORIZATION_FAILED });
    }
    attacker.close();
    const toController = clientConnection(controllerId, 'attacker');
    await expect(toController.send(ApiKey.ControlledShutdown, { brokerId: follower, brokerEpoch: header.brokerEpoch }))
      .rejects.toMatchObject({ code: ErrorCode.CLUSTER_AUTHORIZATION_FAILED });
    toController.close();
    expect(existsSync(path.join(cluster.broker(follower).logDir, `${topic}-0`))).toBe(true);
    expect((await partitionState(cluster, topic, 0))?.leader).toBe(follower);

    // The follower's controlled shutdown reaches the controller on its control-plane listener.
    await cluster.broker(follower).stop();
    expect(cluster.broker(follower).exitCode).toBe(0);
    expect((await partitionState(cluster, topic, 0))?.leader).toBe(controllerId);
    expect(await cluster.broker(follower).logTail(400)).toContain('controlled shutdown succeeded');
  }, 180_000);
});
