/**
 * The client's typed errors. Every error the library throws is a SamsaError (proto/errors.ts,
 * the one catalogue and base) with a `retriable` flag and an optional `cause`, so applications
 * can decide whether to restart. Protocol errors are SamsaProtocolErrors that keep Kafka's
 * numeric code; the subclasses below name the few situations an application commonly branches on.
 */

import { ErrorCode, SamsaError, SamsaProtocolError, errorFor } from '../proto/errors';

export { ErrorCode, SamsaError, SamsaProtocolError, errorFor };

/** A request could not reach a broker, or the connection broke while it was in flight. */
export class SamsaConnectionError extends SamsaError {
  constructor(message: string, readonly broker?: string, options: { cause?: unknown } = {}) {
    super(message, { retriable: true, cause: options.cause });
  }
}

/** The retry policy gave up; `cause` is the last error seen. */
export class SamsaNumberOfRetriesExceeded extends SamsaError {
  constructor(cause: unknown, readonly retryCount: number, readonly retryTimeMs: number) {
    super(`gave up after ${retryCount} retries (${retryTimeMs} ms): ${messageOf(cause)}`, { retriable: false, cause });
  }
}

/** The position is outside the log and `autoOffsetReset` is 'none'. */
export class SamsaOffsetOutOfRange extends SamsaProtocolError {
  constructor(readonly topic: string, readonly partition: number, readonly offset: number) {
    super(ErrorCode.OFFSET_OUT_OF_RANGE, `offset ${offset} is out of range for ${topic}-${partition}`);
  }
}

export class SamsaTopicAlreadyExists extends SamsaProtocolError {
  constructor(readonly topic: string, message?: string) {
    super(ErrorCode.TOPIC_ALREADY_EXISTS, message || `Topic '${topic}' already exists.`);
  }
}

export class SamsaUnknownTopic extends SamsaProtocolError {
  constructor(readonly topic: string, message?: string) {
    super(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, message || `Topic '${topic}' does not exist.`);
  }
}

/** A send or operation did not complete within its client-side deadline (deliveryTimeoutMs). */
export class SamsaTimeoutError extends SamsaError {
  constructor(message: string, options: { cause?: unknown } = {}) {
    super(message, { retriable: true, cause: options.cause });
  }
}

/**
 * The broker refused to authenticate this client (SASL: wrong credentials, mechanism not enabled;
 * TLS: the broker's certificate is not trusted or does not name the host), or the broker failed
 * to prove it knows the password (a bad SCRAM server signature). Not retriable: the same
 * credentials will be refused again (Kafka's AuthenticationException).
 */
export class SamsaAuthenticationError extends SamsaProtocolError {
  constructor(message: string, readonly broker?: string, options: { cause?: unknown } = {}) {
    super(ErrorCode.SASL_AUTHENTICATION_FAILED, message, options);
  }
}

/** The client was used after disconnect(), or before connect() where that is required. */
export class SamsaNotConnected extends SamsaError {
  constructor(message: string) {
    super(message, { retriable: false });
  }
}

/**
 * Another producer with the same transactionalId initialised after this one (PRODUCER_FENCED,
 * or INVALID_PRODUCER_EPOCH from a partition leader): this producer is a zombie. Fatal: the
 * producer cannot be used again; close it (KIP-98 zombie fencing).
 */
export class ProducerFencedError extends SamsaProtocolError {
  constructor(code: number = ErrorCode.PRODUCER_FENCED, message?: string) {
    super(code, message || 'There is a newer producer with the same transactionalId which fences the current one.');
  }
}

/**
 * A send, an offset commit or a coordinator call failed inside the transaction: the transaction
 * cannot commit. The application must call abort() and may then start a new transaction.
 * `cause` is the error that broke it.
 */
export class TransactionAbortableError extends SamsaError {
  constructor(message: string, options: { cause?: unknown } = {}) {
    super(message, { retriable: false, cause: options.cause });
  }
}

/** A transactional call out of order (commit with no transaction, two transactions at once, ...). */
export class InvalidTxnStateError extends SamsaProtocolError {
  constructor(message?: string) {
    super(ErrorCode.INVALID_TXN_STATE, message);
  }
}

/** The wrapper for a protocol code, choosing the named subclass when there is one. */
export function protocolError(code: number, message?: string, context: { topic?: string } = {}): SamsaProtocolError {
  if (code === ErrorCode.TOPIC_ALREADY_EXISTS && context.topic !== undefined) return new SamsaTopicAlreadyExists(context.topic, message);
  return new SamsaProtocolError(code, message || undefined);
}

/** Whether an error says the producer's epoch was taken over (KIP-98 fencing). */
export function isFencingError(err: unknown): boolean {
  if (err instanceof ProducerFencedError) return true;
  const code = err instanceof SamsaProtocolError ? err.code : undefined;
  return code === ErrorCode.PRODUCER_FENCED || code === ErrorCode.INVALID_PRODUCER_EPOCH;
}

/** Whether an error is worth retrying: our own flag, or a protocol code flagged retriable. */
export function isRetriable(err: unknown): boolean {
  return err instanceof SamsaError && err.retriable;
}

/** Whether an error says the cached metadata is stale (Kafka's "invalid metadata" family). */
export function needsMetadataRefresh(err: unknown): boolean {
  if (err instanceof SamsaProtocolError) return err.refreshMetadata;
  return err instanceof SamsaConnectionError;
}

export function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/**
 * An int64 protobuf field as a number. The generated code yields numbers, or Long objects when
 * the `long` package is loadable; offsets and timestamps stay below 2^53 either way.
 */
export function int64(value: number | { toNumber(): number } | null | undefined, fallback = -1): number {
  if (value === null || value === undefined) return fallback;
  return typeof value === 'number' ? value : value.toNumber();
}
