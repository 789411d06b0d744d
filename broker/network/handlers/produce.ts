/**
 * Produce (0): append each partition's batches on its leader and answer per partition (Kafka's
 * `handleProduceRequest`). acks must be -1, 0 or 1 (else INVALID_REQUIRED_ACKS for every
 * partition, nothing written). acks=0 gets no response; if any of its appends failed the connection
 * is closed so that the producer notices and refreshes its metadata (KafkaApis.handleProduceRequest).
 *
 * Authorization (Kafka 2.8): transactional batches need Write on the request's transactional id,
 * else the whole request is refused with TRANSACTIONAL_ID_AUTHORIZATION_FAILED; each topic needs
 * Write, else its partitions get TOPIC_AUTHORIZATION_FAILED whether or not the topic exists, so
 * that a producer learns nothing of topics it may not write. Idempotent batches need nothing more:
 * since KIP-679 (2.8) the IdempotentWrite check is made once, by InitProducerId.
 */
import { batchHeaderBytes, BatchField, batchSizeAt, transactionalBit } from '../../../proto/batch-header';
import { ErrorCode, errorName } from '../../../proto/errors';
import type { ProducePartitionResponse, ProduceRequest, ProduceResponse } from '../../api/produce';
import type { ProduceEntry, ProducePartitionResult } from '../../cluster/replica-data-plane';
import { AclOperation, ResourceType } from '../../security/acl';
import { requestAuthorization } from '../../security/authorize';
import type { RequestConnection, RequestContext, RequestHandler } from '../request';
import type { BrokerServices } from './index';

const validAcks: readonly number[] = [-1, 0, 1];

function refusedPartition(topic: string, partition: number, errorCode: number, errorMessage: string): ProducePartitionResult {
  return { topic, partition, errorCode, baseOffset: -1, logAppendTimeMs: -1, logStartOffset: -1, errorMessage, leaderEpoch: -1 };
}

/** The same error for every partition of the request. */
function refuseAll(body: ProduceRequest, errorCode: number, errorMessage: string): ProducePartitionResult[] {
  return body.topics.flatMap((t) => t.partitions.map((p) => refusedPartition(t.name, p.partition, errorCode, errorMessage)));
}

/**
 * Whether any batch carries the transactional bit. Kafka looks at each partition's first batch
 * only; every batch is checked here, so that a transactional batch behind another is no way
 * around the check. Bytes too short or too broken to walk are left to the log's validation.
 */
export function hasTransactionalRecords(body: ProduceRequest): boolean {
  for (const t of body.topics) {
    for (const p of t.partitions) {
      const records = p.records;
      for (let position = 0; position + batchHeaderBytes <= records.length;) {
        if ((records.readInt16BE(position + BatchField.attributes) & transactionalBit) !== 0) return true;
        const size = batchSizeAt(records, position);
        if (size < batchHeaderBytes) break;
        position += size;
      }
    }
  }
  return false;
}

/** Groups results by topic in the order the request listed them. */
function buildResponse(results: readonly ProducePartitionResult[]): ProduceResponse {
  const byTopic = new Map<string, ProducePartitionResponse[]>();
  for (const r of results) {
    let list = byTopic.get(r.topic);
    if (list === undefined) {
      list = [];
      byTopic.set(r.topic, list);
    }
    list.push({
      partition: r.partition, errorCode: r.errorCode, baseOffset: r.baseOffset, logAppendTimeMs: r.logAppendTimeMs,
      logStartOffset: r.logStartOffset, errorMessage: r.errorMessage, leaderEpoch: r.leaderEpoch,
    });
  }
  return { topics: [...byTopic].map(([name, partitions]) => ({ name, partitions })), throttleTimeMs: 0 };
}

/** Appends the partitions the session may write; every partition is answered, in request order. */
async function appendAuthorized(services: BrokerServices, ctx: RequestContext, body: ProduceRequest, conn: RequestConnection): Promise<ProducePartitionResult[]> {
  const auth = requestAuthorization(services, ctx);
  if (hasTransactionalRecords(body) && (body.transactionalId === '' || !auth.allows(AclOperation.WRITE, ResourceType.TRANSACTIONAL_ID, body.transactionalId))) {
    return refuseAll(body, ErrorCode.TRANSACTIONAL_ID_AUTHORIZATION_FAILED, `not authorized to write transactional id '${body.transactionalId}'`);
  }
  const writable = auth.authorizedNames(AclOperation.WRITE, ResourceType.TOPIC, body.topics.map((t) => t.name));
  const entries: ProduceEntry[] = [];
  for (const t of body.topics) {
    if (!writable.has(t.name)) continue;
    for (const p of t.partitions) entries.push({ topic: t.name, partition: p.partition, records: p.records });
  }
  // acks=0 stays muted: its failure closes the connection, which must come after the earlier answers.
  const onAppendsOrdered = body.acks !== 0 && conn.unmute !== undefined ? () => conn.unmute?.() : undefined;
  const appended = entries.length === 0 ? [] : await services.replicaDataPlane.appendRecords({ timeoutMs: body.timeoutMs, requiredAcks: body.acks, entries, onAppendsOrdered });
  // The data plane answers its entries in the order given: merge back in request order.
  let next = 0;
  return body.topics.flatMap((t) => t.partitions.map((p) => (writable.has(t.name)
    ? appended[next++]!
    : refusedPartition(t.name, p.partition, ErrorCode.TOPIC_AUTHORIZATION_FAILED, `not authorized to write topic '${t.name}'`))));
}

/** acks=0: no response; a failure closes the connection so that the producer notices. */
function closeOnFailure(services: BrokerServices, ctx: RequestContext, conn: RequestConnection, results: readonly ProducePartitionResult[]): undefined {
  const failure = results.find((r) => r.errorCode !== ErrorCode.NONE);
  if (failure !== undefined) {
    const reason = `acks=0 produce to ${failure.topic}-${failure.partition} failed with ${errorName(failure.errorCode)}`;
    services.logger.info({ connectionId: ctx.connectionId, clientId: ctx.clientId, topic: failure.topic, partition: failure.partition }, reason);
    conn.closeConnection(reason);
  }
  return undefined;
}

export function produceHandler(services: BrokerServices): RequestHandler<ProduceRequest, ProduceResponse> {
  return async (ctx, body, conn) => {
    const acks = body.acks;
    if (!validAcks.includes(acks)) return buildResponse(refuseAll(body, ErrorCode.INVALID_REQUIRED_ACKS, `acks must be -1, 0 or 1, not ${acks}`));
    const results = await appendAuthorized(services, ctx, body, conn);
    return acks === 0 ? closeOnFailure(services, ctx, conn, results) : buildResponse(results);
  };
}
