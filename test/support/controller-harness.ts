/**
 * Shared setup for the KafkaController tests that run against the test ZooKeeper
 * (kafka-controller*.test.ts): fake broker connections that record every request,
 * ZooKeeper clients and controllers that are cleaned up after each test, and polling helpers.
 */
import pino from 'pino';
import { ApiKey } from '../../proto/api';
import type { LeaderAndIsrRequest, StopReplicaRequest, UpdateMetadataRequest } from '../../broker/api/controller-requests';
import type { ConnectToBroker } from '../../broker/controller/controller-channel-manager';
import { KafkaZkClient } from '../../zk/kafka-zk-client';
import { startTestZooKeeper, type TestZooKeeper } from './test-zookeeper';
import { KafkaController, type ControllerConfig } from '../../broker/controller/kafka-controller';

export const logger = pino({ level: 'silent' });
const waitTimeoutMs = 10_000;

/** One request the controller sent to a (fake) broker. */
export interface Sent { brokerId: number; apiKey: number; body: LeaderAndIsrRequest | UpdateMetadataRequest | StopReplicaRequest }
/** Per-partition error code a fake broker answers a StopReplica request with. */
export type StopReplicaAnswer = (brokerId: number, body: StopReplicaRequest) => number;

/**
 * Records every controller request and answers like a healthy broker;
 * StopReplica partition answers come from `stopReplicaError` (default: no error).
 */
export function fakeBrokers(sent: Sent[], stopReplicaError: StopReplicaAnswer = () => 0): ConnectToBroker {
  return (broker) => ({
    close: () => {},
    leaderAndIsr: async (body) => {
      sent.push({ brokerId: broker.id, apiKey: ApiKey.LeaderAndIsr, body });
      return { errorCode: 0, partitionErrors: [] };
    },
    updateMetadata: async (body) => {
      sent.push({ brokerId: broker.id, apiKey: ApiKey.UpdateMetadata, body });
      return { errorCode: 0 };
    },
    stopReplica: async (body) => {
      sent.push({ brokerId: broker.id, apiKey: ApiKey.StopReplica, body });
      const errorCode = stopReplicaError(broker.id, body);
      return { errorCode: 0, partitionErrors: body.partitions.map((p) => ({ topic: p.topic, partition: p.partition, errorCode })) };
    },
  });
}

/** Polls `probe` every 50 ms until it yields something other than undefined/false; fails after 10 s. */
export async function waitFor<T>(what: string, probe: () => Promise<T | undefined | false> | T | undefined | false): Promise<T> {
  const deadline = Date.now() + waitTimeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export const endpoint = (port: number) => ({ listenerName: 'PLAINTEXT', securityProtocol: 'PLAINTEXT', host: '127.0.0.1', port });

export const stateOf = (zk: KafkaZkClient, topic: string, partition: number) => zk.getPartitionState(topic, partition);

/** Partition states the controller told brokers about in UpdateMetadata, for one topic. */
export const updateMetadataFor = (sent: Sent[], topic: string) => sent.filter((s) => s.apiKey === ApiKey.UpdateMetadata)
  .flatMap((s) => (s.body as UpdateMetadataRequest).partitionStates.filter((p) => p.topic === topic));

/** LeaderAndIsr partition states sent for one topic, with the broker each went to. */
export const leaderAndIsrFor = (sent: Sent[], topic: string) => sent.filter((s) => s.apiKey === ApiKey.LeaderAndIsr)
  .flatMap((s) => (s.body as LeaderAndIsrRequest).partitionStates.filter((p) => p.topic === topic).map((p) => ({ brokerId: s.brokerId, p })));

export interface ControllerHarness {
  /** A fresh chroot on the shared test ZooKeeper. */
  chroot(): string;
  /** A ZooKeeper client on `chroot`, closed after the test. */
  client(chroot: string): Promise<KafkaZkClient>;
  /** Constructs and starts a controller (shut down after the test) without waiting for it to win the election. */
  launchController(zk: KafkaZkClient, config: ControllerConfig, sent?: Sent[], stopReplicaError?: StopReplicaAnswer): Promise<KafkaController>;
  /** Like `launchController`, then waits until the controller is active. */
  startActiveController(zk: KafkaZkClient, config: ControllerConfig, sent?: Sent[], stopReplicaError?: StopReplicaAnswer): Promise<KafkaController>;
  /**
   * Broker 1 runs the controller; brokers in `others` only register. Returns their epochs.
   * Config defaults: delete enabled, unclean election and auto leader rebalance disabled; `opts.config` overrides.
   */
  cluster(others: number[], opts?: { stopReplicaError?: StopReplicaAnswer; config?: Partial<ControllerConfig> }): Promise<{
    chroot: string; zk: KafkaZkClient; controller: KafkaController; sent: Sent[];
    epochs: Map<number, number>; brokers: Map<number, KafkaZkClient>;
  }>;
}

/**
 * Call inside a `describe`: starts the test ZooKeeper once for the block (beforeAll),
 * runs the registered cleanups after each test and stops the server afterwards.
 */
export function useControllerHarness(): ControllerHarness {
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

  async function launchController(zk: KafkaZkClient, config: ControllerConfig, sent: Sent[] = [], stopReplicaError?: StopReplicaAnswer): Promise<KafkaController> {
    const controller = new KafkaController({ config, zk, logger, connectToBroker: fakeBrokers(sent, stopReplicaError) });
    cleanups.push(() => controller.shutdown());
    await controller.startup();
    return controller;
  }

  async function startActiveController(zk: KafkaZkClient, config: ControllerConfig, sent: Sent[] = [], stopReplicaError?: StopReplicaAnswer): Promise<KafkaController> {
    const controller = await launchController(zk, config, sent, stopReplicaError);
    await waitFor('election', () => controller.isActive);
    return controller;
  }

  async function cluster(others: number[], opts: { stopReplicaError?: StopReplicaAnswer; config?: Partial<ControllerConfig> } = {}) {
    const chroot = server.chroot();
    const zk = await client(chroot);
    await zk.ensurePersistentPaths();
    const epochs = new Map<number, number>([[1, await zk.registerBroker({ id: 1, endpoints: [endpoint(9091)] })]]);
    const brokers = new Map<number, KafkaZkClient>();
    for (const id of others) {
      const b = await client(chroot);
      epochs.set(id, await b.registerBroker({ id, endpoints: [endpoint(9090 + id)] }));
      brokers.set(id, b);
    }
    const sent: Sent[] = [];
    const controller = await startActiveController(zk,
      { brokerId: 1, deleteTopicEnable: true, uncleanLeaderElectionEnable: false, autoLeaderRebalanceEnable: false, ...opts.config },
      sent, opts.stopReplicaError);
    return { chroot, zk, controller, sent, epochs, brokers };
  }

  return { chroot: () => server.chroot(), client, launchController, startActiveController, cluster };
}
