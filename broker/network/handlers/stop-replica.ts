/**
 * StopReplica (5), from the controller: stop serving the listed partitions and, for topic deletion,
 * delete their logs. Answers per partition so that the controller can track deletion progress.
 */
import type { samsa } from '../../../proto/generated/samsa';
import type { RequestHandler } from '../request';
import type { BrokerServices } from './index';

export function stopReplicaHandler(services: BrokerServices): RequestHandler {
  return async (_ctx, body: samsa.v1.IStopReplicaRequest): Promise<samsa.v1.IStopReplicaResponse> =>
    services.replicaManager.stopReplicas(body);
}
