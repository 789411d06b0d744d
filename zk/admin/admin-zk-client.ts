/**
 * The administrative ZooKeeper operations that a tool runs against a cluster without going
 * through a broker (Kafka's `AdminZkClient`): reading assignments and starting a legacy
 * reassignment by creating /admin/reassign_partitions, which the controller watches; it moves
 * the replicas and deletes finished entries itself.
 */
import { type KafkaZkClient } from '../kafka-zk-client';
import { type PartitionReassignmentData, ReassignPartitionsZNode, type TopicAssignmentData } from '../paths';
import { ZkCode, isZkError } from '../zk-session';

/** What the reassignment tool reads and writes: AdminZkClient in production, a fake in unit tests. */
export interface ReassignmentStore {
  brokerIds(): Promise<number[]>;
  topicAssignment(topic: string): Promise<TopicAssignmentData | undefined>;
  pendingReassignments(): Promise<PartitionReassignmentData[]>;
  /** Creates /admin/reassign_partitions; false when a reassignment is already pending there. */
  startReassignment(entries: readonly PartitionReassignmentData[]): Promise<boolean>;
}

export class AdminZkClient implements ReassignmentStore {
  constructor(private readonly kzk: KafkaZkClient) {}

  brokerIds(): Promise<number[]> {
    return this.kzk.getBrokerIds();
  }

  topicAssignment(topic: string): Promise<TopicAssignmentData | undefined> {
    return this.kzk.getTopicAssignment(topic);
  }

  async pendingReassignments(): Promise<PartitionReassignmentData[]> {
    return (await this.kzk.getPartitionReassignments()) ?? [];
  }

  async startReassignment(entries: readonly PartitionReassignmentData[]): Promise<boolean> {
    try {
      await this.kzk.zk.create(ReassignPartitionsZNode.path, ReassignPartitionsZNode.encode([...entries]));
      return true;
    } catch (err) {
      if (isZkError(err, ZkCode.NodeExists)) return false;
      throw err;
    }
  }
}
