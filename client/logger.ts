/**
 * Logging: the application passes its own pino-compatible logger, or a level for the default
 * one (pino to stderr, 'warn' by default so a healthy client is quiet; KafkaJS users called its
 * default verbosity a problem, tulios/kafkajs#1523).
 */

import pino from 'pino';

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export interface Logger {
  error(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
  debug(obj: object, msg?: string): void;
  child(bindings: Record<string, unknown>): Logger;
}

export function createLogger(options: { logger?: Logger; logLevel?: LogLevel; clientId: string }): Logger {
  if (options.logger) return options.logger.child({ clientId: options.clientId });
  return pino({ level: options.logLevel ?? 'warn', base: { clientId: options.clientId } }, process.stderr);
}
