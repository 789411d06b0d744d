/**
 * Consumer throughput, in the style of Kafka's kafka-consumer-perf-test.sh
 * (`ConsumerPerformance`): reads `--messages` records from the beginning of every partition of
 * a topic and prints Kafka's header and one line of figures.
 *
 *   node dist/bench/consumer-perf.js --bootstrap-server 127.0.0.1:9092 --topic perf --messages 1000000
 */

import { Samsa } from '../client';
import { runMain } from './local-cluster';
import { readBatches } from './read-batches';

/** Give up when no record arrives for this long (Kafka's --timeout, default 10 s). */
const idleTimeoutMsDefault = 10_000;

interface ConsumerPerfOptions {
  bootstrap: string[];
  topic: string;
  messages: number;
  idleTimeoutMs: number;
  showHeader: boolean;
}

function usage(message: string): never {
  process.stderr.write(`${message}\nusage: consumer-perf --bootstrap-server H:P --topic T --messages N [--timeout MS] [--hide-header]\n`);
  process.exit(2);
}

export function parseArgs(argv: string[]): ConsumerPerfOptions {
  const opts: ConsumerPerfOptions = { bootstrap: [], topic: '', messages: 0, idleTimeoutMs: idleTimeoutMsDefault, showHeader: true };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const next = (): string => argv[++i] ?? usage(`${arg} needs a value`);
    switch (arg) {
      case '--bootstrap-server': opts.bootstrap = next().split(','); break;
      case '--topic': opts.topic = next(); break;
      case '--messages': opts.messages = Number(next()); break;
      case '--timeout': opts.idleTimeoutMs = Number(next()); break;
      case '--hide-header': opts.showHeader = false; break;
      default: usage(`unknown argument ${arg}`);
    }
  }
  if (opts.bootstrap.length === 0) usage('--bootstrap-server is required');
  if (!opts.topic) usage('--topic is required');
  if (!(opts.messages > 0)) usage('--messages must be > 0');
  return opts;
}

/** Kafka's perf-test date format: yyyy-MM-dd HH:mm:ss:SSS (local time). */
function formatTime(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}:${pad(d.getMilliseconds(), 3)}`;
}

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2));
  const client = new Samsa({ brokers: opts.bootstrap, clientId: 'consumer-perf' });
  const admin = client.admin();
  await admin.connect();
  const offsets = await admin.fetchTopicOffsets(opts.topic);
  await admin.disconnect();

  const consumer = client.consumer({ autoOffsetReset: 'earliest' });
  await consumer.connect();
  consumer.assign(offsets.map((o) => ({ topic: opts.topic, partition: o.partition })));
  for (const o of offsets) await consumer.seek({ topic: opts.topic, partition: o.partition, offset: Number(o.low) });

  const startMs = Date.now();
  let count = 0;
  let bytes = 0;
  let lastRecordMs = startMs;
  const idleCheck = setInterval(() => {
    if (Date.now() - lastRecordMs > opts.idleTimeoutMs) {
      process.stderr.write(`no record for ${opts.idleTimeoutMs} ms: stopping after ${count} of ${opts.messages} messages\n`);
      void consumer.stop();
    }
  }, Math.min(1_000, opts.idleTimeoutMs));
  try {
    await readBatches(consumer, opts.messages, (records, batchBytes) => {
      count += records;
      bytes += batchBytes;
      lastRecordMs = Date.now();
    });
  } finally {
    clearInterval(idleCheck);
    await consumer.disconnect();
  }
  const endMs = lastRecordMs;
  const seconds = Math.max(endMs - startMs, 1) / 1000;
  const mb = bytes / (1024 * 1024);
  if (opts.showHeader) process.stdout.write('start.time, end.time, data.consumed.in.MB, MB.sec, data.consumed.in.nMsg, nMsg.sec\n');
  process.stdout.write(
    `${formatTime(startMs)}, ${formatTime(endMs)}, ${mb.toFixed(4)}, ${(mb / seconds).toFixed(4)}, ${count}, ${(count / seconds).toFixed(4)}\n`,
  );
}

if (require.main === module) runMain(main);
