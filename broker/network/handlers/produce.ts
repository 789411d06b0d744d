/**
 * Produce (0): append each partition's batches on its leader and answer per partition (Kafka's
 * `handleProduceRequest`). acks must be -1, 0 or 1 (else INVALID_REQUIRED_ACKS for every
 * partition, nothing written). acks=0 gets no response; if any of its appends failed the connection
 * is closed so that the producer notices and refreshes its metadata (KafkaApis.handleProduceRequest).
 */
import { ErrorCode, errorName } from '../../../proto/errors';
import type { ProducePartitionResponse, ProduceRequest, ProduceResponse } from '../../api/produce';
import type { ProduceEntry, ProducePartitionResult } from '../../cluster/replica-data-plane';
import type { RequestHandler } from '../request';
import type { BrokerServices } from './index';

const validAcks: readonly number[] = [-1, 0, 1];

function invalidAcksResponse(body: ProduceRequest, acks: number): ProduceResponse {
  return {
    topics: body.topics.map((t) => ({
      name: t.name,
      partitions: t.partitions.map((p) => ({
        partition: p.partition, errorCode: ErrorCode.INVALID_REQUIRED_ACKS, baseOffset: -1, logAppendTimeMs: -1,
        logStartOffset: -1, errorMessage: `acks must be -1, 0 or 1, not ${acks}`, leaderEpoch: -1,
      })),
    })),
    throttleTimeMs: 0,
  };
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

export function produceHandler(services: BrokerServices): RequestHandler<ProduceRequest, ProduceResponse> {
  return async (ctx, body, conn) => {
    const acks = body.acks;
    if (!validAcks.includes(acks)) return invalidAcksResponse(body, acks);
    const entries: ProduceEntry[] = [];
    for (const t of body.topics) {
      for (const p of t.partitions) entries.push({ topic: t.name, partition: p.partition, records: p.records });
    }
    const results = await services.replicaDataPlane.appendRecords({ timeoutMs: body.timeoutMs, requiredAcks: acks, entries });
    if (acks !== 0) return buildResponse(results);
    const failure = results.find((r) => r.errorCode !== ErrorCode.NONE);
    if (failure !== undefined) {
      const reason = `acks=0 produce to ${failure.topic}-${failure.partition} failed with ${errorName(failure.errorCode)}`;
      services.logger.info({ connectionId: ctx.connectionId, clientId: ctx.clientId, topic: failure.topic, partition: failure.partition }, reason);
      conn.closeConnection(reason);
    }
    return undefined;
  };
}
