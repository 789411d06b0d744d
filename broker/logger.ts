/**
 * Structured logs: pino JSON lines on stdout, one root logger per broker carrying `brokerId`,
 * and child loggers per component (and per partition where it helps), so that one grep for
 * `"component":"replica-manager","topic":"t"` finds a partition's story across the cluster.
 * Every key appears once per line (log-keys.ts). Writes are synchronous so that the last lines before an exit (a fatal error, a second signal)
 * are never lost; the broker logs per state change, never per record.
 */

import pino, { type DestinationStream, type Logger } from 'pino';
import { uniqueKeyOptions } from './log-keys';

export type { Logger } from 'pino';

export interface BrokerLoggerOptions {
  brokerId: number;
  level: string;
  /** Defaults to stdout; tests pass a stream to capture lines. */
  destination?: DestinationStream;
}

export function createBrokerLogger(opts: BrokerLoggerOptions): Logger {
  return pino(
    {
      level: opts.level,
      base: { brokerId: opts.brokerId },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      ...uniqueKeyOptions,
    },
    opts.destination ?? pino.destination({ dest: 1, sync: true }),
  );
}

export interface LogScope {
  topic?: string;
  partition?: number;
}

/** A child logger for one component, optionally narrowed to a topic or partition. */
export function componentLogger(parent: Logger, component: string, scope: LogScope = {}): Logger {
  return parent.child({ component, ...scope });
}
