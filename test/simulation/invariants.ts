/**
 * The invariants of DESIGN.md §6, checked after every step of a run: in ZooKeeper, leader ∈ ISR ⊆
 * assigned replicas and the ISR never empty; the controller epoch and every partition's leader
 * epoch never go backwards; on every live replica HW ≤ LEO; a leader's HW never goes backwards
 * while it leads at one epoch (per incarnation: a restarted broker reloads a checkpointed HW); a
 * replica's leader epoch never goes backwards within an incarnation.
 */
import { ControllerEpochZNode, TopicPartitionStateZNode, TopicZNode, TopicsZNode } from '../../zk/paths';
import type { SimBroker } from './sim-broker';
import type { SimZooKeeper } from './sim-zookeeper';

export class InvariantViolation extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvariantViolation';
  }
}

export class InvariantChecker {
  private controllerEpoch = 0;
  private readonly zkLeaderEpochs = new Map<string, number>();
  /** The last partition state seen in ZooKeeper, so that each change is traced once. */
  private readonly zkStates = new Map<string, string>();
  /** `<broker>/<incarnation>/<tp>` -> the replica's leader epoch and, while leader, its HW. */
  private readonly replicas = new Map<string, { leaderEpoch: number; leaderHw: number }>();

  constructor(private readonly zooKeeper: SimZooKeeper, private readonly brokers: readonly SimBroker[], private readonly trace: (line: string) => void) {}

  check(): void {
    this.checkZooKeeper();
    for (const broker of this.brokers) this.checkReplicas(broker);
  }

  private checkZooKeeper(): void {
    const epochNode = this.zooKeeper.peek(ControllerEpochZNode.path);
    if (epochNode !== undefined) {
      const epoch = ControllerEpochZNode.decode(epochNode.data);
      if (epoch < this.controllerEpoch) fail(`controller epoch went back from ${this.controllerEpoch} to ${epoch}`);
      this.controllerEpoch = epoch;
    }
    for (const topic of this.zooKeeper.childrenOf(TopicsZNode.path)) {
      const topicNode = this.zooKeeper.peek(TopicZNode.path(topic));
      if (topicNode === undefined) continue;
      const assignment = TopicZNode.decode(topicNode.data).partitions;
      for (const [partition, replicas] of assignment) {
        const node = this.zooKeeper.peek(TopicPartitionStateZNode.path(topic, partition));
        if (node === undefined) continue;
        const state = TopicPartitionStateZNode.decode(node.data);
        const tp = `${topic}-${partition}`;
        const described = `leader ${state.leader} epoch ${state.leaderEpoch} isr [${state.isr}] zkVersion ${node.stat.version}`;
        if (this.zkStates.get(tp) !== described) {
          this.zkStates.set(tp, described);
          this.trace(`state ${tp}: ${described}`);
        }
        if (state.isr.length === 0) fail(`${tp}: empty ISR in ZooKeeper (leader ${state.leader}, epoch ${state.leaderEpoch})`);
        if (state.leader !== -1 && !state.isr.includes(state.leader)) fail(`${tp}: leader ${state.leader} not in ISR [${state.isr}]`);
        const outside = state.isr.filter((id) => !replicas.includes(id));
        if (outside.length > 0) fail(`${tp}: ISR [${state.isr}] has ${outside} outside the assigned replicas [${replicas}]`);
        const previous = this.zkLeaderEpochs.get(tp) ?? -1;
        if (state.leaderEpoch < previous) fail(`${tp}: leader epoch in ZooKeeper went back from ${previous} to ${state.leaderEpoch}`);
        this.zkLeaderEpochs.set(tp, state.leaderEpoch);
      }
    }
  }

  private checkReplicas(broker: SimBroker): void {
    const running = broker.running;
    if (running === undefined) return;
    for (const { topic, partition } of running.logManager.allLogs()) {
      const p = running.replicaManager.getPartition(topic, partition);
      if (p === undefined) continue;
      const tp = `${topic}-${partition}`;
      if (p.highWatermark > p.logEndOffset) fail(`${tp} on broker ${broker.id}: HW ${p.highWatermark} above LEO ${p.logEndOffset}`);
      const key = `${broker.id}/${broker.process.incarnation}/${tp}`;
      const seen = this.replicas.get(key);
      if (seen !== undefined && p.leaderEpoch < seen.leaderEpoch) {
        fail(`${tp} on broker ${broker.id}: leader epoch went back from ${seen.leaderEpoch} to ${p.leaderEpoch}`);
      }
      const sameLeadership = seen !== undefined && seen.leaderEpoch === p.leaderEpoch;
      if (p.isLeader && sameLeadership && seen.leaderHw >= 0 && p.highWatermark < seen.leaderHw) {
        fail(`${tp} on leader ${broker.id}: HW went back from ${seen.leaderHw} to ${p.highWatermark} at leader epoch ${p.leaderEpoch}`);
      }
      this.replicas.set(key, { leaderEpoch: p.leaderEpoch, leaderHw: p.isLeader ? Math.max(p.highWatermark, sameLeadership ? seen.leaderHw : -1) : -1 });
    }
  }
}

function fail(message: string): never {
  throw new InvariantViolation(message);
}
