#!/usr/bin/env node
/**
 * The client commands of the `samsa` tool: topics, produce, consume, consumer-groups, configs,
 * leader-election, transactions, acls; each takes `--command-config` for a secured cluster.
 * They talk to brokers only. The `samsa` binary (broker/tools/samsa.ts) adds the commands that
 * run a broker or talk to ZooKeeper and hands every other command to `main`.
 * Failures print one line on stderr and exit with status 1.
 */

import { Samsa } from '../samsa';
import { type Admin } from '../admin/admin';
import { CliUsageError, type CommandSpec, type ParsedArgs, bootstrapServers, commands, mainUsage, parseArgs, usage } from './args';
import { type CliIo, processIo, write } from './output';
import { runTopics } from './topics';
import { type ProduceOptions, produceLines, produceOptions } from './produce';
import { type Producer } from '../producer/producer';
import { consumeOptions, consumeToOutput } from './consume';
import { runConsumerGroups } from './consumer-groups';
import { leaderElectionOptions, runLeaderElection } from './leader-election';
import { runTransactions, transactionsOptions } from './transactions';
import { runAcls } from './acls';
import { aclsOptions } from './acl-options';
import { loadCommandConfig } from './command-config';
import { stringArg } from './args';
import { configsOptions, runConfigs } from './configs';
import { samsaVersion } from './version';
import { producerPerfOptions, runProducerPerf } from './perf-producer';
import { consumerPerfOptions, runConsumerPerf } from './perf-consumer';

/** A command: its flags and what it runs; `argv` is the command's own arguments, unparsed. */
export interface CliCommand {
  spec: CommandSpec;
  run(args: ParsedArgs, argv: string[], io: CliIo): Promise<number>;
}

type ClientCommand = (args: ParsedArgs, io: CliIo) => Promise<number>;

const clientCommands: Record<string, ClientCommand> = {
  topics: (args, io) => withAdmin(args, io, (admin) => runTopics(admin, args, io)),
  produce: (args, io) => withClient(args, io, async (samsa) => {
    const options = produceOptions(args);
    const producer = samsa.producer(options.producer);
    await producer.connect();
    try {
      if (options.producer.transactionalId === undefined) await produceLines(producer, options, io);
      else await produceInTransaction(producer, options, io);
    } finally {
      await producer.disconnect();
    }
  }),
  consume: (args, io) => withClient(args, io, (samsa) => consume(samsa, args, io)),
  'consumer-groups': (args, io) => withAdmin(args, io, (admin) => runConsumerGroups(admin, args, io)),
  transactions: (args, io) => {
    const options = transactionsOptions(args);
    return withAdmin(args, io, (admin) => runTransactions(admin, options, io));
  },
  configs: (args, io) => {
    const options = configsOptions(args);
    if (options.zookeeper !== undefined) throw new CliUsageError('configs --zookeeper is served by the samsa binary (dist/broker/tools/samsa.js)');
    return withAdmin(args, io, (admin) => runConfigs(admin, options, io));
  },
  'leader-election': async (args, io) => {
    const options = await leaderElectionOptions(args);
    return withAdmin(args, io, (admin) => runLeaderElection(admin, options, io));
  },
  acls: (args, io) => {
    const options = aclsOptions(args);
    return withAdmin(args, io, (admin) => runAcls(admin, options, io));
  },
  'producer-perf-test': (args, io) => {
    const options = producerPerfOptions(args);
    const withBootstrap = args['bootstrap-server'] === undefined && options.bootstrapServers !== undefined ? { ...args, 'bootstrap-server': options.bootstrapServers } : args;
    return withClient(withBootstrap, io, async (samsa) => {
      const producer = samsa.producer(options.producer);
      await producer.connect();
      try {
        if ((await runProducerPerf(producer, options, io)) > 0) process.exitCode = 1;
      } finally {
        await producer.disconnect();
      }
    });
  },
  'consumer-perf-test': (args, io) => {
    const options = consumerPerfOptions(args);
    const withBootstrap = args['bootstrap-server'] === undefined && args['broker-list'] !== undefined ? { ...args, 'bootstrap-server': args['broker-list'] } : args;
    return withClient(withBootstrap, io, async (samsa) => {
      const consumer = samsa.consumer({ groupId: options.groupId, autoOffsetReset: options.fromLatest ? 'latest' : 'earliest', maxBytesPerPartition: options.fetchSizeBytes });
      await consumer.connect();
      try {
        await runConsumerPerf(consumer, options, io);
      } finally {
        await consumer.disconnect();
      }
    });
  },
};

/** Runs one of the client commands (for a broker-side command that also has a client mode, e.g. configs). */
export function runClientCommand(command: string, args: ParsedArgs, io: CliIo): Promise<number> {
  const run = clientCommands[command];
  if (run === undefined) throw new CliUsageError(`unknown command '${command}' (see samsa --help)`);
  return run(args, io);
}

/** Runs `argv`; `extraCommands` are the broker-side commands that the `samsa` binary adds. */
export async function main(argv: readonly string[], io: CliIo = processIo, extraCommands: readonly CliCommand[] = []): Promise<number> {
  const [command, ...rest] = argv;
  // An extra command may extend a client command of the same name (configs --zookeeper): listed once.
  const specs = [...extraCommands.map((c) => c.spec), ...Object.values(commands).filter((s) => !extraCommands.some((c) => c.spec.name === s.name))];
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    await write(command === undefined ? io.stderr : io.stdout, mainUsage(specs));
    return command === undefined ? 1 : 0;
  }
  if (command === '--version' || command === 'version') {
    await write(io.stdout, `${samsaVersion()}\n`);
    return 0;
  }
  const spec = specs.find((s) => s.name === command);
  if (!spec) throw new CliUsageError(`unknown command '${command}' (see samsa --help)`);
  const args = parseArgs(spec, rest);
  if (args.help) {
    await write(io.stdout, usage(spec));
    return 0;
  }
  const extra = extraCommands.find((c) => c.spec.name === command);
  if (extra) return extra.run(args, rest, io);
  return clientCommands[command]!(args, io);
}

/** Every line in one transaction: committed at the end of input, aborted if anything failed. */
async function produceInTransaction(producer: Producer, options: ProduceOptions, io: CliIo): Promise<void> {
  const transaction = await producer.transaction();
  try {
    await produceLines(transaction, options, io);
    await transaction.commit();
  } catch (err) {
    if (transaction.isActive()) await transaction.abort().catch(() => undefined);
    throw err;
  }
}

async function consume(samsa: Samsa, args: ParsedArgs, io: CliIo): Promise<void> {
  const options = consumeOptions(args);
  const admin = samsa.admin();
  const consumer = samsa.consumer({ autoOffsetReset: options.start === 'earliest' ? 'earliest' : 'latest', groupId: options.group, isolationLevel: options.isolationLevel });
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
}

async function withClient(args: ParsedArgs, io: CliIo, fn: (samsa: Samsa) => Promise<void>): Promise<number> {
  const configPath = stringArg(args, 'command-config');
  const warnings: string[] = [];
  const security = configPath === undefined ? {} : loadCommandConfig(configPath, (m) => warnings.push(m));
  for (const warning of warnings) await write(io.stderr, `WARN ${warning}\n`);
  const samsa = new Samsa({ brokers: bootstrapServers(args), clientId: 'samsa-cli', logLevel: 'error', retry: { retries: 3 }, ...security });
  await fn(samsa);
  return 0;
}

export function withAdmin(args: ParsedArgs, io: CliIo, fn: (admin: Admin) => Promise<void>): Promise<number> {
  return withClient(args, io, async (samsa) => {
    const admin = samsa.admin();
    await admin.connect();
    try {
      await fn(admin);
    } finally {
      await admin.disconnect();
    }
  });
}

/** Runs `main` as a process: the exit status is main's; an error is one line on stderr and status 1. */
export function runAsProcess(argv: readonly string[], extraCommands: readonly CliCommand[] = []): void {
  main(argv, processIo, extraCommands).then(
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

if (require.main === module) runAsProcess(process.argv.slice(2));
