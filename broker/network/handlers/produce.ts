/**
 * Produce (0): append each partition's batches on its leader and answer per partition (Kafka's
 * `handleProduceRequest`). acks must be -1, 0 or 1 (else INVALID_REQUIRED_ACKS for every
 * partition, nothing written). acks=0 gets no response; if any of its appends failed the connection
 * is closed so that the producer notices and refreshes its metadata (reference §4.6).
 */
import { ErrorCode, errorName } from '../../../proto/errors';
import type { samsa } from '../../../proto/generated/samsa';
import type { ProduceEntry, ProducePartitionResult } from '../../cluster/replica-data-plane';
import type { RequestHandler } from '../request';
import { asBuffer } from './buffers';
import type { BrokerServices } from './index';

type ProduceResponse = samsa.v1.IProduceResponse;

const validAcks: readonly number[] = [-1, 0, 1];

function invalidAcksResponse(body: samsa.v1.IProduceRequest, acks: number): ProduceResponse {
  return {
    topics: (body.topics ?? []).map((t) => ({
      name: t.name ?? '',
      partitions: (t.partitions ?? []).map((p) => ({
        partition: p.partition ?? 0, errorCode: ErrorCode.INVALID_REQUIRED_ACKS, baseOffset: -1, logAppendTimeMs: -1,
        logStartOffset: -1, errorMessage: `acks must be -1, 0 or 1, not ${acks}`, leaderEpoch: -1,
      })),
    })),
    throttleTimeMs: 0,
  };
}

/** Groups results by topic in the order the request listed them. */
function buildResponse(results: readonly ProducePartitionResult[]): ProduceResponse {
  const byTopic = new Map<string, samsa.v1.ProduceResponse.IPartitionResponse[]>();
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

export function produceHandler(services: BrokerServices): RequestHandler {
  return async (ctx, body: samsa.v1.IProduceRequest, conn): Promise<ProduceResponse | undefined> => {
    const acks = body.acks ?? 0;
    if (!validAcks.includes(acks)) return invalidAcksResponse(body, acks);
    const entries: ProduceEntry[] = [];
    for (const t of body.topics ?? []) {
      for (const p of t.partitions ?? []) entries.push({ topic: t.name ?? '', partition: p.partition ?? 0, records: asBuffer(p.records) });
    }
    const results = await services.replicaDataPlane.appendRecords({ timeoutMs: body.timeoutMs ?? 0, requiredAcks: acks, entries });
    if (acks !== 0) return buildResponse(results);
    const failure = results.find((r) => r.errorCode !== ErrorCode.NONE);
    if (failure !== undefined) {
      const reason = `acks=0 produce to ${failure.topic}-${failure.partition} failed with ${errorName(failure.errorCode)}`;
      services.logger.info({ connectionId: ctx.connectionId, clientId: ctx.header.clientId, topic: failure.topic, partition: failure.partition }, reason);
      conn.closeConnection(reason);
    }
    return undefined;
  };
}
