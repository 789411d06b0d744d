/**
 * UpdateMetadata (6), from the controller: the only way the metadata cache changes (Kafka's MetadataCache).
 * The request is believed only when ZooKeeper names its sender as controller at its epoch
 * (ControllerRequestFence); a refused one is answered with its error code and changes nothing.
 */
import { ErrorCode } from '../../../proto/errors';
import type { samsa } from '../../../proto/generated/samsa';
import { controllerRequestHeader } from '../../cluster/controller-request-rules';
import type { RequestHandler } from '../request';
import type { BrokerServices } from './index';

export function updateMetadataHandler(services: BrokerServices): RequestHandler {
  return async (ctx, body: samsa.v1.IUpdateMetadataRequest): Promise<samsa.v1.IUpdateMetadataResponse> => {
    const refusal = await services.controllerRequestFence.check('UpdateMetadata', controllerRequestHeader(body), ctx);
    if (refusal !== ErrorCode.NONE) return { errorCode: refusal };
    return { errorCode: services.replicaManager.maybeUpdateMetadataCache(body) };
  };
}
