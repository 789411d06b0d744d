/**
 * The output lines of Kafka's perf tools, character for character, so that scripts that parse
 * kafka-producer-perf-test.sh and kafka-consumer-perf-test.sh output read Samsa's unchanged:
 * ProducerPerformance.Stats (printWindow, printTotal) and ConsumerPerformance (printHeader, the
 * summary line, printConsumerProgress). Java's `%.Nf` is toFixed(N) and `%f` is six decimals.
 */

export interface ProducerWindow {
  count: number;
  bytes: number;
  elapsedMs: number;
  latencySumMs: number;
  latencyMaxMs: number;
}

export interface ProducerTotal extends ProducerWindow {
  /** Latency percentiles in whole milliseconds: 50th, 95th, 99th, 99.9th. */
  percentilesMs: readonly [number, number, number, number];
}

const mebibyte = 1024 * 1024;

/** Java's division of doubles: x/0 is Infinity or NaN, printed as Java prints them. */
function javaFixed(value: number, digits: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value > 0 ? 'Infinity' : '-Infinity';
  return value.toFixed(digits);
}

export function producerWindowLine(w: ProducerWindow): string {
  const recordsPerSec = (1000 * w.count) / w.elapsedMs;
  const mbPerSec = (1000 * w.bytes) / w.elapsedMs / mebibyte;
  return `${w.count} records sent, ${javaFixed(recordsPerSec, 1)} records/sec (${javaFixed(mbPerSec, 2)} MB/sec), ` +
    `${javaFixed(w.latencySumMs / w.count, 1)} ms avg latency, ${javaFixed(w.latencyMaxMs, 1)} ms max latency.`;
}

export function producerTotalLine(t: ProducerTotal): string {
  const recordsPerSec = (1000 * t.count) / t.elapsedMs;
  const mbPerSec = (1000 * t.bytes) / t.elapsedMs / mebibyte;
  const [p50, p95, p99, p999] = t.percentilesMs;
  return `${t.count} records sent, ${javaFixed(recordsPerSec, 6)} records/sec (${javaFixed(mbPerSec, 2)} MB/sec), ` +
    `${javaFixed(t.latencySumMs / t.count, 2)} ms avg latency, ${javaFixed(t.latencyMaxMs, 2)} ms max latency, ` +
    `${p50} ms 50th, ${p95} ms 95th, ${p99} ms 99th, ${p999} ms 99.9th.`;
}

/** Kafka's percentiles over the sorted sample: the value at index floor(p * size). */
export function latencyPercentiles(samples: number[]): [number, number, number, number] {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number): number => sorted[Math.floor(p * sorted.length)] ?? 0;
  return [at(0.5), at(0.95), at(0.99), at(0.999)];
}

const consumerExtraColumns = ', rebalance.time.ms, fetch.time.ms, fetch.MB.sec, fetch.nMsg.sec';

export function consumerHeader(showDetailedStats: boolean): string {
  return (showDetailedStats ? 'time, threadId' : 'start.time, end.time') +
    ', data.consumed.in.MB, MB.sec, data.consumed.in.nMsg, nMsg.sec' + consumerExtraColumns;
}

export interface ConsumerTotal {
  startMs: number;
  endMs: number;
  bytes: number;
  messages: number;
  joinGroupTimeMs: number;
}

export function consumerTotalLine(t: ConsumerTotal, formatDate: (ms: number) => string): string {
  const elapsedSecs = (t.endMs - t.startMs) / 1000;
  const fetchTimeMs = t.endMs - t.startMs - t.joinGroupTimeMs;
  const mb = t.bytes / mebibyte;
  return [
    formatDate(t.startMs), formatDate(t.endMs), javaFixed(mb, 4), javaFixed(mb / elapsedSecs, 4), String(t.messages),
    javaFixed(t.messages / elapsedSecs, 4), String(t.joinGroupTimeMs), String(fetchTimeMs),
    javaFixed(mb / (fetchTimeMs / 1000), 4), javaFixed(t.messages / (fetchTimeMs / 1000), 4),
  ].join(', ');
}

export interface ConsumerProgress {
  bytes: number;
  lastBytes: number;
  messages: number;
  lastMessages: number;
  startMs: number;
  endMs: number;
  joinTimeMs: number;
}

/** One --show-detailed-stats line (thread id 0, as Kafka's single-consumer tool prints). */
export function consumerProgressLine(p: ConsumerProgress, formatDate: (ms: number) => string): string {
  const elapsedMs = p.endMs - p.startMs;
  const intervalMb = (p.bytes - p.lastBytes) / mebibyte;
  const intervalMessages = p.messages - p.lastMessages;
  const fetchTimeMs = elapsedMs - p.joinTimeMs;
  const fetchMbPerSec = fetchTimeMs <= 0 ? 0 : (1000 * intervalMb) / fetchTimeMs;
  const fetchMessagesPerSec = fetchTimeMs <= 0 ? 0 : (1000 * intervalMessages) / fetchTimeMs;
  return [
    formatDate(p.endMs), '0', javaFixed(p.bytes / mebibyte, 4), javaFixed((1000 * intervalMb) / elapsedMs, 4), String(p.messages),
    javaFixed((intervalMessages / elapsedMs) * 1000, 4), String(p.joinTimeMs), String(fetchTimeMs),
    javaFixed(fetchMbPerSec, 4), javaFixed(fetchMessagesPerSec, 4),
  ].join(', ');
}

/** Kafka's --date-format default (java.text.SimpleDateFormat). */
export const kafkaDateFormatDefault = 'yyyy-MM-dd HH:mm:ss:SSS';

/**
 * A SimpleDateFormat pattern in local time, for the letters perf-test formats use (y M d H h m s
 * S a); other letters are refused, quoted text ('...') is copied.
 */
export function simpleDateFormatter(pattern: string): (ms: number) => string {
  const tokens = pattern.match(/'[^']*'|([A-Za-z])\1*|[^A-Za-z']+/g) ?? [];
  for (const t of tokens) if (/^[A-Za-z]/.test(t) && !/^[yMdHhmsSa]/.test(t)) throw new Error(`--date-format: pattern letter '${t[0]}' is not supported`);
  return (ms: number) => {
    const d = new Date(ms);
    return tokens.map((t) => {
      const pad = (n: number): string => String(n).padStart(t.length, '0');
      switch (t[0]) {
        case 'y': return t.length === 2 ? pad(d.getFullYear() % 100) : pad(d.getFullYear());
        case 'M': return pad(d.getMonth() + 1);
        case 'd': return pad(d.getDate());
        case 'H': return pad(d.getHours());
        case 'h': return pad(d.getHours() % 12 === 0 ? 12 : d.getHours() % 12);
        case 'm': return pad(d.getMinutes());
        case 's': return pad(d.getSeconds());
        case 'S': return pad(d.getMilliseconds());
        case 'a': return d.getHours() < 12 ? 'AM' : 'PM';
        case "'": return t.length === 2 ? "'" : t.slice(1, -1);
        default: return t;
      }
    }).join('');
  };
}
