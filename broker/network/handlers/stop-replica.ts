/**
 * StopReplica (5), from the controller: stop serving the listed partitions and, for topic deletion,
 * delete their logs. Answers per partition so that the controller can track deletion progress.
 * Deleting a log is irreversible, so the request is believed only when ZooKeeper names its sender
 * as controller at its epoch (ControllerRequestFence), and only from a principal with
 * ClusterAction on the cluster.
 */
import { ErrorCode } from '../../../proto/errors';
import type { StopReplicaRequest, StopReplicaResponse } from '../../api/controller-requests';
import { AclOperation } from '../../security/acl';
import { requestAuthorization } from '../../security/authorize';
import type { RequestHandler } from '../request';
import type { BrokerServices } from './index';

export function stopReplicaHandler(services: BrokerServices): RequestHandler<StopReplicaRequest, StopReplicaResponse> {
  return async (ctx, body) => {
    if (!requestAuthorization(services, ctx).allowsCluster(AclOperation.CLUSTER_ACTION)) return { errorCode: ErrorCode.CLUSTER_AUTHORIZATION_FAILED, partitionErrors: [] };
    const refusal = await services.controllerRequestFence.check('StopReplica', body, ctx);
    if (refusal !== ErrorCode.NONE) return { errorCode: refusal, partitionErrors: [] };
    return services.replicaManager.stopReplicas(body);
  };
}
