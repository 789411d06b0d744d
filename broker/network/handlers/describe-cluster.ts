/**
 * DescribeCluster (60, KIP-700), served by any broker from its metadata cache as Metadata is: the
 * cluster id, the controller and the live brokers as seen through the request's listener. With no
 * authorizer (security is a later step) every cluster operation is allowed, so the authorized
 * operations, when asked for, are all that Kafka defines for the cluster resource.
 */
import { ErrorCode } from '../../../proto/errors';
import { clusterAuthorizedOperationsOmitted, type DescribeClusterRequest, type DescribeClusterResponse } from '../../api/describe-cluster';
import { AclOperation } from '../../security/acl';
import { clusterOperations, operationBits, requestAuthorization } from '../../security/authorize';
import type { RequestContext, RequestHandler } from '../request';
import type { BrokerServices } from './index';

/** Kafka's bit set of every operation the cluster resource has (what a session with no authorizer may perform). */
export const allClusterOperations = operationBits(clusterOperations);

function authorizedOperations(services: BrokerServices, ctx: RequestContext): number {
  const auth = requestAuthorization(services, ctx);
  return auth.allowsCluster(AclOperation.DESCRIBE) ? auth.clusterOperationBits() : 0;
}

export function describeClusterHandler(services: BrokerServices): RequestHandler<DescribeClusterRequest, DescribeClusterResponse> {
  return async (ctx, body) => {
    const cache = services.metadataCache;
    return {
      errorCode: ErrorCode.NONE,
      errorMessage: '',
      clusterId: cache.clusterId,
      controllerId: cache.controllerId(),
      brokers: cache.aliveBrokerNodes(ctx.listenerName),
      clusterAuthorizedOperations: body.includeClusterAuthorizedOperations ? authorizedOperations(services, ctx) : clusterAuthorizedOperationsOmitted,
    };
  };
}
