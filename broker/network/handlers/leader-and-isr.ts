/**
 * LeaderAndIsr (4), from the controller: become leader or follower of the listed partitions.
 * The request is believed only when ZooKeeper names its sender as controller at its epoch
 * (ControllerRequestFence); the replica manager then fences per-partition leader epochs. Only a
 * principal with ClusterAction on the cluster may send it (Kafka authorizes before any epoch check).
 */
import { ErrorCode } from '../../../proto/errors';
import type { LeaderAndIsrRequest, LeaderAndIsrResponse } from '../../api/controller-requests';
import { AclOperation } from '../../security/acl';
import { requestAuthorization } from '../../security/authorize';
import type { RequestHandler } from '../request';
import type { BrokerServices } from './index';

export function leaderAndIsrHandler(services: BrokerServices): RequestHandler<LeaderAndIsrRequest, LeaderAndIsrResponse> {
  return async (ctx, body) => {
    if (!requestAuthorization(services, ctx).allowsCluster(AclOperation.CLUSTER_ACTION)) return { errorCode: ErrorCode.CLUSTER_AUTHORIZATION_FAILED, partitionErrors: [] };
    const refusal = await services.controllerRequestFence.check('LeaderAndIsr', body, ctx);
    if (refusal !== ErrorCode.NONE) return { errorCode: refusal, partitionErrors: [] };
    return services.replicaManager.becomeLeaderOrFollower(body);
  };
}
