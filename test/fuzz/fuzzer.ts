/**
 * The protocol fuzzer's run: `connections` workers send frames in windows of about
 * `checkEveryFrames`; after each window every worker has synced, and the cluster is checked.
 * A broker that died, a control client that cannot round-trip, a broker over its RSS bound or
 * a partition left without a leader ends the run; invalid stored batches are counted and the
 * run goes on so that one run shows every case the broker accepts.
 */

import { apiName } from '../../proto/api';
import { type FuzzClusterView, controlRoundTrip, deadBrokers, readCpuSeconds, readRssBytes, unledPartitions } from './broker-health';
import { FrameGenerator, type FrameKind } from './frame-gen';
import type { FuzzTargets } from './message-gen';
import { Rng } from './rng';
import { type AuditProblem, type AuditedTopic, StoredLogAudit } from './stored-log-audit';
import { FuzzWorker, type SentBatchOrigin, type WorkerStats, emptyStats } from './fuzz-worker';

/** A broker's resident set after fuzzing: well above a healthy broker's (~150-250 MiB). */
export const brokerRssBytesMaxDefault = 1024 * 1024 * 1024;
export const checkEveryFramesDefault = 1_000;
export const connectionsDefault = 16;
/** Time for in-flight appends (acks=0, long polls) to land before the final full audit. */
const settleBeforeFinalAuditMs = 2_000;

export interface FuzzOptions {
  seed: number;
  frames: number;
  connections: number;
  checkEveryFrames: number;
  rssBytesMax: number;
  controlTopic: string;
  auditedTopics: readonly AuditedTopic[];
  /** End the run after the first window that found anything (CI); else count to the end. */
  stopAtFirstFailure?: boolean;
  log: (line: string) => void;
}

export interface InvalidStoredBatch extends AuditProblem {
  /** The frame that sent it, when its CRC was seen in a produce frame. */
  origin?: SentBatchOrigin;
}

export interface FuzzReport {
  seed: number;
  framesSent: number;
  framesByKind: Record<string, number>;
  framesByApi: Record<string, number>;
  crashes: string[];
  failures: string[];
  invalidBatches: InvalidStoredBatch[];
  invalidBatchCount: number;
  /** Invalid stored batches by the case that sent them ('unattributed' when no CRC matched). */
  invalidByCase: Record<string, number>;
  batchesAudited: number;
  peakRssBytes: number;
  /** CPU seconds the brokers and the fuzzer itself used during the run (a busy machine is slow). */
  brokerCpuSeconds: number;
  fuzzerCpuSeconds: number;
  stats: WorkerStats;
  elapsedMs: number;
}

const invalidExamplesKeptMax = 50;

export async function runFuzz(cluster: FuzzClusterView, targets: FuzzTargets, options: FuzzOptions): Promise<FuzzReport> {
  const startedMs = Date.now();
  const fuzzerCpuStart = process.cpuUsage();
  const brokerCpuStart = await brokersCpuSeconds(cluster);
  const stats = emptyStats();
  const sentBatches = { current: new Map<number, SentBatchOrigin>(), previous: new Map<number, SentBatchOrigin>() };
  const workers = Array.from({ length: options.connections }, (_, i) => {
    const broker = cluster.brokers[i % cluster.brokers.length]!;
    return new FuzzWorker(i, new FrameGenerator(Rng.derive(options.seed, i), targets), broker, stats, sentBatches.current);
  });
  const audit = new StoredLogAudit(cluster, options.auditedTopics);
  const report: FuzzReport = {
    seed: options.seed, framesSent: 0, framesByKind: {}, framesByApi: {}, crashes: [], failures: [],
    invalidBatches: [], invalidBatchCount: 0, invalidByCase: {}, batchesAudited: 0, peakRssBytes: 0, brokerCpuSeconds: 0, fuzzerCpuSeconds: 0, stats, elapsedMs: 0,
  };
  const recordInvalid = (problems: AuditProblem[]): void => {
    for (const p of problems) {
      report.invalidBatchCount++;
      const origin = sentBatches.current.get(p.fingerprint) ?? sentBatches.previous.get(p.fingerprint);
      const caseName = origin?.caseName ?? 'unattributed';
      const seenCase = caseName in report.invalidByCase;
      report.invalidByCase[caseName] = (report.invalidByCase[caseName] ?? 0) + 1;
      // The first problem of each case, so the report shows one reproduction per case.
      if (seenCase || report.invalidBatches.length >= invalidExamplesKeptMax) continue;
      report.invalidBatches.push(origin ? { ...p, origin } : p);
      if (report.invalidBatches.length === 1) options.log(`first invalid stored batch: ${describeInvalid(report.invalidBatches[0]!)}`);
    }
  };

  let window = 0;
  try {
    while (report.framesSent < options.frames) {
      const windowFrames = Math.min(options.checkEveryFrames, options.frames - report.framesSent);
      await Promise.all(workers.map((w) => w.run(framesForWorker(windowFrames, workers.length, w.index))));
      report.framesSent += windowFrames;
      window++;
      recordInvalid(await audit.audit());
      const fatal = await checkCluster(cluster, options, report, window);
      sentBatches.previous = new Map(sentBatches.current);
      sentBatches.current.clear();
      if (window % 10 === 0 || fatal) options.log(progressLine(report, startedMs));
      if (fatal || (options.stopAtFirstFailure === true && !isCleanRun(report))) break;
    }
  } finally {
    for (const w of workers) w.close();
  }
  await new Promise((resolve) => setTimeout(resolve, settleBeforeFinalAuditMs));
  audit.fromStart();
  recordInvalid(await audit.audit());
  if (report.crashes.length === 0) await checkCluster(cluster, options, report, window + 1);
  report.batchesAudited = audit.batchesChecked;
  report.framesByKind = Object.fromEntries(stats.framesByKind);
  report.framesByApi = Object.fromEntries([...stats.framesByApi].map(([k, n]) => [apiName(k), n]));
  report.elapsedMs = Date.now() - startedMs;
  report.brokerCpuSeconds = (await brokersCpuSeconds(cluster)) - brokerCpuStart;
  const fuzzerCpu = process.cpuUsage(fuzzerCpuStart);
  report.fuzzerCpuSeconds = (fuzzerCpu.user + fuzzerCpu.system) / 1e6;
  return report;
}

async function brokersCpuSeconds(cluster: FuzzClusterView): Promise<number> {
  let total = 0;
  for (const b of cluster.brokers) total += (await readCpuSeconds(b.pid() ?? -1)) ?? 0;
  return total;
}

/** Worker i's share of a window: fixed by the counts, so a seed replays the same frames. */
function framesForWorker(windowFrames: number, workers: number, index: number): number {
  return Math.floor(windowFrames / workers) + (index < windowFrames % workers ? 1 : 0);
}

/** Returns true when the run cannot go on (a broker died, the control client failed, ...). */
async function checkCluster(cluster: FuzzClusterView, options: FuzzOptions, report: FuzzReport, window: number): Promise<boolean> {
  const at = `after ${report.framesSent} frames (seed ${options.seed})`;
  const dead = await deadBrokers(cluster);
  if (dead.length > 0) {
    report.crashes.push(...dead.map((d) => `${d} ${at}`));
    return true;
  }
  const fail = (message: string): true => {
    report.failures.push(`${message} ${at}`);
    return true;
  };
  for (const b of cluster.brokers) {
    const rss = (await readRssBytes(b.pid() ?? -1)) ?? 0;
    report.peakRssBytes = Math.max(report.peakRssBytes, rss);
    if (rss > options.rssBytesMax) return fail(`broker ${b.id} RSS ${mib(rss)} MiB is over the bound of ${mib(options.rssBytesMax)} MiB`);
  }
  const unled = await unledPartitions(cluster, options.auditedTopics.map((t) => t.name), Math.max(...options.auditedTopics.map((t) => t.partitions)));
  if (unled.length > 0) return fail(`partitions lost or unled: ${unled.join('; ')}`);
  const partition = window % Math.max(1, options.auditedTopics.find((t) => t.name === options.controlTopic)?.partitions ?? 1);
  const control = await controlRoundTrip(cluster, options.controlTopic, partition, `control-${window}`);
  if (control !== undefined) return fail(control);
  return false;
}

function mib(bytes: number): number {
  return Math.round(bytes / (1024 * 1024));
}

function progressLine(report: FuzzReport, startedMs: number): string {
  const seconds = (Date.now() - startedMs) / 1000;
  return `frames ${report.framesSent} (${Math.round(report.framesSent / seconds)}/s), invalid stored batches ${report.invalidBatchCount}, ` +
    `crashes ${report.crashes.length}, failures ${report.failures.length}, peak RSS ${mib(report.peakRssBytes)} MiB`;
}

export function describeInvalid(p: InvalidStoredBatch): string {
  const origin = p.origin ? ` from case '${p.origin.caseName}' (worker ${p.origin.worker}, frame ${p.origin.frameIndex})` : '';
  return `${p.topic}-${p.partition} offset ${p.baseOffset}: ${p.rule}: ${p.detail}${origin}`;
}

export function formatReport(report: FuzzReport, rssBytesMax: number): string {
  const kinds = Object.entries(report.framesByKind).map(([k, n]) => `${k} ${n}`).join(', ');
  const apis = Object.entries(report.framesByApi).map(([k, n]) => `${k} ${n}`).join(', ');
  const byCase = Object.entries(report.invalidByCase).sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ');
  const lines = [
    `seed ${report.seed}: ${report.framesSent} frames in ${(report.elapsedMs / 1000).toFixed(1)} s ` +
      `(CPU: brokers ${report.brokerCpuSeconds.toFixed(1)} s, fuzzer ${report.fuzzerCpuSeconds.toFixed(1)} s)`,
    `frames by kind: ${kinds}`,
    `frames by API: ${apis}`,
    `connections opened ${report.stats.connectionsOpened}, closed by the broker ${report.stats.connectionsClosedByBroker}, ` +
      `abandoned (no answer within the sync timeout) ${report.stats.connectionsAbandoned}`,
    `crashes: ${report.crashes.length}${report.crashes.map((c) => `\n  ${c}`).join('')}`,
    `invalid batches stored: ${report.invalidBatchCount} (of ${report.batchesAudited} audited)${byCase ? `; by case: ${byCase}` : ''}` +
      report.invalidBatches.map((p) => `\n  ${describeInvalid(p)}`).join(''),
    `failures: ${report.failures.length}${report.failures.map((f) => `\n  ${f}`).join('')}`,
    `undecodable responses: ${report.stats.undecodableResponseCount}${report.stats.undecodableResponses.slice(0, 5).map((u) => `\n  ${u}`).join('')}`,
    `request-level UNKNOWN_SERVER_ERROR: ${report.stats.serverErrorCount}` +
      report.stats.serverErrors.slice(0, 10).map((e) => `\n  worker ${e.worker} frame ${e.frameIndex} ${apiName(e.apiKey ?? -1)}: ${e.message}`).join(''),
    `peak RSS ${mib(report.peakRssBytes)} MiB (bound ${mib(rssBytesMax)} MiB)`,
  ];
  return lines.join('\n');
}

export function isCleanRun(report: FuzzReport): boolean {
  return report.crashes.length === 0 && report.failures.length === 0 && report.invalidBatchCount === 0 &&
    report.stats.undecodableResponseCount === 0 && report.stats.serverErrorCount === 0;
}

export type { FrameKind };
