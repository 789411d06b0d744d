/**
 * InitProducerId (22), served by any broker for idempotent producers (Kafka's
 * handleInitProducerIdRequest without a transactional id): a fresh producer id from this
 * broker's block, epoch 0. Transactions are not supported, so a transactional id is refused.
 */
import { ErrorCode, SamsaProtocolError } from '../../../proto/errors';
import type { InitProducerIdRequest, InitProducerIdResponse } from '../../api/init-producer-id';
import type { RequestHandler } from '../request';
import type { BrokerServices } from './index';

export function initProducerIdHandler(services: BrokerServices): RequestHandler<InitProducerIdRequest, InitProducerIdResponse> {
  const manager = services.producerIdManager;
  return async (_ctx, body) => {
    if (body.transactionalId !== '') {
      // The response has no message field: the request-level error carries the explanation.
      throw new SamsaProtocolError(ErrorCode.INVALID_REQUEST, `transactions are not supported: transactional_id must be empty, not '${body.transactionalId}'`);
    }
    if ((body.producerId === -1) !== (body.producerEpoch === -1)) {
      // Kafka's handleInitProducerIdRequest: an epoch bump (KIP-360) names both, a new producer neither.
      throw new SamsaProtocolError(ErrorCode.INVALID_REQUEST, `producer id ${body.producerId} and epoch ${body.producerEpoch} must both be -1 or both be set`);
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
