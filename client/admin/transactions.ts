/**
 * Transaction administration (KIP-664, Kafka's Admin describeTransactions / listTransactions /
 * describeProducers / abortTransaction). DescribeTransactions goes to each transactional id's
 * coordinator (FindCoordinator key type 1); ListTransactions goes to every broker, since each
 * lists only the transactions it coordinates; DescribeProducers goes to partition leaders; and
 * abortTransaction writes an abort marker with WriteTxnMarkers to the partition leader, as
 * Kafka's Admin.abortTransaction does, for a hanging transaction its coordinator forgot.
 */

import { ApiKey } from '../../proto/api';
import { ErrorCode, errorName } from '../../proto/errors';
import { type samsa } from '../../proto/generated/samsa';
import { type Cluster } from '../cluster/cluster';
import { ClusterCoordinatorChannel, CoordinatorKeyType } from '../consumer/group/coordinator-channel';
import { SamsaError, int64, protocolError } from '../errors';
import { type TopicPartition } from '../../proto/topic-partition';

export interface TransactionDescription {
  transactionalId: string;
  coordinatorId: number;
  state: string;
  producerId: number;
  producerEpoch: number;
  transactionTimeoutMs: number;
  /** -1 when no transaction is open. */
  transactionStartTimeMs: number;
  topicPartitions: TopicPartition[];
}

export interface TransactionListing {
  transactionalId: string;
  producerId: number;
  state: string;
  coordinatorId: number;
}

export interface ProducerStateDescription {
  producerId: number;
  producerEpoch: number;
  lastSequence: number;
  lastTimestamp: number;
  coordinatorEpoch: number;
  /** -1 when the producer has no open transaction on the partition. */
  currentTransactionStartOffset: number;
}

export interface PartitionProducers extends TopicPartition {
  activeProducers: ProducerStateDescription[];
}

export interface AbortTransactionSpec extends TopicPartition {
  producerId: number;
  producerEpoch: number;
  coordinatorEpoch: number;
}

export class TransactionAdmin {
  constructor(private readonly cluster: Cluster) {}

  async describeTransactions(transactionalIds: string[]): Promise<TransactionDescription[]> {
    if (transactionalIds.some((id) => id.length === 0)) throw new SamsaError('a transactional id must not be empty');
    return Promise.all(transactionalIds.map((id) => this.describeTransaction(id)));
  }

  private async describeTransaction(transactionalId: string): Promise<TransactionDescription> {
    const channel = new ClusterCoordinatorChannel(this.cluster, transactionalId, CoordinatorKeyType.Transaction);
    try {
      return await this.cluster.retry(async () => {
        const coordinator = await channel.findCoordinator();
        const response = await channel.send<samsa.v1.IDescribeTransactionsResponse>(ApiKey.DescribeTransactions, { transactionalIds: [transactionalId] });
        const t = response.transactionStates?.find((s) => s.transactionalId === transactionalId);
        if (!t) throw new SamsaError(`DescribeTransactions returned nothing for ${transactionalId}`);
        const code = t.errorCode ?? 0;
        if (code !== 0) {
          channel.markCoordinatorUnknown(errorName(code));
          throw protocolError(code, `${errorName(code)}: transactional id ${transactionalId}`);
        }
        return {
          transactionalId,
          coordinatorId: coordinator.nodeId,
          state: t.transactionState ?? '',
          producerId: int64(t.producerId),
          producerEpoch: t.producerEpoch ?? -1,
          transactionTimeoutMs: t.transactionTimeoutMs ?? 0,
          transactionStartTimeMs: int64(t.transactionStartTimeMs),
          topicPartitions: (t.topics ?? []).flatMap((x) => (x.partitions ?? []).map((partition) => ({ topic: x.topic ?? '', partition }))),
        };
      });
    } finally {
      channel.close();
    }
  }

  /** Every broker's transactions, merged; `states` and `producerIds` filter as Kafka's do. */
  async listTransactions(options: { states?: string[]; producerIds?: number[] } = {}): Promise<TransactionListing[]> {
    await this.cluster.retry(() => this.cluster.refreshMetadata());
    const request: samsa.v1.IListTransactionsRequest = { stateFilters: options.states ?? [], producerIdFilters: options.producerIds ?? [] };
    const brokers = [...this.cluster.metadata.brokers.keys()].sort((a, b) => a - b);
    const responses = await Promise.all(brokers.map(async (id) => ({
      id,
      response: await this.cluster.retry(() => this.cluster.sendToBroker<samsa.v1.IListTransactionsResponse>(id, ApiKey.ListTransactions, request)),
    })));
    const out: TransactionListing[] = [];
    for (const { id, response } of responses) {
      const code = response.errorCode ?? 0;
      if (code !== 0) throw protocolError(code, `ListTransactions on broker ${id}: ${errorName(code)}`);
      for (const t of response.transactionStates ?? []) {
        out.push({ transactionalId: t.transactionalId ?? '', producerId: int64(t.producerId), state: t.transactionState ?? '', coordinatorId: id });
      }
    }
    return out.sort((a, b) => a.transactionalId.localeCompare(b.transactionalId));
  }

  /** The producers with state on each partition, asked of its leader. */
  async describeProducers(partitions: TopicPartition[]): Promise<PartitionProducers[]> {
    await this.cluster.ensureTopicMetadata([...new Set(partitions.map((p) => p.topic))]);
    const byLeader = this.groupByLeader(partitions);
    const results = await Promise.all([...byLeader].map(([leader, list]) => this.describeProducersOn(leader, list)));
    return results.flat();
  }

  private async describeProducersOn(brokerId: number, partitions: TopicPartition[]): Promise<PartitionProducers[]> {
    const request: samsa.v1.IDescribeProducersRequest = { topics: byTopic(partitions).map(([name, partitionIndexes]) => ({ name, partitionIndexes })) };
    const response = await this.cluster.retry(() => this.cluster.sendToBroker<samsa.v1.IDescribeProducersResponse>(brokerId, ApiKey.DescribeProducers, request));
    const out: PartitionProducers[] = [];
    for (const t of response.topics ?? []) {
      for (const p of t.partitions ?? []) {
        const code = p.errorCode ?? 0;
        if (code !== 0) throw protocolError(code, p.errorMessage || `${errorName(code)}: DescribeProducers for ${t.name}-${p.partitionIndex}`);
        out.push({
          topic: t.name ?? '',
          partition: p.partitionIndex ?? 0,
          activeProducers: (p.activeProducers ?? []).map((s) => ({
            producerId: int64(s.producerId),
            producerEpoch: s.producerEpoch ?? -1,
            lastSequence: s.lastSequence ?? -1,
            lastTimestamp: int64(s.lastTimestamp),
            coordinatorEpoch: s.coordinatorEpoch ?? -1,
            currentTransactionStartOffset: int64(s.currentTxnStartOffset),
          })),
        });
      }
    }
    return out;
  }

  /** Writes an abort marker for the producer's open transaction on one partition (WriteTxnMarkers to its leader). */
  async abortTransaction(spec: AbortTransactionSpec): Promise<void> {
    for (const [name, value] of [['producerId', spec.producerId], ['producerEpoch', spec.producerEpoch], ['coordinatorEpoch', spec.coordinatorEpoch], ['partition', spec.partition]] as const) {
      if (!Number.isInteger(value) || value < 0) throw new SamsaError(`${name} must be a non-negative integer, not ${value}`);
    }
    await this.cluster.ensureTopicMetadata([spec.topic]);
    const request: samsa.v1.IWriteTxnMarkersRequest = {
      markers: [{
        producerId: spec.producerId,
        producerEpoch: spec.producerEpoch,
        transactionResult: false,
        coordinatorEpoch: spec.coordinatorEpoch,
        topics: [{ name: spec.topic, partitionIndexes: [spec.partition] }],
      }],
    };
    await this.cluster.retry(async () => {
      const leader = this.cluster.metadata.partition(spec.topic, spec.partition)?.leader ?? -1;
      if (leader < 0) throw new SamsaError(`${spec.topic}-${spec.partition} has no leader`, { retriable: true });
      const response = await this.cluster.sendToBroker<samsa.v1.IWriteTxnMarkersResponse>(leader, ApiKey.WriteTxnMarkers, request);
      for (const m of response.markers ?? []) {
        for (const t of m.topics ?? []) {
          for (const p of t.partitions ?? []) {
            const code = p.errorCode ?? 0;
            if (code !== 0) throw protocolError(code, `${errorName(code)}: abort marker for producer ${spec.producerId} on ${t.name}-${p.partitionIndex}`);
          }
        }
      }
    });
  }

  private groupByLeader(partitions: TopicPartition[]): Map<number, TopicPartition[]> {
    const byLeader = new Map<number, TopicPartition[]>();
    for (const tp of partitions) {
      const leader = this.cluster.metadata.partition(tp.topic, tp.partition)?.leader ?? -1;
      if (leader < 0) throw protocolError(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, `${tp.topic}-${tp.partition} is unknown or has no leader`);
      byLeader.set(leader, [...(byLeader.get(leader) ?? []), tp]);
    }
    return byLeader;
  }
}

function byTopic(partitions: TopicPartition[]): Array<[string, number[]]> {
  const map = new Map<string, number[]>();
  for (const { topic, partition } of partitions) map.set(topic, [...(map.get(topic) ?? []), partition]);
  return [...map];
}
