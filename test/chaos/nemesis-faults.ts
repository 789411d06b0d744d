/**
 * The faults of the partition nemesis (issue 8): each one is injected, held long enough to
 * matter (past replica.lag.time.max.ms, or past the ZooKeeper session timeout when ZooKeeper is
 * cut off too), then healed. Recovery is the runner's business: nothing here waits for the
 * cluster to repair itself.
 */
import type { BrokerProcess } from '../fixtures/broker-process';
import { findController, type TestCluster } from '../fixtures/cluster';
import type { Nemesis, NemesisNode } from '../fixtures/nemesis';
import type { ZooKeeperEnsemble, ZooKeeperNode } from '../fixtures/zookeeper-ensemble';
import { sleep } from './harness';

export const faultKinds = [
  /** One broker cut off from the other brokers; it keeps its ZooKeeper session. */
  'broker-from-peers',
  /** One broker cut off from the other brokers and from every ZooKeeper node: its session expires. */
  'broker-from-peers-and-zookeeper',
  /** The controller cut off from the other brokers and from ZooKeeper: another broker must take over. */
  'controller',
  /** One ZooKeeper node SIGKILLed, restarted after the hold. */
  'zookeeper-kill',
  /** One ZooKeeper node cut off from its peers and from the brokers: it leaves the quorum. */
  'zookeeper-partition',
  /** Broker a cannot reach broker b, while b still reaches a. */
  'asymmetric',
] as const;
export type FaultKind = (typeof faultKinds)[number];

export interface FaultTimings {
  /** How long a fault that leaves ZooKeeper sessions alone is held: past replica.lag.time.max.ms. */
  peerHoldMs: number;
  /** How long a fault that cuts a broker from ZooKeeper is held: past its session timeout. */
  sessionHoldMs: number;
  /** How long a ZooKeeper node stays dead or cut off. */
  zooKeeperHoldMs: number;
}

export interface NemesisWorld {
  cluster: TestCluster;
  ensemble: ZooKeeperEnsemble;
  nemesis: Nemesis;
  timings: FaultTimings;
  /** The workload's topic, whose partitions the asymmetric fault picks from. */
  topic: string;
  /** Uniform in [0, 1); seeded by the runner so that a schedule can be replayed. */
  random: () => number;
}

/** What the cluster looked like at the end of a fault's hold, as ZooKeeper and `srvr` tell it. */
export interface ClusterSnapshot {
  /** `srvr` mode per ZooKeeper node (undefined: not serving). */
  zooKeeperModes: Array<string | undefined>;
  registeredBrokers: number[];
  controller: number | undefined;
  /** ISR of every partition of the workload's topic. */
  isrs: number[][];
}

export interface InjectedFault {
  kind: FaultKind;
  /** Who was cut off or killed, for the report. */
  target: string;
  /**
   * Whether the snapshot shows what the fault must cause (an ISR shrink, an expired session, a
   * new controller, a node out of the quorum): proof that the nemesis really cut something.
   */
  took(snapshot: ClusterSnapshot): boolean;
  heal(): Promise<void>;
}

const someIsrShrank = (s: ClusterSnapshot, replicas: number): boolean => s.isrs.some((isr) => isr.length < replicas);

export function brokerNode(broker: BrokerProcess): NemesisNode {
  if (broker.uid === undefined) throw new Error(`broker ${broker.brokerId} runs under the runner's uid: the nemesis cannot tell it apart`);
  return { name: `broker-${broker.brokerId}`, uid: broker.uid, ports: [broker.port, broker.kafkaPort, broker.adminPort] };
}

export function zooKeeperNode(node: ZooKeeperNode): NemesisNode {
  if (node.uid === undefined) throw new Error(`${node.name} runs under the runner's uid: the nemesis cannot tell it apart`);
  return { name: node.name, uid: node.uid, ports: node.ports };
}

function pick<T>(items: readonly T[], random: () => number): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

async function isolateBroker(world: NemesisWorld, kind: FaultKind, broker: BrokerProcess, fromZooKeeper: boolean): Promise<InjectedFault> {
  const peers = world.cluster.brokers.filter((b) => b !== broker).map(brokerNode);
  const zooKeeper = fromZooKeeper ? world.ensemble.nodes.map(zooKeeperNode) : [];
  const controllerBefore = await findController(world.cluster.zk);
  await world.nemesis.isolate(brokerNode(broker), [...peers, ...zooKeeper]);
  await sleep(fromZooKeeper ? world.timings.sessionHoldMs : world.timings.peerHoldMs);
  const replicas = world.cluster.brokers.length;
  const took = (s: ClusterSnapshot): boolean => {
    if (kind === 'controller') return s.controller !== controllerBefore;
    if (fromZooKeeper) return !s.registeredBrokers.includes(broker.brokerId);
    return someIsrShrank(s, replicas);
  };
  return { kind, target: `broker ${broker.brokerId}`, took, heal: () => world.nemesis.heal() };
}

async function killZooKeeper(world: NemesisWorld): Promise<InjectedFault> {
  const node = pick(world.ensemble.nodes, world.random);
  await node.kill('SIGKILL');
  await sleep(world.timings.zooKeeperHoldMs);
  const took = (s: ClusterSnapshot): boolean => s.zooKeeperModes[node.myid - 1] === undefined;
  return { kind: 'zookeeper-kill', target: node.name, took, heal: () => node.start() };
}

async function partitionZooKeeper(world: NemesisWorld): Promise<InjectedFault> {
  const node = pick(world.ensemble.nodes, world.random);
  const others = [...world.ensemble.nodes.filter((n) => n !== node).map(zooKeeperNode), ...world.cluster.brokers.map(brokerNode)];
  await world.nemesis.isolate(zooKeeperNode(node), others);
  await sleep(world.timings.zooKeeperHoldMs);
  const took = (s: ClusterSnapshot): boolean => s.zooKeeperModes[node.myid - 1] === undefined;
  return { kind: 'zookeeper-partition', target: node.name, took, heal: () => world.nemesis.heal() };
}

/**
 * A follower that cannot reach its leader, while the leader still reaches it: the follower's
 * fetches stop, the leader shrinks it out of the ISR, and the controller (if it is the leader)
 * still talks to it. Picked from a live partition state, so that the cut is between a follower
 * and a leader of something.
 */
async function asymmetric(world: NemesisWorld): Promise<InjectedFault> {
  const { cluster } = world;
  const states = await leadersAndFollowers(world);
  const { leader, follower } = pick(states, world.random);
  const from = cluster.broker(follower);
  const to = cluster.broker(leader);
  await world.nemesis.block(brokerNode(from), brokerNode(to));
  await sleep(world.timings.peerHoldMs);
  return {
    kind: 'asymmetric', target: `broker ${from.brokerId} -/-> broker ${to.brokerId}`,
    took: (s) => someIsrShrank(s, cluster.brokers.length), heal: () => world.nemesis.heal(),
  };
}

/** (leader, follower) pairs of the workload's partitions now, from ZooKeeper. */
async function leadersAndFollowers(world: NemesisWorld): Promise<Array<{ leader: number; follower: number }>> {
  const pairs: Array<{ leader: number; follower: number }> = [];
  for (const partition of await world.cluster.zk.getChildren(`/brokers/topics/${world.topic}/partitions`)) {
    const state = await world.cluster.zk.getJson<{ leader: number; isr: number[] }>(`/brokers/topics/${world.topic}/partitions/${partition}/state`);
    if (!state || state.leader < 0) continue;
    for (const follower of state.isr) if (follower !== state.leader) pairs.push({ leader: state.leader, follower });
  }
  if (pairs.length === 0) throw new Error(`no partition of ${world.topic} has a leader and a follower in its ISR`);
  return pairs;
}

/** Injects one fault of `kind` and holds it; the caller heals it with the returned handle. */
export async function injectFault(world: NemesisWorld, kind: FaultKind): Promise<InjectedFault> {
  const { cluster, random } = world;
  switch (kind) {
    case 'broker-from-peers':
      return isolateBroker(world, kind, pick(cluster.brokers, random), false);
    case 'broker-from-peers-and-zookeeper':
      return isolateBroker(world, kind, pick(cluster.brokers, random), true);
    case 'controller': {
      const controller = await findController(cluster.zk);
      if (controller === undefined) throw new Error('no controller to isolate');
      return isolateBroker(world, kind, cluster.broker(controller), true);
    }
    case 'zookeeper-kill':
      return killZooKeeper(world);
    case 'zookeeper-partition':
      return partitionZooKeeper(world);
    case 'asymmetric':
      return asymmetric(world);
  }
}

/** A small seeded generator (mulberry32), so that a fault schedule can be replayed from its seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
