/** A stopping broker's ControlledShutdown to the active controller, over a protobuf connection. */
import { ApiKey } from '../../../proto/api';
import { BrokerConnection } from '../../../client/network/connection';
import type { ControllerTarget } from '../../cluster/controlled-shutdown-client';
import { controlledShutdownClientCodec } from '../codecs/protobuf/control';
import { plaintextInterBroker, type InterBrokerSecurity } from './security';
import { sendWith } from './send';

export function connectionControllerTarget(
  controllerId: number, endpoint: { host: string; port: number }, opts: { clientId: string; requestTimeoutMs: number },
  security: InterBrokerSecurity = plaintextInterBroker,
): ControllerTarget {
  const connection = new BrokerConnection({ host: endpoint.host, port: endpoint.port, ...opts, ...security() });
  return {
    id: controllerId,
    send: (request) => sendWith(connection, ApiKey.ControlledShutdown, controlledShutdownClientCodec, request),
    close: () => connection.close(),
  };
}
