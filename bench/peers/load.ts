/**
 * The load loops shared by both systems, so that Samsa and NATS see the same pattern: one send
 * per record with a bound on sends awaiting their acknowledgement (Kafka's producer perf loop),
 * or sends at a fixed rate. Latency runs from the send call to its acknowledgement.
 */

import { LatencyRecorder, type LatencySummary, summarizeLatencies } from './stats';

/** Sends one record; resolves when the system acknowledged it. */
export type SendRecord = (index: number) => Promise<unknown>;

/** Records that went through, and those that did not (failed sends, a short read). */
export interface ThroughputResult {
  records: number;
  bytes: number;
  elapsedMs: number;
  failures: number;
}

export interface ProduceResult extends ThroughputResult {
  latency: LatencySummary;
}

/** Timer resolution worth sleeping for in the fixed-rate loop; closer dues are sent at once. */
const sleepMinMs = 1;

interface Tracker {
  start(index: number, send: SendRecord): void;
  /** Resolves once fewer than `limit` sends are outstanding, or at the deadline. */
  belowLimit(limit: number, deadlineMs: number): Promise<void>;
  finish(recordSizeBytes: number, startedMs: number, deadlineMs: number): Promise<ProduceResult>;
}

/** Outstanding sends, their latencies and failures; the first failure is printed. */
function tracker(expectedCount: number, label: string): Tracker {
  const latencies = new LatencyRecorder(expectedCount);
  let outstanding = 0;
  let acked = 0;
  let failures = 0;
  let lastAckMs = performance.now();
  let wake: (() => void) | undefined;
  const settled = (): void => {
    outstanding--;
    const w = wake;
    wake = undefined;
    w?.();
  };
  const waitUntil = async (done: () => boolean, deadlineMs: number): Promise<void> => {
    while (!done() && performance.now() < deadlineMs) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.max(0, deadlineMs - performance.now()));
        wake = () => { clearTimeout(timer); resolve(); };
      });
    }
  };
  return {
    start(index, send) {
      outstanding++;
      const sentMs = performance.now();
      send(index).then(
        () => {
          lastAckMs = performance.now();
          latencies.record(lastAckMs - sentMs);
          acked++;
          settled();
        },
        (err: unknown) => {
          if (failures++ === 0) process.stderr.write(`${label}: send failed: ${err instanceof Error ? err.message : String(err)}\n`);
          settled();
        },
      );
    },
    belowLimit: (limit, deadlineMs) => waitUntil(() => outstanding < limit, deadlineMs),
    async finish(recordSizeBytes, startedMs, deadlineMs) {
      await waitUntil(() => outstanding === 0, deadlineMs);
      // Sends still awaiting an acknowledgement at the deadline count as failed.
      if (outstanding > 0) process.stderr.write(`${label}: ${outstanding} sends unacknowledged at the deadline\n`);
      return {
        records: acked,
        bytes: acked * recordSizeBytes,
        elapsedMs: Math.max(lastAckMs - startedMs, 1),
        failures: failures + outstanding,
        latency: summarizeLatencies(latencies.samplesMs),
      };
    },
  };
}

/** `count` sends as fast as acknowledgements allow, at most `inFlightMax` outstanding. */
export async function produceBounded(
  opts: { label: string; count: number; recordSizeBytes: number; inFlightMax: number; timeoutMs: number },
  send: SendRecord,
): Promise<ProduceResult> {
  const t = tracker(opts.count, opts.label);
  const startedMs = performance.now();
  const deadlineMs = startedMs + opts.timeoutMs;
  let sent = 0;
  for (; sent < opts.count && performance.now() < deadlineMs; sent++) {
    await t.belowLimit(opts.inFlightMax, deadlineMs);
    t.start(sent, send);
  }
  const result = await t.finish(opts.recordSizeBytes, startedMs, deadlineMs);
  if (sent < opts.count) process.stderr.write(`${opts.label}: ${opts.count - sent} records not sent within ${opts.timeoutMs} ms\n`);
  return { ...result, failures: result.failures + (opts.count - sent) };
}

/**
 * `ratePerSec` sends a second for `durationMs`, each sent when due whatever the acknowledgements
 * (at most `inFlightMax` outstanding, so a stalled system cannot grow memory without bound).
 */
export async function produceAtRate(
  opts: { label: string; ratePerSec: number; durationMs: number; recordSizeBytes: number; inFlightMax: number; ackTimeoutMs: number },
  send: SendRecord,
): Promise<ProduceResult> {
  const count = Math.round((opts.ratePerSec * opts.durationMs) / 1000);
  const t = tracker(count, opts.label);
  const intervalMs = 1000 / opts.ratePerSec;
  const startedMs = performance.now();
  const sendDeadlineMs = startedMs + opts.durationMs + opts.ackTimeoutMs;
  let sent = 0;
  for (; sent < count; sent++) {
    const waitMs = startedMs + sent * intervalMs - performance.now();
    if (waitMs > sleepMinMs) await new Promise((resolve) => setTimeout(resolve, waitMs));
    await t.belowLimit(opts.inFlightMax, sendDeadlineMs);
    if (performance.now() >= sendDeadlineMs) break;
    t.start(sent, send);
  }
  const result = await t.finish(opts.recordSizeBytes, startedMs, performance.now() + opts.ackTimeoutMs);
  if (sent < count) process.stderr.write(`${opts.label}: ${count - sent} records not sent: acknowledgements stalled\n`);
  return { ...result, failures: result.failures + (count - sent) };
}
