/**
 * `samsa consumer-perf-test`: kafka-consumer-perf-test.sh (Kafka's ConsumerPerformance). Joins
 * --group (default perf-consumer-<random>) subscribed to --topic, reads --messages records from
 * the earliest offset (--from-latest: the latest) and prints Kafka's header and summary line,
 * or with --show-detailed-stats a line per --reporting-interval (perf-format.ts). It stops early,
 * with Kafka's warning, when no record arrived for --timeout ms. The time spent joining the
 * group is reported apart (rebalance.time.ms) and left out of the fetch rates.
 */

import { type Consumer } from '../consumer/consumer';
import { CliUsageError, type ParsedArgs, intArg, stringArg } from './args';
import { type CliIo, write } from './output';
import { consumerHeader, consumerProgressLine, consumerTotalLine, kafkaDateFormatDefault, simpleDateFormatter } from './perf-format';

export interface ConsumerPerfOptions {
  topic: string;
  messages: number;
  groupId: string;
  fromLatest: boolean;
  fetchSizeBytes: number;
  timeoutMs: number;
  reportingIntervalMs: number;
  showDetailedStats: boolean;
  hideHeader: boolean;
  formatDate: (ms: number) => string;
}

export function consumerPerfOptions(args: ParsedArgs): ConsumerPerfOptions {
  const topic = stringArg(args, 'topic');
  if (!topic) throw new CliUsageError('consumer-perf-test needs --topic');
  const messages = intArg(args, 'messages', 1);
  if (messages === undefined) throw new CliUsageError('consumer-perf-test needs --messages');
  const reportingIntervalMs = intArg(args, 'reporting-interval', 1) ?? 5_000;
  let formatDate: (ms: number) => string;
  try {
    formatDate = simpleDateFormatter(stringArg(args, 'date-format') ?? kafkaDateFormatDefault);
  } catch (err) {
    throw new CliUsageError((err as Error).message);
  }
  return {
    topic,
    messages,
    groupId: stringArg(args, 'group') ?? `perf-consumer-${Math.floor(Math.random() * 100_000)}`,
    fromLatest: args['from-latest'] === true,
    fetchSizeBytes: intArg(args, 'fetch-size', 1) ?? 1024 * 1024,
    timeoutMs: intArg(args, 'timeout', 0) ?? 10_000,
    reportingIntervalMs,
    showDetailedStats: args['show-detailed-stats'] === true,
    hideHeader: args['hide-header'] === true,
    formatDate,
  };
}

interface Progress {
  bytes: number;
  messages: number;
  lastBytes: number;
  lastMessages: number;
  lastReportMs: number;
  joinTimeMs: number;
  joinTimeInRoundMs: number;
}

/** Consumes and prints; the consumer is connected, with the group, and is stopped here. */
export async function runConsumerPerf(consumer: Consumer, o: ConsumerPerfOptions, io: CliIo): Promise<void> {
  if (!o.hideHeader) await write(io.stdout, `${consumerHeader(o.showDetailedStats)}\n`);
  const startMs = Date.now();
  const p: Progress = { bytes: 0, messages: 0, lastBytes: 0, lastMessages: 0, lastReportMs: startMs, joinTimeMs: 0, joinTimeInRoundMs: 0 };
  let joinStartMs = startMs;
  consumer.on('rebalancing', () => (joinStartMs = Date.now()));
  consumer.on('group_join', () => {
    p.joinTimeMs += Date.now() - joinStartMs;
    p.joinTimeInRoundMs += Date.now() - joinStartMs;
  });
  let lastConsumedMs = startMs;
  let timedOut = false;
  const finished = new Promise<void>((resolve) => consumer.once('stop', () => resolve()));
  const idle = setInterval(() => {
    if (Date.now() - lastConsumedMs <= o.timeoutMs) return;
    timedOut = true;
    void consumer.stop();
  }, Math.max(1, Math.min(100, o.timeoutMs)));
  await consumer.subscribe({ topics: [o.topic], fromBeginning: !o.fromLatest });
  await consumer.run({
    eachBatchAutoResolve: true,
    eachBatch: async ({ batch }) => {
      const nowMs = Date.now();
      lastConsumedMs = nowMs;
      for (const m of batch.messages) {
        if (p.messages >= o.messages) break;
        p.messages++;
        p.bytes += (m.key?.length ?? 0) + (m.value?.length ?? 0);
        if (nowMs - p.lastReportMs >= o.reportingIntervalMs) await report(p, nowMs, o, io);
      }
      if (p.messages >= o.messages) void consumer.stop();
    },
  });
  await finished;
  clearInterval(idle);
  const endMs = Date.now();
  if (timedOut && p.messages < o.messages) {
    await write(io.stdout, `WARNING: Exiting before consuming the expected number of messages: timeout (${o.timeoutMs} ms) exceeded. ` +
      'You can use the --timeout option to increase the timeout.\n');
  }
  if (!o.showDetailedStats) {
    await write(io.stdout, `${consumerTotalLine({ startMs, endMs, bytes: p.bytes, messages: p.messages, joinGroupTimeMs: p.joinTimeMs }, o.formatDate)}\n`);
  }
}

async function report(p: Progress, nowMs: number, o: ConsumerPerfOptions, io: CliIo): Promise<void> {
  if (o.showDetailedStats) {
    const line = consumerProgressLine({
      bytes: p.bytes, lastBytes: p.lastBytes, messages: p.messages, lastMessages: p.lastMessages, startMs: p.lastReportMs, endMs: nowMs, joinTimeMs: p.joinTimeInRoundMs,
    }, o.formatDate);
    await write(io.stdout, `${line}\n`);
  }
  p.joinTimeInRoundMs = 0;
  p.lastReportMs = nowMs;
  p.lastMessages = p.messages;
  p.lastBytes = p.bytes;
}
