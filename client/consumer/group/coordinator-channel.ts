/**
 * The way to a group's coordinator (Kafka's AbstractCoordinator.lookupCoordinator): a
 * FindCoordinator to any broker names the node, then group requests go straight to it over a
 * connection pool of their own, so a heartbeat never queues behind a long-poll fetch on the
 * shared connection to the same broker (Kafka opens its coordinator connection under a separate
 * node id for the same reason). COORDINATOR_NOT_AVAILABLE, NOT_COORDINATOR and connection
 * failures forget the coordinator; the next request looks it up again.
 */

import { ApiKey } from '../../../proto/api';
import { ErrorCode, errorName } from '../../../proto/errors';
import { type samsa } from '../../../proto/generated/samsa';
import { type Cluster } from '../../cluster/cluster';
import { type BrokerAddress, ConnectionPool } from '../../network/connection-pool';
import { SamsaConnectionError, protocolError } from '../../errors';

/** What the group protocol needs from the network; tests give a fake. */
export interface CoordinatorChannel {
  send<T>(apiKey: ApiKey, body: object, opts?: { timeoutMs?: number }): Promise<T>;
  /** Forgets the coordinator after an error that says it moved. */
  markCoordinatorUnknown(reason: string): void;
  /** Fails requests in flight (a parked JoinGroup) and forgets the coordinator; later sends reconnect. */
  close(): void;
}

export interface Coordinator extends BrokerAddress {
  nodeId: number;
}

/** FindCoordinator key types (KIP-98 added 1 for transactions). */
export const CoordinatorKeyType = { Group: 0, Transaction: 1 } as const;
export type CoordinatorKeyType = (typeof CoordinatorKeyType)[keyof typeof CoordinatorKeyType];

/** The error codes that say the coordinator is elsewhere or gone (Kafka's coordinator-unknown set). */
export function isCoordinatorMoved(code: number): boolean {
  return code === ErrorCode.COORDINATOR_NOT_AVAILABLE || code === ErrorCode.NOT_COORDINATOR;
}

/** Coordinator answers worth asking again after a backoff (moved, loading, or busy finishing a transaction). */
export function isCoordinatorRetriable(code: number): boolean {
  return isCoordinatorMoved(code) || code === ErrorCode.COORDINATOR_LOAD_IN_PROGRESS || code === ErrorCode.CONCURRENT_TRANSACTIONS;
}

export class ClusterCoordinatorChannel implements CoordinatorChannel {
  private pool: ConnectionPool | undefined;
  private coordinator: Coordinator | undefined;
  private lookup: Promise<Coordinator> | undefined;

  /** `groupId` is the coordinator key: a group id, or a transactional id with key type 1. */
  constructor(private readonly cluster: Cluster, private readonly groupId: string, private readonly keyType: CoordinatorKeyType = CoordinatorKeyType.Group) {}

  get current(): Coordinator | undefined {
    return this.coordinator;
  }

  async send<T>(apiKey: ApiKey, body: object, opts?: { timeoutMs?: number }): Promise<T> {
    const coordinator = await this.findCoordinator();
    try {
      this.pool ??= new ConnectionPool({
        clientId: this.cluster.options.clientId,
        connectionTimeoutMs: this.cluster.options.connectionTimeoutMs,
        requestTimeoutMs: this.cluster.options.requestTimeoutMs,
        logger: this.cluster.logger,
        ...(this.cluster.options.security === undefined ? {} : { security: this.cluster.options.security }),
      });
      return await this.pool.send<T>(coordinator, apiKey, body, opts);
    } catch (err) {
      if (err instanceof SamsaConnectionError) this.markCoordinatorUnknown(err.message);
      throw err;
    }
  }

  markCoordinatorUnknown(reason: string): void {
    if (!this.coordinator) return;
    this.cluster.logger.debug({ groupId: this.groupId, coordinator: this.coordinator.nodeId, reason }, 'group coordinator unknown');
    this.coordinator = undefined;
  }

  /** The cached coordinator, or one lookup shared by every caller that needs it meanwhile. */
  findCoordinator(): Promise<Coordinator> {
    if (this.coordinator) return Promise.resolve(this.coordinator);
    this.lookup ??= this.lookupCoordinator().finally(() => (this.lookup = undefined));
    return this.lookup;
  }

  /** Closes the coordinator connection, failing requests in flight; a later send opens a new one. */
  close(): void {
    this.coordinator = undefined;
    this.pool?.close();
    this.pool = undefined;
  }

  private async lookupCoordinator(): Promise<Coordinator> {
    const request: samsa.v1.IFindCoordinatorRequest = { key: this.groupId, keyType: this.keyType };
    const response = await this.cluster.sendToAny<samsa.v1.IFindCoordinatorResponse>(ApiKey.FindCoordinator, request);
    const code = response.errorCode ?? 0;
    const what = this.keyType === CoordinatorKeyType.Transaction ? 'transactional id' : 'group';
    if (code !== 0) throw protocolError(code, response.errorMessage || `${errorName(code)}: no coordinator for ${what} ${this.groupId}`);
    this.coordinator = { nodeId: response.nodeId ?? -1, host: response.host ?? '', port: response.port ?? 0 };
    return this.coordinator;
  }
}
