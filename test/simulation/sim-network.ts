/**
 * The simulated network between brokers: the inter-broker interfaces (the controller channel's
 * connection, the follower's LeaderRpc) deliver requests to the other broker's request handlers
 * in-process, with seeded latency, drops, duplicates and partitions between pairs of brokers.
 * Messages are copied on the way (nothing is shared between brokers, as on a wire). A request
 * whose request or answer is lost fails when its timeout passes, as a request on a dead TCP
 * connection does; a message addressed to a process that restarted since never arrives.
 */
import type { ApiKey } from '../../proto/api';
import type * as C from '../../broker/api/controller-requests';
import type { FetchResponse } from '../../broker/api/fetch';
import type { ListOffsetsResponse } from '../../broker/api/list-offsets';
import type { OffsetForLeaderEpochResponse } from '../../broker/api/offset-for-leader-epoch';
import type { LeaderEndpoint, LeaderRpc, LeaderRpcFactory } from '../../broker/cluster/leader-rpc';
import type { BrokerChannel, ConnectToBroker } from '../../broker/controller/controller-channel-manager';
import { ApiKey as Api } from '../../proto/api';
import type { Prng } from './prng';
import { ownerOf, type Owner, type SimLoop, type SimProcess } from './sim-loop';

/** What the network reaches in a broker: its request handlers, as the socket server would call them. */
export interface SimEndpoint {
  process: SimProcess;
  handle(apiKey: ApiKey, body: object, fromBrokerId: number): Promise<unknown>;
}

export interface NetworkFaults {
  dropProbability: number;
  duplicateProbability: number;
  /** One-way latency of a message. */
  latencyMs: () => number;
}

/** How long a controller-channel request waits for its answer (BrokerConnection's default). */
export const channelRequestTimeoutMs = 30_000;

export class RequestTimedOutError extends Error {
  constructor(apiKey: number, toBrokerId: number) {
    super(`request ${apiKey} to broker ${toBrokerId} timed out`);
    this.name = 'RequestTimedOutError';
  }
}

export class SimNetwork {
  private readonly endpoints = new Map<number, SimEndpoint>();
  private readonly cuts = new Set<string>();
  messagesSent = 0;
  messagesDropped = 0;

  constructor(private readonly loop: SimLoop, private readonly rng: Prng, readonly faults: NetworkFaults) {}

  register(brokerId: number, endpoint: SimEndpoint): void {
    this.endpoints.set(brokerId, endpoint);
  }

  partition(a: number, b: number): void {
    this.cuts.add(linkKey(a, b));
  }

  healAll(): void {
    this.cuts.clear();
  }

  get partitions(): string[] {
    return [...this.cuts].sort();
  }

  isCut(a: number, b: number): boolean {
    return this.cuts.has(linkKey(a, b));
  }

  /** Sends one request from `from` (broker `fromId`) to broker `toId`; settles within `timeoutMs`. */
  request(from: Owner, fromId: number, toId: number, apiKey: ApiKey, body: object, timeoutMs: number): { response: Promise<unknown>; abort: (err: Error) => void } {
    let abort: (err: Error) => void = () => undefined;
    const response = new Promise<unknown>((resolve, reject) => {
      let settled = false;
      const settle = (err: Error | undefined, value?: unknown): void => {
        if (settled) return;
        settled = true;
        timer.cancel();
        if (err) reject(err);
        else resolve(value);
      };
      abort = (err) => settle(err);
      const timer = this.loop.schedule(timeoutMs, `net timeout ${fromId}->${toId} ${apiKey}`, () => settle(new RequestTimedOutError(apiKey, toId)), from);
      this.transmit(from, fromId, toId, apiKey, body, (err, value) => settle(err, value));
      if (this.rng.chance(this.faults.duplicateProbability)) this.transmit(from, fromId, toId, apiKey, body, () => undefined);
    });
    return { response, abort };
  }

  private transmit(from: Owner, fromId: number, toId: number, apiKey: ApiKey, body: object, answer: (err: Error | undefined, value?: unknown) => void): void {
    this.messagesSent += 1;
    const target = this.endpoints.get(toId);
    if (target === undefined || this.lost(fromId, toId)) return;
    const request = copyMessage(body);
    this.loop.schedule(this.faults.latencyMs(), `net ${fromId}->${toId} ${apiName(apiKey)}`, () => {
      if (this.isCut(fromId, toId)) return;
      target.handle(apiKey, request, fromId).then(
        (value) => this.reply(from, fromId, toId, apiKey, () => answer(undefined, copyMessage(value))),
        (err: unknown) => this.reply(from, fromId, toId, apiKey, () => answer(err instanceof Error ? err : new Error(String(err)))),
      );
    }, ownerOf(target.process));
  }

  private reply(from: Owner, fromId: number, toId: number, apiKey: ApiKey, deliver: () => void): void {
    this.messagesSent += 1;
    if (this.lost(toId, fromId)) return;
    this.loop.schedule(this.faults.latencyMs(), `net ${toId}->${fromId} ${apiName(apiKey)} answer`, () => {
      if (!this.isCut(fromId, toId)) deliver();
    }, from);
  }

  private lost(a: number, b: number): boolean {
    if (this.isCut(a, b) || this.rng.chance(this.faults.dropProbability)) {
      this.messagesDropped += 1;
      return true;
    }
    return false;
  }

  /** The controller channel's way to a broker, for the controller running in `from`. */
  controllerConnections(from: Owner, fromId: number): ConnectToBroker {
    return (broker) => new SimConnection(this, from, fromId, broker.id);
  }

  /** The replica fetchers' way to a leader, for the broker running in `from`. */
  leaderRpcFactory(from: Owner, fromId: number): LeaderRpcFactory {
    return (endpoint: LeaderEndpoint): LeaderRpc => {
      const connection = new SimConnection(this, from, fromId, endpoint.brokerId);
      return {
        fetch: (request, timeoutMs) => connection.send<FetchResponse>(Api.Fetch, request, timeoutMs),
        offsetForLeaderEpoch: (request, timeoutMs) => connection.send<OffsetForLeaderEpochResponse>(Api.OffsetForLeaderEpoch, request, timeoutMs),
        listOffsets: (request, timeoutMs) => connection.send<ListOffsetsResponse>(Api.ListOffsets, request, timeoutMs),
        close: () => connection.close(),
      };
    };
  }
}

/** One connection (a BrokerChannel for the controller): `close` fails what is in flight on it, as closing a socket does. */
class SimConnection implements BrokerChannel {
  private readonly inFlight = new Set<(err: Error) => void>();
  private closed = false;

  constructor(private readonly network: SimNetwork, private readonly from: Owner, private readonly fromId: number, private readonly toId: number) {}

  leaderAndIsr(request: C.LeaderAndIsrRequest): Promise<C.LeaderAndIsrResponse> {
    return this.send(Api.LeaderAndIsr, request, channelRequestTimeoutMs);
  }

  updateMetadata(request: C.UpdateMetadataRequest): Promise<C.UpdateMetadataResponse> {
    return this.send(Api.UpdateMetadata, request, channelRequestTimeoutMs);
  }

  stopReplica(request: C.StopReplicaRequest): Promise<C.StopReplicaResponse> {
    return this.send(Api.StopReplica, request, channelRequestTimeoutMs);
  }

  async send<T>(apiKey: ApiKey, body: object, timeoutMs: number): Promise<T> {
    if (this.closed) throw new Error('connection closed');
    const { response, abort } = this.network.request(this.from, this.fromId, this.toId, apiKey, body, timeoutMs);
    this.inFlight.add(abort);
    try {
      return (await response) as T;
    } finally {
      this.inFlight.delete(abort);
    }
  }

  close(): void {
    this.closed = true;
    for (const abort of [...this.inFlight]) abort(new Error('connection closed'));
  }
}

function linkKey(a: number, b: number): string {
  return a < b ? `${a}-${b}` : `${b}-${a}`;
}

function apiName(apiKey: number): string {
  return Object.entries(Api).find(([, v]) => v === apiKey)?.[0] ?? String(apiKey);
}

/** A deep copy: plain objects and arrays copied, byte arrays copied into fresh Buffers. */
export function copyMessage<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Uint8Array) return Buffer.from(value) as unknown as T;
  if (Array.isArray(value)) return value.map((v: unknown) => copyMessage(v)) as unknown as T;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = copyMessage(v);
  return out as T;
}
