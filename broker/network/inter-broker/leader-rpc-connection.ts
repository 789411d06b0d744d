/**
 * The follower's LeaderRpc over a protobuf connection to the leader's endpoint on
 * inter.broker.listener.name: domain requests are encoded and the leader's answers decoded by
 * the protobuf client codecs.
 */
import { ApiKey } from '../../../proto/api';
import { BrokerConnection } from '../../../client/network/connection';
import type { LeaderRpcFactory } from '../../cluster/leader-rpc';
import { fetchClientCodec, listOffsetsClientCodec, offsetForLeaderEpochClientCodec } from '../codecs/protobuf/produce-fetch';
import { plaintextInterBroker, type InterBrokerSecurity } from './security';
import { sendWith } from './send';

/** Kafka's replica fetcher client id is "broker-<id>-fetcher-<n>". */
export function connectionLeaderRpcFactory(localBrokerId: number, connectTimeoutMs: number, security: InterBrokerSecurity = plaintextInterBroker): LeaderRpcFactory {
  return (endpoint) => {
    const connection = new BrokerConnection({
      host: endpoint.host, port: endpoint.port, clientId: `broker-${localBrokerId}-fetcher-0`, connectTimeoutMs, ...security(),
    });
    return {
      fetch: (request, timeoutMs) => sendWith(connection, ApiKey.Fetch, fetchClientCodec, request, timeoutMs),
      offsetForLeaderEpoch: (request, timeoutMs) => sendWith(connection, ApiKey.OffsetForLeaderEpoch, offsetForLeaderEpochClientCodec, request, timeoutMs),
      listOffsets: (request, timeoutMs) => sendWith(connection, ApiKey.ListOffsets, listOffsetsClientCodec, request, timeoutMs),
      close: () => connection.close(),
    };
  };
}
