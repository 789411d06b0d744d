#!/usr/bin/env node
/**
 * The `samsa` command: broker, topics, produce, consume, consumer-groups, leader-election,
 * reassign-partitions. Failures print one line on stderr
 * and exit with status 1.
 */

import { Samsa } from '../samsa';
import { CliUsageError, type ParsedArgs, bootstrapServers, commands, mainUsage, parseArgs, usage } from './args';
import { type CliIo, processIo, write } from './output';
import { runTopics } from './topics';
import { produceLines, produceOptions } from './produce';
import { consumeOptions, consumeToOutput } from './consume';
import { runConsumerGroups } from './consumer-groups';
import { leaderElectionOptions, runLeaderElection } from './leader-election';
import type * as ReassignPartitions from './reassign-partitions';

// Loaded lazily so that client commands do not load the broker and its dependencies.
const brokerMainModule = '../../broker/main';
// Loaded lazily: only this command talks to ZooKeeper.
const reassignModule = './reassign-partitions';
type ReassignModule = typeof ReassignPartitions;

export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    await write(command === undefined ? io.stderr : io.stdout, mainUsage());
    return command === undefined ? 1 : 0;
  }
  const spec = commands[command];
  if (!spec) throw new CliUsageError(`unknown command '${command}' (see samsa --help)`);
  const args = parseArgs(spec, rest);
  if (args.help) {
    await write(io.stdout, usage(spec));
    return 0;
  }
  switch (command) {
    case 'broker':
      return runBroker(rest);
    case 'topics':
      return withClient(args, async (samsa) => {
        const admin = samsa.admin();
        await admin.connect();
        try {
          await runTopics(admin, args, io);
        } finally {
          await admin.disconnect();
        }
      });
    case 'produce':
      return withClient(args, async (samsa) => {
        const options = produceOptions(args);
        const producer = samsa.producer(options.producer);
        await producer.connect();
        try {
          await produceLines(producer, options, io);
        } finally {
          await producer.disconnect();
        }
      });
    case 'leader-election': {
      const options = await leaderElectionOptions(args);
      return withClient(args, async (samsa) => {
        const admin = samsa.admin();
        await admin.connect();
        try {
          await runLeaderElection(admin, options, io);
        } finally {
          await admin.disconnect();
        }
      });
    }
    case 'reassign-partitions': {
      const mod = (await import(reassignModule)) as ReassignModule;
      await mod.runReassignPartitions(args, io);
      return 0;
    }
    case 'consumer-groups':
      return withClient(args, async (samsa) => {
        const admin = samsa.admin();
        await admin.connect();
        try {
          await runConsumerGroups(admin, args, io);
        } finally {
          await admin.disconnect();
        }
      });
    default:
      return withClient(args, async (samsa) => {
        const options = consumeOptions(args);
        const admin = samsa.admin();
        const consumer = samsa.consumer({ autoOffsetReset: options.start === 'earliest' ? 'earliest' : 'latest', groupId: options.group });
        await Promise.all([admin.connect(), consumer.connect()]);
        let count = 0;
        // Ctrl-C ends consumption cleanly, so the total is still printed (as Kafka's tool does).
        const onInterrupt = (): void => void consumer.stop();
        process.once('SIGINT', onInterrupt);
        try {
          count = await consumeToOutput(admin, consumer, options, io);
        } finally {
          process.off('SIGINT', onInterrupt);
          await write(io.stderr, `Processed a total of ${count} messages\n`);
          await Promise.all([consumer.disconnect(), admin.disconnect()]);
        }
      });
  }
}

async function withClient(args: ParsedArgs, fn: (samsa: Samsa) => Promise<void>): Promise<number> {
  const samsa = new Samsa({ brokers: bootstrapServers(args), clientId: 'samsa-cli', logLevel: 'error', retry: { retries: 3 } });
  await fn(samsa);
  return 0;
}

async function runBroker(argv: string[]): Promise<number> {
  const mod = (await import(brokerMainModule)) as { main?: (argv: string[]) => Promise<void> };
  if (typeof mod.main !== 'function') throw new Error('the broker entry point is missing main(argv)');
  await mod.main(argv);
  return 0;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      if (code !== 0) process.exitCode = code;
    },
    (err: unknown) => {
      const message = err instanceof Error ? err.message : String(err);
      process.stderr.write(`Error: ${message.split('\n')[0]}\n`);
      process.exitCode = 1;
    },
  );
}
