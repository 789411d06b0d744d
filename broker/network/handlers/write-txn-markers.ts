/**
 * WriteTxnMarkers (27): the transaction coordinator asks each partition leader to end a
 * transaction (Kafka's KafkaApis.handleWriteTxnMarkersRequest). For every marker and partition
 * the leader appends a control batch (proto/control-records.ts) with origin Coordinator and
 * acks -1, so the marker is answered once the ISR has it; the log refuses a marker of an older
 * producer epoch (INVALID_PRODUCER_EPOCH) or from an older coordinator
 * (TRANSACTION_COORDINATOR_FENCED), and a partition not led here is NOT_LEADER_OR_FOLLOWER or
 * UNKNOWN_TOPIC_OR_PARTITION. Once markers on `__consumer_offsets` partitions are written, the
 * group coordinator makes the transaction's offsets visible or drops them (KIP-98).
 *
 * Only inter-broker principals (ClusterAction on the cluster) may send it, as in Kafka: anyone
 * else gets CLUSTER_AUTHORIZATION_FAILED for every partition and no marker is written.
 */
import { encodeEndTxnMarkerBatch } from '../../../proto/control-records';
import { ErrorCode } from '../../../proto/errors';
import type { TopicPartitionErrors, WritableTxnMarker, WritableTxnMarkerResult, WriteTxnMarkersRequest, WriteTxnMarkersResponse } from '../../api/transactions';
import { offsetsTopicName } from '../../coordinator/offsets-topic';
import { AppendOrigin } from '../../log/log-validator';
import { AclOperation } from '../../security/acl';
import { requestAuthorization } from '../../security/authorize';
import type { RequestHandler } from '../request';
import type { BrokerServices } from './index';

/** A marker names a real producer: an id below 2^53 and an int16 epoch, both non-negative. */
function isWritableProducer(marker: WritableTxnMarker): boolean {
  return Number.isSafeInteger(marker.producerId) && marker.producerId >= 0 && Number.isInteger(marker.producerEpoch)
    && marker.producerEpoch >= 0 && marker.producerEpoch <= 32_767 && Number.isInteger(marker.coordinatorEpoch);
}

function refuseMarker(marker: WritableTxnMarker, errorCode: number): WritableTxnMarkerResult {
  return {
    producerId: marker.producerId,
    topics: marker.topics.map((t) => ({ name: t.name, partitions: t.partitionIndexes.map((partitionIndex) => ({ partitionIndex, errorCode })) })),
  };
}

async function writeMarker(services: BrokerServices, marker: WritableTxnMarker): Promise<WritableTxnMarkerResult> {
  if (!isWritableProducer(marker)) return refuseMarker(marker, ErrorCode.INVALID_REQUEST);
  const nowMs = Date.now();
  const entries = marker.topics.flatMap((t) => t.partitionIndexes.map((partition) => ({
    topic: t.name,
    partition,
    // One buffer per partition: the leader stamps its offset into it in place.
    records: encodeEndTxnMarkerBatch({
      producerId: marker.producerId, producerEpoch: marker.producerEpoch, coordinatorEpoch: marker.coordinatorEpoch,
      committed: marker.transactionResult, nowMs,
    }),
  })));
  const results = entries.length === 0 ? [] : await services.replicaDataPlane.appendRecords({
    // How long a marker waits for the ISR: request.timeout.ms, as in Kafka.
    timeoutMs: services.config.requestTimeoutMs, requiredAcks: -1, entries, origin: AppendOrigin.Coordinator,
  });
  const offsetsPartitions = results.filter((r) => r.errorCode === ErrorCode.NONE && r.topic === offsetsTopicName).map((r) => r.partition);
  if (offsetsPartitions.length > 0) {
    try {
      await services.groupCoordinator.handleTxnCompletion(marker.producerId, offsetsPartitions, marker.transactionResult);
    } catch (err) {
      // The marker is in the log: the offsets are applied when the partition's state is next loaded.
      services.logger.error({ err, producerId: marker.producerId }, 'completing transactional offset commits failed');
    }
  }
  const byTopic = new Map<string, TopicPartitionErrors>();
  for (const r of results) {
    let topic = byTopic.get(r.topic);
    if (topic === undefined) {
      topic = { name: r.topic, partitions: [] };
      byTopic.set(r.topic, topic);
    }
    topic.partitions.push({ partitionIndex: r.partition, errorCode: r.errorCode });
  }
  return { producerId: marker.producerId, topics: [...byTopic.values()] };
}

export function writeTxnMarkersHandler(services: BrokerServices): RequestHandler<WriteTxnMarkersRequest, WriteTxnMarkersResponse> {
  return async (ctx, body) => {
    if (!requestAuthorization(services, ctx).allowsCluster(AclOperation.CLUSTER_ACTION)) {
      return { markers: body.markers.map((m) => refuseMarker(m, ErrorCode.CLUSTER_AUTHORIZATION_FAILED)) };
    }
    return { markers: await Promise.all(body.markers.map((m) => writeMarker(services, m))) };
  };
}
