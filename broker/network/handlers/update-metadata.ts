/**
 * UpdateMetadata (6), from the controller: the only way the metadata cache changes (reference §8).
 * A stale controller or broker epoch is answered with its own error code and changes nothing.
 */
import type { samsa } from '../../../proto/generated/samsa';
import type { RequestHandler } from '../request';
import type { BrokerServices } from './index';

export function updateMetadataHandler(services: BrokerServices): RequestHandler {
  return async (_ctx, body: samsa.v1.IUpdateMetadataRequest): Promise<samsa.v1.IUpdateMetadataResponse> => ({
    errorCode: services.replicaManager.maybeUpdateMetadataCache(body),
  });
}
