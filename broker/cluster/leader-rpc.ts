/**
 * The requests a follower sends to its leader (Fetch, OffsetForLeaderEpoch, ListOffsets), in
 * domain types behind a small interface, so that the replica fetcher runs the same over a real
 * connection (network/inter-broker/leader-rpc-connection.ts), a simulated network, or a test fake.
 */
import type { FetchRequest, FetchResponse } from '../api/fetch';
import type { ListOffsetsRequest, ListOffsetsResponse } from '../api/list-offsets';
import type { OffsetForLeaderEpochRequest, OffsetForLeaderEpochResponse } from '../api/offset-for-leader-epoch';

export interface LeaderEndpoint {
  brokerId: number;
  host: string;
  port: number;
}

export interface LeaderRpc {
  fetch(request: FetchRequest, timeoutMs: number): Promise<FetchResponse>;
  offsetForLeaderEpoch(request: OffsetForLeaderEpochRequest, timeoutMs: number): Promise<OffsetForLeaderEpochResponse>;
  listOffsets(request: ListOffsetsRequest, timeoutMs: number): Promise<ListOffsetsResponse>;
  close(): void;
}

export type LeaderRpcFactory = (endpoint: LeaderEndpoint) => LeaderRpc;
