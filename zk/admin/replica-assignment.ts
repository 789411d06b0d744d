/**
 * Kafka's rack-unaware replica assignment (`AdminUtils.assignReplicasToBrokersRackUnaware`). Leaders spread round-robin from a random start; followers follow at a shift
 * that grows each time the partition index wraps the broker list, so that replicas of one broker
 * are spread over the others rather than always landing on its neighbour.
 */
import { SamsaError } from '../../proto/errors';

export class InvalidReplicationFactorError extends SamsaError {
  constructor(message: string) {
    super(message);
  }
}

export class InvalidPartitionsError extends SamsaError {
  constructor(message: string) {
    super(message);
  }
}

/**
 * `startPartitionId` > 0 places partitions added to an existing topic (AdminZkClient.addPartitions),
 * continuing the pattern: the follower shift grows when the partition id wraps the broker list.
 */
export function assignReplicasToBrokers(
  brokerIds: number[], partitions: number, replicationFactor: number, opts: { startIndex?: number; shift?: number; startPartitionId?: number } = {},
): Map<number, number[]> {
  if (!Number.isInteger(partitions) || partitions < 1) throw new InvalidPartitionsError('Number of partitions must be larger than 0.');
  if (!Number.isInteger(replicationFactor) || replicationFactor < 1) {
    throw new InvalidReplicationFactorError('Replication factor must be larger than 0.');
  }
  if (replicationFactor > brokerIds.length) {
    throw new InvalidReplicationFactorError(
      `Replication factor: ${replicationFactor} larger than available brokers: ${brokerIds.length}.`,
    );
  }
  const brokers = [...brokerIds].sort((a, b) => a - b);
  const n = brokers.length;
  const startIndex = opts.startIndex ?? Math.floor(Math.random() * n);
  let shift = opts.shift ?? Math.floor(Math.random() * n);
  const assignment = new Map<number, number[]>();
  const firstPartitionId = Math.max(0, opts.startPartitionId ?? 0);
  for (let p = firstPartitionId; p < firstPartitionId + partitions; p++) {
    if (p > 0 && p % n === 0) shift += 1;
    const first = (p + startIndex) % n;
    const replicas = [brokers[first] as number];
    for (let j = 0; j < replicationFactor - 1; j++) replicas.push(brokers[replicaIndex(first, shift, j, n)] as number);
    assignment.set(p, replicas);
  }
  return assignment;
}

function replicaIndex(firstReplicaIndex: number, secondReplicaShift: number, replicaIndex: number, n: number): number {
  const shift = 1 + ((secondReplicaShift + replicaIndex) % (n - 1));
  return (firstReplicaIndex + shift) % n;
}
