/**
 * Kafka's `ControllerChannelManager`: one bounded request queue and one sender loop per live
 * broker. A failed send is retried after reconnecting, with exponential backoff, until it
 * succeeds or the broker is removed (its ephemeral vanished), as Kafka's RequestSendThread does;
 * requests to one broker therefore arrive in the order they were queued. Every sender loop stops
 * when the controller resigns or shuts down (`shutdown`), and a manager that was shut down never
 * starts another one, so a deposed or departing controller cannot keep retrying requests (to its
 * own closed listener, for instance).
 */

import type { Logger } from 'pino';
import { ApiKey } from '../../proto/api';
import type { BrokerInfo } from '../../zk/kafka-zk-client';
import type * as C from '../api/controller-requests';

export const brokerRequestQueueSizeMax = 1_000;
export const sendRetryBackoffMsInitial = 100;
export const sendRetryBackoffMsMax = 5_000;

/**
 * The controller's connection to one broker, in domain types. The protobuf one is
 * network/inter-broker/broker-channel-connection.ts; tests and the simulation plug in their own.
 * A rejected promise means the request may not have arrived: the sender reconnects and resends.
 */
export interface BrokerChannel {
  leaderAndIsr(request: C.LeaderAndIsrRequest): Promise<C.LeaderAndIsrResponse>;
  updateMetadata(request: C.UpdateMetadataRequest): Promise<C.UpdateMetadataResponse>;
  stopReplica(request: C.StopReplicaRequest): Promise<C.StopReplicaResponse>;
  close(): void;
}

/** Opens a channel to `broker` at `endpoint` (its endpoint on the controller's listener). */
export type ConnectToBroker = (broker: BrokerInfo, endpoint: { host: string; port: number }) => BrokerChannel;

export type ControllerRequest =
  | { apiKey: typeof ApiKey.LeaderAndIsr; body: C.LeaderAndIsrRequest; onResponse?: (response: C.LeaderAndIsrResponse) => void }
  | { apiKey: typeof ApiKey.UpdateMetadata; body: C.UpdateMetadataRequest; onResponse?: (response: C.UpdateMetadataResponse) => void }
  | { apiKey: typeof ApiKey.StopReplica; body: C.StopReplicaRequest; onResponse?: (response: C.StopReplicaResponse) => void };

/** Sends `request` on `channel`; resolves with the call that hands its response to the request's callback. */
async function deliver(channel: BrokerChannel, request: ControllerRequest): Promise<() => void> {
  switch (request.apiKey) {
    case ApiKey.LeaderAndIsr: {
      const response = await channel.leaderAndIsr(request.body);
      return () => request.onResponse?.(response);
    }
    case ApiKey.UpdateMetadata: {
      const response = await channel.updateMetadata(request.body);
      return () => request.onResponse?.(response);
    }
    case ApiKey.StopReplica: {
      const response = await channel.stopReplica(request.body);
      return () => request.onResponse?.(response);
    }
  }
}

export interface ChannelManagerOptions {
  controllerId: number;
  interBrokerListenerName: string;
  logger: Logger;
  connectToBroker: ConnectToBroker;
  queueSizeMax?: number;
}

/** The endpoint the controller (and followers) use to reach a broker. */
export function interBrokerEndpoint(broker: BrokerInfo, listenerName: string): { host: string; port: number } | undefined {
  return broker.endpoints.find((e) => e.listenerName === listenerName) ?? broker.endpoints[0];
}

export class ControllerChannelManager {
  private readonly senders = new Map<number, RequestSendThread>();
  private stopped = false;

  constructor(private readonly opts: ChannelManagerOptions) {}

  /** True once shut down: no sender runs and none will start. */
  get isShutdown(): boolean {
    return this.stopped;
  }

  /** Sender loops running (one per broker with a channel). */
  get senderCount(): number {
    return this.senders.size;
  }

  startup(brokers: BrokerInfo[]): void {
    for (const b of brokers) this.addBroker(b);
  }

  addBroker(broker: BrokerInfo): void {
    if (this.stopped || this.senders.has(broker.id)) return;
    const connect = (b: BrokerInfo): BrokerChannel => this.connect(b);
    const sender = new RequestSendThread(broker, connect, this.opts.logger.child({ targetBrokerId: broker.id }), this.opts.queueSizeMax ?? brokerRequestQueueSizeMax);
    this.senders.set(broker.id, sender);
    void sender.run();
  }

  /** New endpoints for a live broker: reconnect there, keeping the queued requests in order. */
  updateBroker(broker: BrokerInfo): void {
    this.senders.get(broker.id)?.updateBroker(broker);
  }

  removeBroker(brokerId: number): void {
    const sender = this.senders.get(brokerId);
    if (!sender) return;
    this.senders.delete(brokerId);
    sender.stop();
  }

  /** Queues a request; false when the broker has no channel (not live). */
  sendRequest(brokerId: number, request: ControllerRequest): boolean {
    const sender = this.senders.get(brokerId);
    if (!sender) {
      this.opts.logger.warn({ targetBrokerId: brokerId, apiKey: request.apiKey }, 'not sending request to a broker that is not live');
      return false;
    }
    sender.enqueue(request);
    return true;
  }

  queueSize(brokerId: number): number {
    return this.senders.get(brokerId)?.queueSize ?? 0;
  }

  shutdown(): void {
    this.stopped = true;
    for (const id of [...this.senders.keys()]) this.removeBroker(id);
  }

  private connect(broker: BrokerInfo): BrokerChannel {
    const endpoint = interBrokerEndpoint(broker, this.opts.interBrokerListenerName);
    if (!endpoint) throw new Error(`broker ${broker.id} has no endpoint`);
    return this.opts.connectToBroker(broker, endpoint);
  }
}

class RequestSendThread {
  private readonly queue: ControllerRequest[] = [];
  private connection: BrokerChannel | undefined;
  private wake: (() => void) | undefined;
  private interruptBackoff: (() => void) | undefined;
  private stopped = false;

  constructor(
    private broker: BrokerInfo,
    private readonly connect: (broker: BrokerInfo) => BrokerChannel,
    private readonly logger: Logger,
    private readonly queueSizeMax: number,
  ) {}

  get queueSize(): number {
    return this.queue.length;
  }

  enqueue(request: ControllerRequest): void {
    if (this.queue.length >= this.queueSizeMax) {
      // A broker this far behind is not consuming controller requests; the newest state supersedes
      // the oldest, so drop the oldest rather than grow without bound.
      const dropped = this.queue.shift();
      this.logger.error({ apiKey: dropped?.apiKey, queueSizeMax: this.queueSizeMax }, 'controller request queue full; dropping oldest request');
    }
    this.queue.push(request);
    this.wakeUp();
  }

  updateBroker(broker: BrokerInfo): void {
    this.broker = broker;
    // An in-flight send on the old connection fails and is retried on a new one.
    this.connection?.close();
    this.connection = undefined;
  }

  stop(): void {
    this.stopped = true;
    this.queue.length = 0;
    this.connection?.close();
    this.connection = undefined;
    this.interruptBackoff?.();
    this.wakeUp();
  }

  async run(): Promise<void> {
    let backoffMs = sendRetryBackoffMsInitial;
    while (!this.stopped) {
      const request = this.queue[0];
      if (!request) {
        await new Promise<void>((resolve) => (this.wake = resolve));
        continue;
      }
      try {
        this.connection ??= this.connect(this.broker);
        const handOver = await deliver(this.connection, request);
        if (this.stopped) return;
        this.queue.shift();
        backoffMs = sendRetryBackoffMsInitial;
        handOver();
      } catch (err) {
        if (this.stopped) return;
        this.logger.warn({ err, apiKey: request.apiKey, retryBackoffMs: backoffMs }, 'controller request failed; reconnecting');
        this.connection?.close();
        this.connection = undefined;
        await this.sleep(backoffMs);
        backoffMs = Math.min(backoffMs * 2, sendRetryBackoffMsMax);
      }
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.interruptBackoff = undefined;
        resolve();
      }, ms);
      this.interruptBackoff = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }

  private wakeUp(): void {
    const wake = this.wake;
    this.wake = undefined;
    wake?.();
  }
}
