/**
 * `samsa log-dirs --describe`: kafka-log-dirs.sh. Prints Kafka's two lines and its JSON (keys in
 * Kafka 2.8's order: version, brokers; broker, logDirs; logDir, error, partitions; partition,
 * size, offsetLag, isFuture). A --broker-list naming brokers the cluster does not have is refused
 * with Kafka 3's message before any broker is asked.
 */

import { type Admin } from '../admin/admin';
import { type BrokerLogDirs } from '../admin/partitions';
import { CliUsageError, type ParsedArgs, stringArg } from './args';
import { kafkaExceptionClass } from './kafka-exceptions';
import { type CliIo, write } from './output';

function list(args: ParsedArgs, name: string): string[] {
  return (stringArg(args, name) ?? '').split(',').map((s) => s.trim()).filter((s) => s.length > 0);
}

function brokerList(args: ParsedArgs): number[] {
  return [...new Set(list(args, 'broker-list').map((id) => {
    const n = Number(id);
    if (!Number.isInteger(n) || n < 0) throw new CliUsageError(`--broker-list: '${id}' is not a broker id`);
    return n;
  }))];
}

/** LogDirsCommand.formatAsJson. */
export function formatLogDirsJson(described: readonly BrokerLogDirs[], topics: ReadonlySet<string>): string {
  return JSON.stringify({
    version: 1,
    brokers: described.map((b) => ({
      broker: b.broker,
      logDirs: b.logDirs.map((d) => ({
        logDir: d.logDir,
        error: d.error === 0 ? null : kafkaExceptionClass(d.error),
        partitions: d.partitions.filter((p) => topics.size === 0 || topics.has(p.topic)).map((p) => ({
          partition: `${p.topic}-${p.partition}`, size: p.size, offsetLag: p.offsetLag, isFuture: p.isFuture,
        })),
      })),
    })),
  });
}

export async function runLogDirs(admin: Admin, args: ParsedArgs, io: CliIo): Promise<void> {
  if (args.describe !== true) throw new CliUsageError('log-dirs needs --describe');
  const topics = new Set(list(args, 'topic-list'));
  const cluster = (await admin.describeCluster()).brokers.map((b) => b.nodeId);
  const asked = brokerList(args);
  const missing = asked.filter((id) => !cluster.includes(id));
  if (missing.length > 0) {
    throw new CliUsageError(`ERROR: The given brokers do not exist from --broker-list: ${missing.join(',')}. Current existent brokers: ${cluster.join(',')}`);
  }
  const brokers = asked.length > 0 ? asked : cluster;
  await write(io.stdout, 'Querying brokers for log directories information\n');
  const described = await admin.describeLogDirs({ brokers });
  await write(io.stdout, `Received log directory information from brokers ${brokers.join(',')}\n${formatLogDirsJson(described, topics)}\n`);
}
