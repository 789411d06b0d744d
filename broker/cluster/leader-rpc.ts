/**
 * The requests a follower sends to its leader (Fetch, OffsetForLeaderEpoch, ListOffsets), behind a
 * small interface so that the replica fetcher can be driven in tests without sockets. The real one
 * is a BrokerConnection to the leader's endpoint on inter.broker.listener.name.
 */
import { ApiKey } from '../../proto/api';
import type { samsa } from '../../proto/generated/samsa';
import { BrokerConnection } from '../../client/network/connection';

export interface LeaderEndpoint {
  brokerId: number;
  host: string;
  port: number;
}

export interface LeaderRpc {
  fetch(body: samsa.v1.IFetchRequest, timeoutMs: number): Promise<samsa.v1.IFetchResponse>;
  offsetForLeaderEpoch(body: samsa.v1.IOffsetForLeaderEpochRequest, timeoutMs: number): Promise<samsa.v1.IOffsetForLeaderEpochResponse>;
  listOffsets(body: samsa.v1.IListOffsetsRequest, timeoutMs: number): Promise<samsa.v1.IListOffsetsResponse>;
  close(): void;
}

export type LeaderRpcFactory = (endpoint: LeaderEndpoint) => LeaderRpc;

/** Kafka's replica fetcher client id is "broker-<id>-fetcher-<n>". */
export function connectionLeaderRpcFactory(localBrokerId: number, connectTimeoutMs: number): LeaderRpcFactory {
  return (endpoint) => {
    const connection = new BrokerConnection({
      host: endpoint.host, port: endpoint.port, clientId: `broker-${localBrokerId}-fetcher-0`, connectTimeoutMs,
    });
    return {
      fetch: (body, timeoutMs) => connection.send<samsa.v1.IFetchResponse>(ApiKey.Fetch, body, { timeoutMs }),
      offsetForLeaderEpoch: (body, timeoutMs) =>
        connection.send<samsa.v1.IOffsetForLeaderEpochResponse>(ApiKey.OffsetForLeaderEpoch, body, { timeoutMs }),
      listOffsets: (body, timeoutMs) => connection.send<samsa.v1.IListOffsetsResponse>(ApiKey.ListOffsets, body, { timeoutMs }),
      close: () => connection.close(),
    };
  };
}
