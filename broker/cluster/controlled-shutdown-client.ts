/**
 * The broker side of controlled shutdown (Kafka's `KafkaServer.controlledShutdown`,
 * answered by `KafkaController.doControlledShutdown`): before anything closes, ask the active controller to move leadership away with
 * ControlledShutdown{brokerId, brokerEpoch}; repeat until it reports no remaining partitions, at
 * most controlled.shutdown.max.retries times, controlled.shutdown.retry.backoff.ms apart. Whatever
 * the outcome the broker then shuts down normally: failing here only costs availability (clients
 * wait for the session timeout), never data.
 */
import type { Clock } from '../clock';
import type { Logger } from 'pino';
import { ErrorCode, errorName } from '../../proto/errors';
import type { ControlledShutdownRequest, ControlledShutdownResponse } from '../api/controller-requests';

export interface ControllerTarget {
  id: number;
  /** Sends ControlledShutdown to this controller (over the network, or locally when it is this broker). */
  send(request: ControlledShutdownRequest): Promise<ControlledShutdownResponse>;
  close(): void;
}

export interface ControlledShutdownOptions {
  brokerId: number;
  getBrokerEpoch: () => number;
  maxRetries: number;
  retryBackoffMs: number;
  /** The current controller, or undefined when none is known right now. */
  findController: () => Promise<ControllerTarget | undefined>;
  logger: Logger;
  /** Waits between attempts (retryBackoffMs). */
  clock: Clock;
}

/** Resolves true when the controller moved every partition away (remaining set empty). */
export async function requestControlledShutdown(opts: ControlledShutdownOptions): Promise<boolean> {
  for (let attempt = 1; attempt <= opts.maxRetries; attempt++) {
    let target: ControllerTarget | undefined;
    try {
      target = await opts.findController();
      if (target === undefined) {
        opts.logger.warn({ attempt }, 'controlled shutdown: no controller known');
      } else {
        const resp = await target.send({ brokerId: opts.brokerId, brokerEpoch: opts.getBrokerEpoch() });
        const { errorCode, remainingPartitions: remaining } = resp;
        if (errorCode === ErrorCode.NONE && remaining.length === 0) {
          opts.logger.info({ controllerId: target.id, attempt }, 'controlled shutdown succeeded');
          return true;
        }
        opts.logger.warn({
          controllerId: target.id, attempt, error: errorName(errorCode),
          remainingPartitions: remaining.slice(0, 20).map((p) => `${p.topic}-${p.partition}`), remainingCount: remaining.length,
        }, 'controlled shutdown incomplete');
      }
    } catch (err) {
      opts.logger.warn({ err, attempt }, 'controlled shutdown request failed');
    } finally {
      target?.close();
    }
    if (attempt < opts.maxRetries) await opts.clock.sleep(opts.retryBackoffMs);
  }
  opts.logger.warn({ maxRetries: opts.maxRetries }, 'controlled shutdown did not complete; proceeding with an unclean shutdown of leadership');
  return false;
}
