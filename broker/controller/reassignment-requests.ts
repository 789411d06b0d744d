/**
 * AlterPartitionReassignments (KIP-455) as the controller judges one partition's request, before
 * anything changes: Kafka's `KafkaController.validateReplicas` and `maybeBuildReassignment`. A
 * target (TRS) must be non-empty, without duplicates or negative ids, and every replica it adds to
 * the original replicas (ORS) must be on a live broker; `null` cancels, which reverts to ORS and is
 * refused with NO_REASSIGNMENT_IN_PROGRESS when nothing is moving.
 */

import { ErrorCode } from '../../proto/errors';

export interface ReassignmentError { errorCode: number; message: string }

/** What the controller knows of one partition when the request arrives. */
export interface PartitionAssignmentView {
  /** RS: every replica the topic znode lists (TRS ∪ ORS while a move runs); empty for an unknown partition. */
  replicas: readonly number[];
  /** Replicas an in-flight move is adding; undefined when the partition is not being reassigned. */
  adding: readonly number[] | undefined;
  topicQueuedForDeletion: boolean;
  liveBrokerIds: ReadonlySet<number>;
}

const unknownPartition: ReassignmentError = { errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, message: 'The partition does not exist.' };

/** ORS: RS without the replicas being added (Kafka's ReplicaAssignment.originReplicas). */
export function originalReplicas(view: Pick<PartitionAssignmentView, 'replicas' | 'adding'>): number[] {
  const adding = view.adding ?? [];
  return view.replicas.filter((id) => !adding.includes(id));
}

/**
 * The target this request moves the partition to, or why it is refused. A cancellation's target
 * is ORS; the move engine then drops the replicas it was adding and restores ORS.
 */
export function reassignmentTarget(view: PartitionAssignmentView, requested: readonly number[] | null): { target: number[] } | ReassignmentError {
  if (view.replicas.length === 0 || view.topicQueuedForDeletion) return unknownPartition;
  if (requested === null) {
    if (view.adding === undefined) {
      return { errorCode: ErrorCode.NO_REASSIGNMENT_IN_PROGRESS, message: 'No partition reassignment is in progress for this partition.' };
    }
    return { target: originalReplicas(view) };
  }
  const list = `[${requested.join(', ')}]`;
  if (requested.length === 0) {
    return { errorCode: ErrorCode.INVALID_REPLICA_ASSIGNMENT, message: 'Empty replica list specified in partition reassignment.' };
  }
  if (new Set(requested).size !== requested.length) {
    return { errorCode: ErrorCode.INVALID_REPLICA_ASSIGNMENT, message: `Duplicate replica ids in partition reassignment replica list: ${list}` };
  }
  if (requested.some((id) => !Number.isInteger(id) || id < 0)) {
    return { errorCode: ErrorCode.INVALID_REPLICA_ASSIGNMENT, message: `Invalid broker id in replica list: ${list}` };
  }
  const original = originalReplicas(view);
  const adding = requested.filter((id) => !original.includes(id));
  if (!adding.every((id) => view.liveBrokerIds.has(id))) {
    const live = [...view.liveBrokerIds].sort((a, b) => a - b).join(', ');
    return {
      errorCode: ErrorCode.INVALID_REPLICA_ASSIGNMENT,
      message: `Replica assignment has brokers that are not alive. Replica list: [${adding.join(', ')}], live broker list: [${live}]`,
    };
  }
  return { target: [...requested] };
}
