/**
 * LeaderAndIsr (4), from the controller: become leader or follower of the listed partitions.
 * Fencing (controller epoch, broker epoch, per-partition leader epoch) is the replica manager's.
 */
import type { samsa } from '../../../proto/generated/samsa';
import type { RequestHandler } from '../request';
import type { BrokerServices } from './index';

export function leaderAndIsrHandler(services: BrokerServices): RequestHandler {
  return async (_ctx, body: samsa.v1.ILeaderAndIsrRequest): Promise<samsa.v1.ILeaderAndIsrResponse> =>
    services.replicaManager.becomeLeaderOrFollower(body);
}
