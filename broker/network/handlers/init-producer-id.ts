/**
 * InitProducerId (22), served by any broker for idempotent producers (Kafka's
 * handleInitProducerIdRequest without a transactional id): a fresh producer id from this
 * broker's block, epoch 0. Transactions are not supported, so a transactional id is refused.
 */
import { ErrorCode, SamsaProtocolError } from '../../../proto/errors';
import type { InitProducerIdRequest, InitProducerIdResponse } from '../../api/init-producer-id';
import { ProducerIdManager } from '../../coordinator/producer-id-manager';
import type { RequestHandler } from '../request';
import type { BrokerServices } from './index';

export function initProducerIdHandler(services: BrokerServices): RequestHandler<InitProducerIdRequest, InitProducerIdResponse> {
  const manager = services.producerIdManager ?? new ProducerIdManager({ brokerId: services.config.brokerId, source: services.zk });
  return async (_ctx, body) => {
    if (body.transactionalId !== '') {
      // The response has no message field: the request-level error carries the explanation.
      throw new SamsaProtocolError(ErrorCode.INVALID_REQUEST, `transactions are not supported: transactional_id must be empty, not '${body.transactionalId}'`);
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
