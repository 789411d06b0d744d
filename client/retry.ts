/**
 * The one retry policy: exponential backoff with jitter, bounded by a number of retries and by
 * a total time (KafkaJS's `src/retry`, Kafka's retry.backoff.ms). An error is retried only when
 * it is retriable (errors.isRetriable) or the caller's `shouldRetry` says so; anything else, or
 * a call to `bail`, fails at once with the original error. Exhaustion throws
 * SamsaNumberOfRetriesExceeded carrying the last error as its cause.
 */

import { SamsaError, SamsaNumberOfRetriesExceeded, isRetriable } from './errors';

export interface RetryOptions {
  retries?: number;
  initialRetryTimeMs?: number;
  maxRetryTimeMs?: number;
  multiplier?: number;
  /** Jitter: each wait is randomised within ±factor of the nominal backoff. */
  factor?: number;
}

export type RetryPolicy = Required<RetryOptions>;

export const retryDefaults: RetryPolicy = {
  retries: 5,
  initialRetryTimeMs: 100,
  maxRetryTimeMs: 30_000,
  multiplier: 2,
  factor: 0.2,
};

export function retryPolicy(options: RetryOptions = {}): RetryPolicy {
  const policy = { ...retryDefaults, ...stripUndefined(options) };
  if (policy.retries < 0 || policy.initialRetryTimeMs < 0 || policy.maxRetryTimeMs < 0) throw new RangeError('retry options must not be negative');
  if (policy.factor < 0 || policy.factor > 1) throw new RangeError('retry.factor must be within [0, 1]');
  if (policy.multiplier < 1) throw new RangeError('retry.multiplier must be at least 1');
  return policy;
}

/**
 * The wait before retry number `attempt` (0-based): initial * multiplier^attempt, jittered by
 * ±factor with `random` in [0, 1), capped at maxRetryTimeMs.
 */
export function backoffMs(policy: RetryPolicy, attempt: number, random: () => number = Math.random): number {
  const nominal = policy.initialRetryTimeMs * Math.pow(policy.multiplier, attempt);
  const jitter = nominal * policy.factor * (random() * 2 - 1);
  return Math.max(0, Math.min(policy.maxRetryTimeMs, Math.round(nominal + jitter)));
}

export interface RetryContext {
  /** Stop retrying and fail with this error. */
  bail: (err: Error) => never;
  /** How many retries came before this attempt. */
  retryCount: number;
  elapsedMs: number;
}

export interface RetryHooks {
  nowMs?: () => number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  shouldRetry?: (err: unknown) => boolean;
  /** Runs before each wait; for metadata refreshes and logging. */
  onRetry?: (err: unknown, retryCount: number, waitMs: number) => void | Promise<void>;
}

/** Carries a bailed error through the loop's catch, so it is not mistaken for a retriable one. */
class Bail extends SamsaError {
  constructor(readonly error: Error) {
    super(error.message);
  }
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export async function withRetry<T>(policy: RetryPolicy, fn: (ctx: RetryContext) => Promise<T>, hooks: RetryHooks = {}): Promise<T> {
  const now = hooks.nowMs ?? Date.now;
  const wait = hooks.sleep ?? sleep;
  const shouldRetry = hooks.shouldRetry ?? isRetriable;
  const startMs = now();
  const bail = (err: Error): never => {
    throw new Bail(err);
  };
  for (let retryCount = 0; ; retryCount++) {
    const elapsedMs = now() - startMs;
    try {
      return await fn({ bail, retryCount, elapsedMs });
    } catch (err) {
      if (err instanceof Bail) throw err.error;
      if (!shouldRetry(err)) throw err;
      const waitMs = backoffMs(policy, retryCount, hooks.random);
      const spentMs = now() - startMs;
      if (retryCount >= policy.retries || spentMs + waitMs > policy.maxRetryTimeMs) {
        throw new SamsaNumberOfRetriesExceeded(err, retryCount, spentMs);
      }
      await hooks.onRetry?.(err, retryCount, waitMs);
      await wait(waitMs);
    }
  }
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
