/**
 * Test doubles for the transaction coordinator: a marker transport that records every
 * WriteTxnMarkers and answers as the test says (every partition NONE by default), and a harness
 * that builds the coordinator over an in-memory `__transaction_state` and a fake clock.
 */
import pino from 'pino';
import { ErrorCode } from '../../proto/errors';
import type { WriteTxnMarkersRequest, WriteTxnMarkersResponse } from '../../broker/api/transactions';
import { parseBrokerConfig } from '../../broker/config';
import { buildTransactionCoordinator } from '../../broker/coordinator/transaction/broker-wiring';
import type { TransactionCoordinator } from '../../broker/coordinator/transaction/transaction-coordinator';
import type { MarkerRoute, MarkerTransport } from '../../broker/coordinator/transaction/transaction-marker-channel';
import { FakeTimer } from './coordinator-fakes';
import { InMemoryOffsetsLog } from './offsets-log-fakes';

export class FakeMarkerTransport implements MarkerTransport {
  readonly sent: { brokerId: number; request: WriteTxnMarkersRequest }[] = [];
  /** The error code each partition is answered with; NONE unless a test changes it. */
  answer: (topic: string, partition: number) => number = () => ErrorCode.NONE;
  routeOf: (topic: string, partition: number) => MarkerRoute = () => ({ kind: 'leader', brokerId: 1 });
  private held: (() => void)[] | null = null;

  route(topic: string, partition: number): MarkerRoute {
    return this.routeOf(topic, partition);
  }

  async send(brokerId: number, request: WriteTxnMarkersRequest): Promise<WriteTxnMarkersResponse> {
    this.sent.push({ brokerId, request });
    if (this.held !== null) await new Promise<void>((resolve) => this.held?.push(resolve));
    return {
      markers: request.markers.map((m) => ({
        producerId: m.producerId,
        topics: m.topics.map((t) => ({ name: t.name, partitions: t.partitionIndexes.map((p) => ({ partitionIndex: p, errorCode: this.answer(t.name, p) })) })),
      })),
    };
  }

  /** Parks every send until releaseSends(). */
  holdSends(): void {
    this.held ??= [];
  }

  releaseSends(): void {
    const waiting = this.held ?? [];
    this.held = null;
    for (const resume of waiting) resume();
  }

  close(): void {}
}

export interface TransactionHarnessOptions {
  overrides?: Record<string, string>;
  log?: InMemoryOffsetsLog;
}

/** A coordinator over one `__transaction_state` partition (0), with producer ids 1000, 1001, ... */
export class TransactionHarness {
  readonly timer = new FakeTimer();
  readonly transport = new FakeMarkerTransport();
  readonly log: InMemoryOffsetsLog;
  readonly coordinator: TransactionCoordinator;
  private nextProducerId = 1000;

  constructor(opts: TransactionHarnessOptions = {}) {
    this.log = opts.log ?? new InMemoryOffsetsLog();
    const config = parseBrokerConfig({
      'broker.id': '1', 'zookeeper.connect': 'localhost:2181', 'transaction.state.log.num.partitions': '1', ...opts.overrides,
    });
    this.coordinator = buildTransactionCoordinator({
      config, log: this.log, transport: this.transport, clock: this.timer, logger: pino({ enabled: false }),
      producerIds: { generateProducerId: async () => this.nextProducerId++ },
    });
  }

  static async loaded(opts: TransactionHarnessOptions = {}, coordinatorEpoch = 1): Promise<TransactionHarness> {
    const h = new TransactionHarness(opts);
    await h.coordinator.onElection(0, coordinatorEpoch);
    return h;
  }

  state(transactionalId: string): ReturnType<TransactionCoordinator['stateManager']['getTransactionState']> {
    return this.coordinator.stateManager.getTransactionState(transactionalId);
  }
}
