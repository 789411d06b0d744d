/**
 * A transactional producer's Produce requests carry its transactional id, as Kafka's producer
 * sends it in ProduceRequest v3+: the broker refuses transactional batches without Write on it
 * (TRANSACTIONAL_ID_AUTHORIZATION_FAILED), and an empty id is never authorized.
 */
import type { samsa } from '../../proto/generated/samsa';
import { RecordAccumulator } from './accumulator';
import { IdempotenceState } from './idempotence';
import { Sender, type TransactionGate } from './sender';
import { ok, oneBrokerCluster, send } from '../../test/support/producer-fakes';

function senderWith(transaction: TransactionGate | undefined): { requests: samsa.v1.IProduceRequest[]; sent: Promise<unknown> } {
  const requests: samsa.v1.IProduceRequest[] = [];
  const cluster = oneBrokerCluster(async (body) => {
    requests.push(body);
    return ok(0);
  });
  const accumulator = new RecordAccumulator({ batchSizeBytes: 1, lingerMs: 0 });
  const sender = new Sender({
    cluster, accumulator, maxInFlightRequests: 5, deliveryTimeoutMs: 30_000, requestTimeoutMs: 1000, maxRequestSizeBytes: 1 << 20,
    retryBackoffMs: 1, logger: cluster.logger, onBatchDone: () => undefined, ...(transaction === undefined ? {} : { transaction }),
  });
  sender.idempotence = new IdempotenceState(77, 0);
  return { requests, sent: send(accumulator, sender, 'v') };
}

describe('Produce requests and the transactional id', () => {
  it('carry the transactional id of a transactional producer', async () => {
    const gate: TransactionGate = { transactionalId: 'tx-1', admit: () => true, blocked: () => false, afterDrain: () => undefined, onBatchFailed: () => undefined };
    const { requests, sent } = senderWith(gate);
    await sent;
    expect(requests.map((r) => r.transactionalId)).toEqual(['tx-1']);
  });

  it('carry none for an idempotent producer', async () => {
    const { requests, sent } = senderWith(undefined);
    await sent;
    expect(requests.map((r) => r.transactionalId)).toEqual([undefined]);
  });
});
