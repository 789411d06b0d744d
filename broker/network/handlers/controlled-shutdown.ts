/**
 * ControlledShutdown (7), from a broker that is stopping to the active controller (Kafka's
 * KafkaController.doControlledShutdown): the controller moves leadership away and answers with the partitions the broker still
 * leads. A broker that is not the active controller answers NOT_CONTROLLER so that the sender
 * looks the controller up again. The sender needs ClusterAction on the cluster.
 */
import { ErrorCode, errorCodeOf } from '../../../proto/errors';
import type { ControlledShutdownRequest, ControlledShutdownResponse } from '../../api/controller-requests';
import { AclOperation } from '../../security/acl';
import { requestAuthorization } from '../../security/authorize';
import type { RequestHandler } from '../request';
import type { BrokerServices } from './index';

export function controlledShutdownHandler(services: BrokerServices): RequestHandler<ControlledShutdownRequest, ControlledShutdownResponse> {
  return async (ctx, body) => {
    if (!requestAuthorization(services, ctx).allowsCluster(AclOperation.CLUSTER_ACTION)) return { errorCode: ErrorCode.CLUSTER_AUTHORIZATION_FAILED, remainingPartitions: [] };
    const controller = services.controller;
    if (!controller.isActive) return { errorCode: ErrorCode.NOT_CONTROLLER, remainingPartitions: [] };
    try {
      const result = await controller.controlledShutdown(body.brokerId, body.brokerEpoch);
      return { errorCode: result.errorCode, remainingPartitions: result.remainingPartitions.map((p) => ({ topic: p.topic, partition: p.partition })) };
    } catch (err) {
      const known = errorCodeOf(err);
      if (known === undefined) services.logger.error({ err, shuttingDownBrokerId: body.brokerId }, 'controlled shutdown failed');
      return { errorCode: known?.code ?? ErrorCode.UNKNOWN_SERVER_ERROR, remainingPartitions: [] };
    }
  };
}
