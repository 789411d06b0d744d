/**
 * DescribeProducers (61, KIP-664): the producer state of each partition, from its leader (Kafka's
 * ReplicaManager.activeProducerState): every producer the partition remembers, with its epoch,
 * last sequence and timestamp, the coordinator epoch of its last marker and the first offset of
 * its open transaction. Operators use it to find hanging transactions. Each topic needs Read
 * (TOPIC_AUTHORIZATION_FAILED for its partitions otherwise), as KafkaApis asks.
 */
import { errorCodeOf, ErrorCode } from '../../../proto/errors';
import type { DescribeProducersPartition, DescribeProducersRequest, DescribeProducersResponse, ProducerStateView } from '../../api/transactions';
import type { ProducerStateEntry } from '../../log/producer-state';
import { AclOperation, ResourceType } from '../../security/acl';
import { requestAuthorization } from '../../security/authorize';
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
  return async (ctx, body) => {
    const readable = requestAuthorization(services, ctx).authorizedNames(AclOperation.READ, ResourceType.TOPIC, body.topics.map((t) => t.name));
    const refused = (partitionIndex: number): DescribeProducersPartition => ({
      partitionIndex, errorCode: ErrorCode.TOPIC_AUTHORIZATION_FAILED, errorMessage: null, activeProducers: [],
    });
    return {
      throttleTimeMs: 0,
      topics: body.topics.map((t) => ({
        name: t.name, partitions: t.partitionIndexes.map((p) => (readable.has(t.name) ? describePartition(services, t.name, p) : refused(p))),
      })),
    };
  };
}
