/**
 * LeaderAndIsr (4), from the controller: become leader or follower of the listed partitions.
 * The request is believed only when ZooKeeper names its sender as controller at its epoch
 * (ControllerRequestFence); the replica manager then fences per-partition leader epochs.
 */
import { ErrorCode } from '../../../proto/errors';
import type { LeaderAndIsrRequest, LeaderAndIsrResponse } from '../../api/controller-requests';
import type { RequestHandler } from '../request';
import type { BrokerServices } from './index';

export function leaderAndIsrHandler(services: BrokerServices): RequestHandler<LeaderAndIsrRequest, LeaderAndIsrResponse> {
  return async (ctx, body) => {
    const refusal = await services.controllerRequestFence.check('LeaderAndIsr', body, ctx);
    if (refusal !== ErrorCode.NONE) return { errorCode: refusal, partitionErrors: [] };
    return services.replicaManager.becomeLeaderOrFollower(body);
  };
}
