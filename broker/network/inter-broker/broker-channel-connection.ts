/**
 * The controller's BrokerChannel over a protobuf connection to a broker's endpoint on the
 * controller's listener (control.plane.listener.name, else inter.broker.listener.name).
 */
import { ApiKey } from '../../../proto/api';
import { BrokerConnection } from '../../../client/network/connection';
import type { ConnectToBroker } from '../../controller/controller-channel-manager';
import { leaderAndIsrClientCodec, stopReplicaClientCodec, updateMetadataClientCodec } from '../codecs/protobuf/control';
import { plaintextInterBroker, type InterBrokerSecurity } from './security';
import { sendWith } from './send';

/** The client id names the controller broker, so that brokers' logs say who sent a request. */
export function connectionBrokerChannelFactory(controllerId: number, security: InterBrokerSecurity = plaintextInterBroker): ConnectToBroker {
  return (_broker, endpoint) => {
    const connection = new BrokerConnection({ host: endpoint.host, port: endpoint.port, clientId: `controller-${controllerId}`, ...security() });
    return {
      leaderAndIsr: (request) => sendWith(connection, ApiKey.LeaderAndIsr, leaderAndIsrClientCodec, request),
      updateMetadata: (request) => sendWith(connection, ApiKey.UpdateMetadata, updateMetadataClientCodec, request),
      stopReplica: (request) => sendWith(connection, ApiKey.StopReplica, stopReplicaClientCodec, request),
      close: () => connection.close(),
    };
  };
}
