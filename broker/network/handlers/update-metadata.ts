/**
 * UpdateMetadata (6), from the controller: the only way the metadata cache changes (Kafka's MetadataCache).
 * The request is believed only when ZooKeeper names its sender as controller at its epoch
 * (ControllerRequestFence) and sent by a principal with ClusterAction on the cluster; a refused one
 * is answered with its error code and changes nothing.
 */
import { ErrorCode } from '../../../proto/errors';
import type { UpdateMetadataRequest, UpdateMetadataResponse } from '../../api/controller-requests';
import { AclOperation } from '../../security/acl';
import { requestAuthorization } from '../../security/authorize';
import type { RequestHandler } from '../request';
import type { BrokerServices } from './index';

export function updateMetadataHandler(services: BrokerServices): RequestHandler<UpdateMetadataRequest, UpdateMetadataResponse> {
  return async (ctx, body) => {
    if (!requestAuthorization(services, ctx).allowsCluster(AclOperation.CLUSTER_ACTION)) return { errorCode: ErrorCode.CLUSTER_AUTHORIZATION_FAILED };
    const refusal = await services.controllerRequestFence.check('UpdateMetadata', body, ctx);
    if (refusal !== ErrorCode.NONE) return { errorCode: refusal };
    return { errorCode: services.replicaManager.maybeUpdateMetadataCache(body) };
  };
}
