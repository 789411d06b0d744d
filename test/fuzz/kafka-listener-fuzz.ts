/**
 * The Kafka-listener fuzzer: hostile cases (kafka-case-gen.ts) on fresh connections to a
 * broker's KAFKA listener, a few connections at a time. Each case must end, within
 * `caseTimeoutMs`, with a response to its correlation id (an error where the case says so) or a
 * closed connection. Between windows of cases the broker must be alive and serve a well-behaved
 * Kafka client (ApiVersions, then Metadata naming every partition of the fuzzed topics with a
 * leader), and at the end the fuzzed partitions' log end offsets must be where they started.
 */
import net from 'node:net';
import { KafkaReader } from '../../broker/network/codecs/kafka/primitives';
import { ApiKey } from '../../proto/api';
import { ErrorCode } from '../../proto/errors';
import { type KafkaCase, type KafkaFuzzTargets, generateKafkaCase } from './kafka-case-gen';
import { apiVersionsBody, metadataBody, requestFrame } from './kafka-frames';
import { Rng } from './rng';

export const caseTimeoutMs = 10_000;
const connectTimeoutMs = 10_000;
/** Responses to these cases are small; a bigger one is a broker bug. */
const responseBytesMax = 16 * 1024 * 1024;
const healthCheckTimeoutMs = 20_000;
const failuresKeptMax = 20;

export interface KafkaFuzzOptions {
  seed: number;
  cases: number;
  connections: number;
  checkEveryCases: number;
  host: string;
  port: number;
  targets: KafkaFuzzTargets;
  /** Whether the broker process still runs. */
  brokerAlive: () => boolean;
}

export interface KafkaFuzzReport {
  casesSent: number;
  outcomes: Record<string, number>;
  /** Cases per kind and outcome (`lying-batch:response`). */
  byKind: Record<string, number>;
  failures: string[];
  healthChecks: number;
}

type Outcome = { kind: 'response'; frames: Buffer[] } | { kind: 'closed'; frames: Buffer[] } | { kind: 'timeout'; frames: Buffer[] } | { kind: 'connect-failed'; error: string };

/** Writes the case's bytes on a new connection and waits for the answer to its correlation id, a close, or the bound. */
export function runCase(host: string, port: number, c: KafkaCase, timeoutMs = caseTimeoutMs): Promise<Outcome> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const frames: Buffer[] = [];
    let pending = Buffer.alloc(0);
    let settled = false;
    const finish = (o: Outcome): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      resolve(o);
    };
    let isConnected = false;
    const timer = setTimeout(() => finish(isConnected ? { kind: 'timeout', frames } : { kind: 'connect-failed', error: 'connect timed out' }), connectTimeoutMs + timeoutMs);
    socket.on('connect', () => {
      isConnected = true;
      socket.write(c.bytes);
      if (c.endAfterWrite) socket.end();
    });
    socket.on('data', (chunk: Buffer) => {
      pending = Buffer.concat([pending, chunk]);
      while (pending.length >= 4) {
        const size = pending.readInt32BE(0);
        if (size < 4 || size > responseBytesMax) return finish({ kind: 'response', frames: [...frames, pending] });
        if (pending.length < 4 + size) break;
        const f = pending.subarray(4, 4 + size);
        frames.push(f);
        pending = pending.subarray(4 + size);
        if (f.readInt32BE(0) === c.correlationId) return finish({ kind: 'response', frames });
      }
    });
    socket.on('error', (error) => {
      if (!isConnected) finish({ kind: 'connect-failed', error: error.message });
    });
    socket.on('close', () => finish({ kind: 'closed', frames }));
  });
}

/** The first partition's error code in a Produce v3-v9 response frame (after the size field). */
export function produceErrorCode(response: Buffer, version: number): number {
  const r = new KafkaReader(response);
  const flexible = version >= 9;
  r.int32(); // correlation id
  if (flexible) r.taggedFields();
  const topics = flexible ? r.uvarint() - 1 : r.int32();
  if (topics < 1) throw new Error(`Produce response with ${topics} topics`);
  r.string(flexible, false);
  const partitions = flexible ? r.uvarint() - 1 : r.int32();
  if (partitions < 1) throw new Error(`Produce response with ${partitions} partitions`);
  r.int32(); // partition index
  return r.int16();
}

/**
 * The error code a response to a malformed request must carry: ApiVersions' top-level one,
 * Produce's first partition's; Metadata has none to carry it (Kafka closes instead), so any
 * Metadata answer reads as 0.
 */
function errorCodeOf(response: Buffer, apiKey: number, apiVersion: number): number {
  if (apiKey === ApiKey.ApiVersions) return apiVersionsErrorCode(response);
  if (apiKey === ApiKey.Produce) return produceErrorCode(response, apiVersion);
  return ErrorCode.NONE;
}

/** ApiVersions' error code: the first body field at every version (its response header is always v0). */
function apiVersionsErrorCode(response: Buffer): number {
  return response.readInt16BE(4);
}

/** Why the outcome breaks the case's promise, or undefined when it keeps it. */
export function judge(c: KafkaCase, o: Outcome): string | undefined {
  if (o.kind === 'connect-failed') return `could not connect: ${o.error}`;
  if (o.kind === 'timeout') return `neither answered nor closed within ${caseTimeoutMs} ms (${o.frames.length} other frames)`;
  const answer = o.frames.find((f) => f.length >= 4 && f.readInt32BE(0) === c.correlationId);
  if (o.kind === 'closed' && answer === undefined) return undefined;
  if (answer === undefined) return 'answered with a frame that is not a response to the request';
  if (c.expect === 'close') return `answered (${answer.length} bytes) where only a close is right`;
  try {
    if (c.expect === 'error-or-close') {
      const code = errorCodeOf(answer, c.apiKey!, c.apiVersion!);
      return code === ErrorCode.NONE ? `answered with error code 0 (${answer.subarray(0, 64).toString('hex')})` : undefined;
    }
    if (c.expect === 'unsupported-version') {
      const code = apiVersionsErrorCode(answer);
      return code === ErrorCode.UNSUPPORTED_VERSION ? undefined : `ApiVersions at an unknown version answered ${code}, not UNSUPPORTED_VERSION`;
    }
  } catch (error) {
    return `unreadable response: ${(error as Error).message} (${answer.subarray(0, 64).toString('hex')})`;
  }
  return undefined;
}

/** A well-behaved Kafka client's first two requests; a string says what went wrong. */
export async function kafkaClientServed(host: string, port: number, targets: KafkaFuzzTargets, rng: Rng): Promise<string | undefined> {
  const probe = (bytes: Buffer, correlationId: number): Promise<Outcome> => runCase(host, port, {
    kind: 'probe', detail: '', bytes, correlationId, expect: 'answer-or-close', endAfterWrite: false,
  }, healthCheckTimeoutMs);
  const id = rng.u32() & 0x7fffffff;
  const versions = await probe(requestFrame({ apiKey: ApiKey.ApiVersions, apiVersion: 3, correlationId: id, clientId: 'fuzz-health', flexible: true }, apiVersionsBody(3)), id);
  if (versions.kind !== 'response' || apiVersionsErrorCode(versions.frames.at(-1)!) !== ErrorCode.NONE) return `ApiVersions v3 was not served: ${versions.kind}`;
  const metadata = await probe(requestFrame({ apiKey: ApiKey.Metadata, apiVersion: 1, correlationId: id + 1, clientId: 'fuzz-health', flexible: false }, metadataBody(1, [...targets.topics])), id + 1);
  if (metadata.kind !== 'response') return `Metadata v1 was not served: ${metadata.kind}`;
  return metadataProblems(metadata.frames.at(-1)!, targets);
}

/** Metadata v1: every target topic without error, with every partition led. */
function metadataProblems(response: Buffer, targets: KafkaFuzzTargets): string | undefined {
  const r = new KafkaReader(response);
  r.int32();
  for (let b = r.int32(); b > 0; b--) {
    r.int32();
    r.string(false, false);
    r.int32();
    r.string(false, true);
  }
  r.int32(); // controller id
  const led = new Set<string>();
  for (let t = r.int32(); t > 0; t--) {
    const error = r.int16();
    const name = r.string(false, false);
    r.bool();
    for (let p = r.int32(); p > 0; p--) {
      const partitionError = r.int16();
      const index = r.int32();
      const leader = r.int32();
      for (let n = r.int32(); n > 0; n--) r.int32();
      for (let n = r.int32(); n > 0; n--) r.int32();
      if (error === ErrorCode.NONE && partitionError === ErrorCode.NONE && leader >= 0) led.add(`${name}-${index}`);
    }
  }
  const missing = targets.topics.flatMap((t) => Array.from({ length: targets.partitions }, (_, p) => `${t}-${p}`)).filter((tp) => !led.has(tp));
  return missing.length === 0 ? undefined : `Metadata v1 shows no leader for ${missing.join(', ')}`;
}

export async function runKafkaFuzz(options: KafkaFuzzOptions): Promise<KafkaFuzzReport> {
  const report: KafkaFuzzReport = { casesSent: 0, outcomes: {}, byKind: {}, failures: [], healthChecks: 0 };
  const fail = (message: string): void => {
    if (report.failures.length < failuresKeptMax) report.failures.push(message);
  };
  const healthRng = Rng.derive(options.seed, options.connections);
  let next = 0;
  const worker = async (w: number): Promise<void> => {
    const rng = Rng.derive(options.seed, w);
    for (let i = 0; ; i++) {
      if (next >= options.cases || report.failures.length > 0) return;
      next++;
      const c = generateKafkaCase(rng, rng.u32() & 0x7fffffff, options.targets);
      const outcome = await runCase(options.host, options.port, c);
      report.casesSent++;
      const kindOutcome = `${c.kind}:${outcome.kind}`;
      report.byKind[kindOutcome] = (report.byKind[kindOutcome] ?? 0) + 1;
      report.outcomes[outcome.kind] = (report.outcomes[outcome.kind] ?? 0) + 1;
      const problem = judge(c, outcome);
      if (problem) fail(`connection ${w} case ${i} (${c.kind} ${c.detail}): ${problem}; bytes ${c.bytes.subarray(0, 96).toString('hex')}`);
      if (report.casesSent % options.checkEveryCases === 0) await check();
    }
  };
  const check = async (): Promise<void> => {
    report.healthChecks++;
    if (!options.brokerAlive()) return fail(`the broker died after ${report.casesSent} cases`);
    const problem = await kafkaClientServed(options.host, options.port, options.targets, healthRng);
    if (problem) fail(`after ${report.casesSent} cases a well-behaved Kafka client was not served: ${problem}`);
  };
  await Promise.all(Array.from({ length: options.connections }, (_, w) => worker(w)));
  await check();
  return report;
}

export function formatKafkaReport(r: KafkaFuzzReport): string {
  const kinds = Object.entries(r.byKind).sort().map(([k, n]) => `${k}=${n}`).join(' ');
  const outcomes = Object.entries(r.outcomes).sort().map(([k, n]) => `${k}=${n}`).join(' ');
  return [`cases ${r.casesSent}, health checks ${r.healthChecks}`, `outcomes: ${outcomes}`, `kinds: ${kinds}`, ...r.failures.map((f) => `FAIL ${f}`)].join('\n');
}
