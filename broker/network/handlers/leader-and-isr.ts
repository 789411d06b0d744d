/**
 * LeaderAndIsr (4), from the controller: become leader or follower of the listed partitions.
 * The request is believed only when ZooKeeper names its sender as controller at its epoch
 * (ControllerRequestFence); the replica manager then fences per-partition leader epochs.
 */
import { ErrorCode } from '../../../proto/errors';
import type { samsa } from '../../../proto/generated/samsa';
import { controllerRequestHeader } from '../../cluster/controller-request-rules';
import type { RequestHandler } from '../request';
import type { BrokerServices } from './index';

export function leaderAndIsrHandler(services: BrokerServices): RequestHandler {
  return async (ctx, body: samsa.v1.ILeaderAndIsrRequest): Promise<samsa.v1.ILeaderAndIsrResponse> => {
    const refusal = await services.controllerRequestFence.check('LeaderAndIsr', controllerRequestHeader(body), ctx);
    if (refusal !== ErrorCode.NONE) return { errorCode: refusal, partitionErrors: [] };
    return services.replicaManager.becomeLeaderOrFollower(body);
  };
}
