/**
 * DescribeCluster (60, KIP-700), served by any broker from its metadata cache as Metadata is: the
 * cluster id, the controller and the live brokers as seen through the request's listener. With no
 * authorizer (security is a later step) every cluster operation is allowed, so the authorized
 * operations, when asked for, are all that Kafka defines for the cluster resource.
 */
import { ErrorCode } from '../../../proto/errors';
import { clusterAuthorizedOperationsOmitted, type DescribeClusterRequest, type DescribeClusterResponse } from '../../api/describe-cluster';
import type { RequestHandler } from '../request';
import type { BrokerServices } from './index';

/** Kafka's AclOperation ids valid on the cluster resource. */
const clusterOperations = {
  Create: 5, Alter: 7, Describe: 8, ClusterAction: 9, DescribeConfigs: 10, AlterConfigs: 11, IdempotentWrite: 12,
} as const;

/** Kafka's bit set: bit n set when operation n is allowed. */
export const allClusterOperations = Object.values(clusterOperations).reduce((bits, op) => bits | (1 << op), 0);

export function describeClusterHandler(services: BrokerServices): RequestHandler<DescribeClusterRequest, DescribeClusterResponse> {
  return async (ctx, body) => {
    const cache = services.metadataCache;
    return {
      errorCode: ErrorCode.NONE,
      errorMessage: '',
      clusterId: cache.clusterId,
      controllerId: cache.controllerId(),
      brokers: cache.aliveBrokerNodes(ctx.listenerName),
      clusterAuthorizedOperations: body.includeClusterAuthorizedOperations ? allClusterOperations : clusterAuthorizedOperationsOmitted,
    };
  };
}
