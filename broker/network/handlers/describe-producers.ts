/**
 * DescribeProducers (61, KIP-664): the producer state of each partition, from its leader (Kafka's
 * ReplicaManager.activeProducerState): every producer the partition remembers, with its epoch,
 * last sequence and timestamp, the coordinator epoch of its last marker and the first offset of
 * its open transaction. Operators use it to find hanging transactions.
 */
import { errorCodeOf, ErrorCode } from '../../../proto/errors';
import type { DescribeProducersPartition, DescribeProducersRequest, DescribeProducersResponse, ProducerStateView } from '../../api/transactions';
import type { ProducerStateEntry } from '../../log/producer-state';
import type { RequestHandler } from '../request';
import type { BrokerServices } from './index';

function view(e: ProducerStateEntry): ProducerStateView {
  const last = e.batches[e.batches.length - 1];
  return {
    producerId: e.producerId, producerEpoch: e.producerEpoch, lastSequence: last?.lastSeq ?? -1,
    lastTimestamp: e.lastTimestampMs, coordinatorEpoch: e.coordinatorEpoch, currentTxnStartOffset: e.currentTxnFirstOffset,
  };
}

function describePartition(services: BrokerServices, topic: string, partitionIndex: number): DescribeProducersPartition {
  try {
    const activeProducers = services.replicaDataPlane.activeProducers(topic, partitionIndex).map(view);
    return { partitionIndex, errorCode: ErrorCode.NONE, errorMessage: null, activeProducers };
  } catch (err) {
    const known = errorCodeOf(err);
    if (known === undefined) services.logger.error({ err, topic, partition: partitionIndex }, 'DescribeProducers failed');
    return { partitionIndex, errorCode: known?.code ?? ErrorCode.UNKNOWN_SERVER_ERROR, errorMessage: known?.message ?? null, activeProducers: [] };
  }
}

export function describeProducersHandler(services: BrokerServices): RequestHandler<DescribeProducersRequest, DescribeProducersResponse> {
  return async (_ctx, body) => ({
    throttleTimeMs: 0,
    topics: body.topics.map((t) => ({ name: t.name, partitions: t.partitionIndexes.map((p) => describePartition(services, t.name, p)) })),
  });
}
