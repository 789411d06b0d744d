/**
 * KIP-455 from the admin client: AlterPartitionReassignments and ListPartitionReassignments, sent
 * to the controller (NOT_CONTROLLER refreshes metadata and retries). Shapes follow KafkaJS's
 * admin.alterPartitionReassignments / listPartitionReassignments; per-partition errors are
 * returned, not thrown, so a tool can report each partition (as kafka-reassign-partitions does).
 */

import { ApiKey } from '../../proto/api';
import { errorName } from '../../proto/errors';
import { type samsa } from '../../proto/generated/samsa';
import { type Cluster } from '../cluster/cluster';
import { protocolError } from '../errors';

/** Kafka's AdminClient default for these requests. */
export const reassignmentTimeoutMsDefault = 60_000;
/** Room for the round trip beyond the broker-side timeout. */
const reassignmentRequestSlackMs = 5_000;

export interface PartitionReassignmentTarget {
  topic: string;
  /** The target replicas, or null to cancel the partition's reassignment. */
  partitionAssignments: Array<{ partition: number; replicas: number[] | null }>;
}

export interface PartitionReassignmentResult { topic: string; partition: number; errorCode: number; errorMessage: string }

export interface OngoingPartitionReassignment { partition: number; replicas: number[]; addingReplicas: number[]; removingReplicas: number[] }

export interface ListPartitionReassignmentsResult { topics: Array<{ topic: string; partitions: OngoingPartitionReassignment[] }> }

export async function alterPartitionReassignments(
  cluster: Cluster, topics: readonly PartitionReassignmentTarget[], timeoutMs = reassignmentTimeoutMsDefault,
): Promise<PartitionReassignmentResult[]> {
  const request: samsa.v1.IAlterPartitionReassignmentsRequest = {
    timeoutMs,
    topics: topics.map((t) => ({
      name: t.topic,
      partitions: t.partitionAssignments.map((p) => (p.replicas === null
        ? { partitionIndex: p.partition, replicas: [], cancel: true }
        : { partitionIndex: p.partition, replicas: p.replicas, cancel: false })),
    })),
  };
  return cluster.retry(async () => {
    const response = await cluster.sendToController<samsa.v1.IAlterPartitionReassignmentsResponse>(
      ApiKey.AlterPartitionReassignments, request, { timeoutMs: timeoutMs + reassignmentRequestSlackMs },
    );
    const code = response.errorCode ?? 0;
    if (code !== 0) throw protocolError(code, `AlterPartitionReassignments: ${response.errorMessage || errorName(code)}`);
    return (response.responses ?? []).flatMap((t) => (t.partitions ?? []).map((p) => ({
      topic: t.name ?? '', partition: p.partitionIndex ?? 0, errorCode: p.errorCode ?? 0, errorMessage: p.errorMessage ?? '',
    })));
  });
}

export async function listPartitionReassignments(
  cluster: Cluster, topics?: ReadonlyArray<{ topic: string; partitions: number[] }>, timeoutMs = reassignmentTimeoutMsDefault,
): Promise<ListPartitionReassignmentsResult> {
  const request: samsa.v1.IListPartitionReassignmentsRequest = topics === undefined
    ? { timeoutMs, allTopics: true, topics: [] }
    : { timeoutMs, allTopics: false, topics: topics.map((t) => ({ name: t.topic, partitionIndexes: t.partitions })) };
  return cluster.retry(async () => {
    const response = await cluster.sendToController<samsa.v1.IListPartitionReassignmentsResponse>(
      ApiKey.ListPartitionReassignments, request, { timeoutMs: timeoutMs + reassignmentRequestSlackMs },
    );
    const code = response.errorCode ?? 0;
    if (code !== 0) throw protocolError(code, `ListPartitionReassignments: ${response.errorMessage || errorName(code)}`);
    return {
      topics: (response.topics ?? []).map((t) => ({
        topic: t.name ?? '',
        partitions: (t.partitions ?? []).map((p) => ({
          partition: p.partitionIndex ?? 0, replicas: [...(p.replicas ?? [])],
          addingReplicas: [...(p.addingReplicas ?? [])], removingReplicas: [...(p.removingReplicas ?? [])],
        })),
      })),
    };
  });
}
