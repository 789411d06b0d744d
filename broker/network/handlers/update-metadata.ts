/**
 * UpdateMetadata (6), from the controller: the only way the metadata cache changes (reference §8).
 * The request is believed only when ZooKeeper names its sender as controller at its epoch
 * (ControllerRequestFence); a refused one is answered with its error code and changes nothing.
 */
import { ErrorCode } from '../../../proto/errors';
import type { UpdateMetadataRequest, UpdateMetadataResponse } from '../../api/controller-requests';
import type { RequestHandler } from '../request';
import type { BrokerServices } from './index';

export function updateMetadataHandler(services: BrokerServices): RequestHandler<UpdateMetadataRequest, UpdateMetadataResponse> {
  return async (ctx, body) => {
    const refusal = await services.controllerRequestFence.check('UpdateMetadata', body, ctx);
    if (refusal !== ErrorCode.NONE) return { errorCode: refusal };
    return { errorCode: services.replicaManager.maybeUpdateMetadataCache(body) };
  };
}
