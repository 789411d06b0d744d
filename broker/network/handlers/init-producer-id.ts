/**
 * InitProducerId (22) (Kafka's handleInitProducerIdRequest). Without a transactional id any broker
 * serves it for an idempotent producer: a fresh producer id from this broker's block, epoch 0.
 * With one, the transaction coordinator of the id answers: a new id or a bumped epoch that fences
 * the previous instance (KIP-98), KIP-360's bump of the caller's own producer id and epoch, and
 * CONCURRENT_TRANSACTIONS while an open transaction of the old instance is being aborted.
 *
 * Authorization, first (Kafka 2.8): a transactional id needs Write on it
 * (TRANSACTIONAL_ID_AUTHORIZATION_FAILED); an idempotent producer needs IdempotentWrite on the
 * cluster or, since KIP-679, Write on some topic (CLUSTER_AUTHORIZATION_FAILED otherwise).
 */
import { ErrorCode, SamsaProtocolError } from '../../../proto/errors';
import type { InitProducerIdRequest, InitProducerIdResponse } from '../../api/init-producer-id';
import { AclOperation, ResourceType } from '../../security/acl';
import { requestAuthorization } from '../../security/authorize';
import type { RequestContext, RequestHandler } from '../request';
import type { BrokerServices } from './index';

/** The authorization error for this request, or NONE. */
function refusal(services: BrokerServices, ctx: RequestContext, body: InitProducerIdRequest): number {
  const auth = requestAuthorization(services, ctx);
  if (body.transactionalId !== '') {
    return auth.allows(AclOperation.WRITE, ResourceType.TRANSACTIONAL_ID, body.transactionalId) ? ErrorCode.NONE : ErrorCode.TRANSACTIONAL_ID_AUTHORIZATION_FAILED;
  }
  const idempotent = auth.allowsCluster(AclOperation.IDEMPOTENT_WRITE) || auth.allowsAny(AclOperation.WRITE, ResourceType.TOPIC);
  return idempotent ? ErrorCode.NONE : ErrorCode.CLUSTER_AUTHORIZATION_FAILED;
}

export function initProducerIdHandler(services: BrokerServices): RequestHandler<InitProducerIdRequest, InitProducerIdResponse> {
  const manager = services.producerIdManager;
  return async (ctx, body) => {
    const refused = refusal(services, ctx, body);
    if (refused !== ErrorCode.NONE) return { errorCode: refused, producerId: -1, producerEpoch: -1 };
    if ((body.producerId === -1) !== (body.producerEpoch === -1)) {
      // Kafka's handleInitProducerIdRequest: an epoch bump (KIP-360) names both, a new producer neither.
      throw new SamsaProtocolError(ErrorCode.INVALID_REQUEST, `producer id ${body.producerId} and epoch ${body.producerEpoch} must both be -1 or both be set`);
    }
    if (body.transactionalId !== '') {
      const expected = body.producerId === -1 ? undefined : { producerId: body.producerId, producerEpoch: body.producerEpoch };
      try {
        return await services.transactionCoordinator.handleInitProducerId(body.transactionalId, body.transactionTimeoutMs, expected);
      } catch (err) {
        // Producer id blocks come from ZooKeeper: unavailable or contended, the client retries.
        services.logger.warn({ err, transactionalId: body.transactionalId }, 'InitProducerId for a transactional id failed');
        return { errorCode: ErrorCode.COORDINATOR_NOT_AVAILABLE, producerId: -1, producerEpoch: -1 };
      }
    }
    try {
      const producerId = await manager.generateProducerId();
      return { errorCode: ErrorCode.NONE, producerId, producerEpoch: 0 };
    } catch (err) {
      // ZooKeeper unavailable or contended: the client retries (Kafka answers a retriable error too).
      services.logger.warn({ err }, 'could not allocate a producer id block');
      return { errorCode: ErrorCode.COORDINATOR_NOT_AVAILABLE, producerId: -1, producerEpoch: -1 };
    }
  };
}
