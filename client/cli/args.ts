/**
 * Command-line parsing for the `samsa` tool. Flags keep the names of Kafka's console tools
 * (kafka-topics.sh, kafka-console-producer.sh, kafka-console-consumer.sh) so runbooks carry
 * over. `--flag value` and `--flag=value` both work; unknown flags and missing values are
 * errors, never silently ignored.
 */
import { SamsaError } from '../../proto/errors';

/** 'list': one or more values up to the next --flag (argparse's nargs '+', e.g. --producer-props a=1 b=2). */
type FlagKind = 'boolean' | 'string' | 'repeated' | 'list';

interface FlagSpec {
  kind: FlagKind;
  description: string;
  valueName?: string;
}

export interface CommandSpec {
  name: string;
  summary: string;
  flags: Record<string, FlagSpec>;
}

export type ParsedArgs = Record<string, string | boolean | string[] | undefined>;

export class CliUsageError extends SamsaError {
  constructor(message: string) {
    super(message);
  }
}

const bootstrapFlag: FlagSpec = {
  kind: 'string',
  valueName: 'host:port[,host:port]',
  description: 'Brokers to bootstrap from (default: $SAMSA_BOOTSTRAP_SERVER or localhost:9092)',
};
export const helpFlag: FlagSpec = { kind: 'boolean', description: 'Print this help' };
/** Every client command takes Kafka's client properties for a secured cluster (command-config.ts). */
const commandConfigFlag: FlagSpec = {
  kind: 'string', valueName: 'file', description: 'Client properties: security.protocol, ssl.*, sasl.mechanism, sasl.jaas.config',
};

export const commands: Record<string, CommandSpec> = {
  topics: {
    name: 'topics',
    summary: 'Create, list, describe and delete topics',
    flags: {
      'bootstrap-server': bootstrapFlag,
      create: { kind: 'boolean', description: 'Create a topic' },
      list: { kind: 'boolean', description: 'List topics' },
      describe: { kind: 'boolean', description: 'Describe topics (all, or the one named by --topic)' },
      delete: { kind: 'boolean', description: 'Delete a topic' },
      alter: { kind: 'boolean', description: 'Increase the number of partitions of a topic (with --partitions)' },
      topic: { kind: 'string', valueName: 'name', description: 'The topic' },
      partitions: { kind: 'string', valueName: 'N', description: 'Number of partitions (create; the new total with --alter)' },
      'replication-factor': { kind: 'string', valueName: 'R', description: 'Replicas per partition (create)' },
      'replica-assignment': { kind: 'string', valueName: '1:2,2:3', description: 'Explicit replicas per partition (create)' },
      config: { kind: 'repeated', valueName: 'key=value', description: 'Topic config override (create)' },
      'if-not-exists': { kind: 'boolean', description: 'Do nothing if the topic exists (create)' },
      'if-exists': { kind: 'boolean', description: 'Do nothing if the topic does not exist (alter, delete)' },
      'exclude-internal': { kind: 'boolean', description: 'Leave out internal topics (list, describe)' },
      'under-replicated-partitions': { kind: 'boolean', description: 'Only partitions whose ISR is smaller than their replicas (describe)' },
      'unavailable-partitions': { kind: 'boolean', description: 'Only partitions without a leader (describe)' },
      'under-min-isr-partitions': { kind: 'boolean', description: 'Only partitions whose ISR is smaller than min.insync.replicas (describe)' },
      'at-min-isr-partitions': { kind: 'boolean', description: 'Only partitions whose ISR is exactly min.insync.replicas (describe)' },
      help: helpFlag,
    },
  },
  'leader-election': {
    name: 'leader-election',
    summary: 'Elect the preferred (or any live) replica as leader of partitions',
    flags: {
      'bootstrap-server': bootstrapFlag,
      'election-type': { kind: 'string', valueName: 'PREFERRED|UNCLEAN', description: 'Preferred replica, or any live replica even outside the ISR' },
      topic: { kind: 'string', valueName: 'name', description: 'The topic (with --partition)' },
      partition: { kind: 'string', valueName: 'N', description: 'The partition (with --topic)' },
      'all-topic-partitions': { kind: 'boolean', description: 'Every partition of every topic' },
      'path-to-json-file': { kind: 'string', valueName: 'file', description: 'JSON {"partitions":[{"topic":"t","partition":0}]}' },
      help: helpFlag,
    },
  },
  produce: {
    name: 'produce',
    summary: 'Send lines from stdin as records',
    flags: {
      'bootstrap-server': bootstrapFlag,
      topic: { kind: 'string', valueName: 'name', description: 'The topic to produce to' },
      partition: { kind: 'string', valueName: 'N', description: 'Send every record to this partition' },
      property: {
        kind: 'repeated',
        valueName: 'key=value',
        description: 'Line reader: parse.key, key.separator (\\t), parse.headers, headers.delimiter (\\t), headers.separator (,), headers.key.separator (:), null.marker, ignore.error',
      },
      'producer-property': { kind: 'repeated', valueName: 'key=value', description: 'acks=all|1|0, linger.ms, batch.size, compression.type, delivery.timeout.ms' },
      'compression-codec': { kind: 'string', valueName: 'none|gzip|snappy|lz4|zstd', description: 'Compression (same as compression.type)' },
      'request-required-acks': { kind: 'string', valueName: 'all|1|0', description: 'Acks (same as acks)' },
      sync: { kind: 'boolean', description: 'Send each record on its own and wait for its ack' },
      'transactional-id': { kind: 'string', valueName: 'id', description: 'Send every line in one transaction, committed at the end of input (aborted on error)' },
      help: helpFlag,
    },
  },
  consume: {
    name: 'consume',
    summary: 'Print records of a topic',
    flags: {
      'bootstrap-server': bootstrapFlag,
      topic: { kind: 'string', valueName: 'name', description: 'The topic to consume' },
      partition: { kind: 'string', valueName: 'N', description: 'Only this partition (default: all)' },
      offset: { kind: 'string', valueName: 'earliest|latest|N', description: 'Start offset (default latest)' },
      'from-beginning': { kind: 'boolean', description: 'Start at the earliest offset' },
      'max-messages': { kind: 'string', valueName: 'N', description: 'Exit after N messages' },
      'timeout-ms': { kind: 'string', valueName: 'ms', description: 'Exit when no message arrived for this long' },
      group: { kind: 'string', valueName: 'id', description: 'Consume as a member of this consumer group (commits offsets)' },
      'isolation-level': { kind: 'string', valueName: 'read_committed|read_uncommitted', description: 'read_committed hides aborted and open transactions (default read_uncommitted)' },
      property: { kind: 'repeated', valueName: 'key=value', description: 'print.key, print.partition, print.offset, print.timestamp, print.headers, print.value, key.separator, line.separator, headers.separator, null.literal' },
      help: helpFlag,
    },
  },
  'consumer-groups': {
    name: 'consumer-groups',
    summary: 'List, describe and delete consumer groups; reset their offsets',
    flags: {
      'bootstrap-server': bootstrapFlag,
      list: { kind: 'boolean', description: 'List all consumer groups' },
      describe: { kind: 'boolean', description: 'Describe a group: offsets and lag (default), --members or --state' },
      delete: { kind: 'boolean', description: 'Delete a group and its offsets (the group must be empty)' },
      'reset-offsets': { kind: 'boolean', description: 'Reset the offsets of an inactive group' },
      group: { kind: 'repeated', valueName: 'id', description: 'The group' },
      'all-groups': { kind: 'boolean', description: 'Every group (describe, delete, reset-offsets)' },
      members: { kind: 'boolean', description: 'Describe the members (describe)' },
      state: { kind: 'boolean', description: 'Describe the coordinator, assignor and state (describe)' },
      offsets: { kind: 'boolean', description: 'Describe offsets and lag (describe; the default)' },
      topic: { kind: 'repeated', valueName: 'topic[:p,p]', description: 'Topic, optionally with partitions (reset-offsets)' },
      'all-topics': { kind: 'boolean', description: 'Every topic the group has committed offsets for (reset-offsets)' },
      'to-earliest': { kind: 'boolean', description: 'Reset to the earliest offset' },
      'to-latest': { kind: 'boolean', description: 'Reset to the latest offset' },
      'to-offset': { kind: 'string', valueName: 'N', description: 'Reset to this offset' },
      'to-datetime': { kind: 'string', valueName: 'YYYY-MM-DDTHH:mm:SS.sss', description: 'Reset to the first offset at or after this time' },
      'shift-by': { kind: 'string', valueName: 'N', description: 'Move the committed offsets by N (may be negative)' },
      'dry-run': { kind: 'boolean', description: 'Print the new offsets only (the default)' },
      execute: { kind: 'boolean', description: 'Commit the new offsets' },
      help: helpFlag,
    },
  },
  /** kafka-transactions.sh (Kafka 3): one action per run. */
  transactions: {
    name: 'transactions',
    summary: 'List, describe and abort transactions; find hanging ones',
    flags: {
      'bootstrap-server': bootstrapFlag,
      list: { kind: 'boolean', description: 'List every transaction the coordinators know' },
      describe: { kind: 'boolean', description: 'Describe the transaction of --transactional-id' },
      'describe-producers': { kind: 'boolean', description: 'The producers with state on --topic --partition' },
      'find-hanging': { kind: 'boolean', description: 'Open transactions on --broker-id (or --topic) their coordinator does not know, or older than --max-transaction-timeout' },
      abort: { kind: 'boolean', description: 'Abort a hanging transaction on --topic --partition (writes its abort marker)' },
      'transactional-id': { kind: 'string', valueName: 'id', description: 'The transactional id (describe)' },
      'broker-id': { kind: 'string', valueName: 'N', description: 'The partition leader to search (find-hanging)' },
      topic: { kind: 'string', valueName: 'name', description: 'The topic (describe-producers, abort; find-hanging)' },
      partition: { kind: 'string', valueName: 'N', description: 'The partition (describe-producers, abort; find-hanging)' },
      'producer-id': { kind: 'string', valueName: 'N', description: 'The producer id (abort)' },
      'producer-epoch': { kind: 'string', valueName: 'N', description: 'The producer epoch (abort)' },
      'coordinator-epoch': { kind: 'string', valueName: 'N', description: 'The coordinator epoch (abort)' },
      'max-transaction-timeout': { kind: 'string', valueName: 'ms', description: 'Older open transactions are hanging (find-hanging; default 900000)' },
      help: helpFlag,
    },
  },
  /** kafka-acls.sh (Kafka 2.x AclCommand). */
  acls: {
    name: 'acls',
    summary: 'Add, remove and list ACLs',
    flags: {
      'bootstrap-server': bootstrapFlag,
      add: { kind: 'boolean', description: 'Add ACLs' },
      remove: { kind: 'boolean', description: 'Remove ACLs (all of a resource when no principal is given)' },
      list: { kind: 'boolean', description: 'List ACLs (all, or of the resources given)' },
      'allow-principal': { kind: 'repeated', valueName: 'User:name', description: 'Principal the ACL allows (User:* for everyone)' },
      'deny-principal': { kind: 'repeated', valueName: 'User:name', description: 'Principal the ACL denies' },
      'allow-host': { kind: 'repeated', valueName: 'ip', description: 'Host of --allow-principal (default *)' },
      'deny-host': { kind: 'repeated', valueName: 'ip', description: 'Host of --deny-principal (default *)' },
      operation: { kind: 'repeated', valueName: 'Read|Write|...', description: 'Operation (default All)' },
      topic: { kind: 'repeated', valueName: 'name', description: 'Topic resource (* for every topic)' },
      group: { kind: 'repeated', valueName: 'id', description: 'Consumer group resource' },
      cluster: { kind: 'boolean', description: 'The cluster resource' },
      'transactional-id': { kind: 'repeated', valueName: 'id', description: 'Transactional id resource' },
      'resource-pattern-type': { kind: 'string', valueName: 'literal|prefixed|any|match', description: 'Pattern type (default literal; any/match for --list and --remove)' },
      principal: { kind: 'repeated', valueName: 'User:name', description: 'Only this principal\'s ACLs (list)' },
      producer: { kind: 'boolean', description: 'Write, Describe, Create on topics (and Write, Describe on transactional ids)' },
      consumer: { kind: 'boolean', description: 'Read, Describe on topics and Read on groups' },
      idempotent: { kind: 'boolean', description: 'With --producer: IdempotentWrite on the cluster' },
      force: { kind: 'boolean', description: 'Remove without asking' },
      help: helpFlag,
    },
  },
};


// Partitions and records: kafka-delete-records.sh, kafka-log-dirs.sh, kafka-get-offsets.sh.
commands['delete-records'] = {
  name: 'delete-records',
  summary: 'Delete records below given offsets (kafka-delete-records.sh)',
  flags: {
    'bootstrap-server': bootstrapFlag,
    'offset-json-file': {
      kind: 'string', valueName: 'file', description: 'JSON: {"partitions": [{"topic": "t", "partition": 0, "offset": 10}], "version": 1}; offset -1: the high watermark',
    },
    help: helpFlag,
  },
};
commands['log-dirs'] = {
  name: 'log-dirs',
  summary: 'Describe the log directories of brokers (kafka-log-dirs.sh)',
  flags: {
    'bootstrap-server': bootstrapFlag,
    describe: { kind: 'boolean', description: 'Describe the log directories on the brokers' },
    'broker-list': { kind: 'string', valueName: '0,1,2', description: 'The brokers to ask (default: every broker)' },
    'topic-list': { kind: 'string', valueName: 't1,t2', description: 'Only these topics (default: all)' },
    help: helpFlag,
  },
};
commands['get-offsets'] = {
  name: 'get-offsets',
  summary: 'Print partition offsets at a time (kafka-get-offsets.sh)',
  flags: {
    'bootstrap-server': bootstrapFlag,
    topic: { kind: 'string', valueName: 'regex', description: 'Topics to include, a regular expression (default: all)' },
    partitions: { kind: 'string', valueName: '0,1', description: 'Partition ids (default: all)' },
    time: { kind: 'string', valueName: '-1|-2|ms', description: 'Latest (-1, default), earliest (-2) or the first offset at or after a timestamp in ms' },
    'exclude-internal-topics': { kind: 'boolean', description: 'Leave out internal topics' },
    help: helpFlag,
  },
};

/** kafka-configs.sh for topics, brokers and users; --zookeeper (users) is served by the samsa binary (broker/tools/samsa.ts). */
commands.configs = {
  name: 'configs',
  summary: 'Describe and alter entity configs (topics, brokers; users: SCRAM credentials)',
  flags: {
    'bootstrap-server': bootstrapFlag,
    zookeeper: { kind: 'string', valueName: 'host:port[/chroot]', description: 'Write ZooKeeper directly instead, users only (e.g. the first admin user, before brokers start)' },
    'entity-type': { kind: 'string', valueName: 'topics|brokers|users', description: 'The entity type' },
    'entity-name': { kind: 'string', valueName: 'name', description: 'The topic, broker id or user (with --describe: every topic or user when omitted)' },
    'entity-default': { kind: 'boolean', description: 'The cluster-wide default of --entity-type brokers' },
    describe: { kind: 'boolean', description: 'Print the dynamic configs (users: SCRAM mechanisms and iterations)' },
    all: { kind: 'boolean', description: 'With --describe, every config of the topic or broker, not only the dynamic ones' },
    alter: { kind: 'boolean', description: 'Change the entity with --add-config and/or --delete-config' },
    'add-config': { kind: 'string', valueName: "'k1=v1,k2=[v1,v2]'", description: "Configs to set (users: 'SCRAM-SHA-256=[iterations=8192,password=p]')" },
    'delete-config': { kind: 'string', valueName: "'k1,k2'", description: 'Configs to remove (users: SCRAM mechanisms)' },
    help: helpFlag,
  },
};

/** kafka-producer-perf-test.sh (ProducerPerformance) and kafka-consumer-perf-test.sh (ConsumerPerformance). */
commands['producer-perf-test'] = {
  name: 'producer-perf-test',
  summary: 'Measure producer throughput and latency (kafka-producer-perf-test.sh)',
  flags: {
    'bootstrap-server': bootstrapFlag,
    topic: { kind: 'string', valueName: 'TOPIC', description: 'produce messages to this topic' },
    'num-records': { kind: 'string', valueName: 'NUM-RECORDS', description: 'number of messages to produce' },
    'record-size': { kind: 'string', valueName: 'RECORD-SIZE', description: 'message size in bytes (one of --record-size, --payload-file, --payload-monotonic)' },
    'payload-file': { kind: 'string', valueName: 'PAYLOAD-FILE', description: 'UTF-8 file of payloads, one picked at random per message' },
    'payload-delimiter': { kind: 'string', valueName: 'PAYLOAD-DELIMITER', description: 'delimiter of the payloads in --payload-file (default \\n)' },
    'payload-monotonic': { kind: 'boolean', description: 'payload is a monotonically increasing integer' },
    throughput: { kind: 'string', valueName: 'THROUGHPUT', description: 'at most about THROUGHPUT messages/sec; -1 for no limit' },
    'producer-props': { kind: 'list', valueName: 'PROP-NAME=PROP-VALUE', description: 'producer configs: bootstrap.servers, acks, linger.ms, batch.size, compression.type, ...' },
    help: helpFlag,
  },
};
commands['consumer-perf-test'] = {
  name: 'consumer-perf-test',
  summary: 'Measure consumer throughput (kafka-consumer-perf-test.sh)',
  flags: {
    'bootstrap-server': bootstrapFlag,
    'broker-list': { kind: 'string', valueName: 'broker-list', description: 'DEPRECATED, use --bootstrap-server instead' },
    topic: { kind: 'string', valueName: 'topic', description: 'REQUIRED: The topic to consume from.' },
    messages: { kind: 'string', valueName: 'count', description: 'REQUIRED: The number of messages to consume.' },
    group: { kind: 'string', valueName: 'gid', description: 'The group id to consume on (default perf-consumer-<random>).' },
    'fetch-size': { kind: 'string', valueName: 'size', description: 'The amount of data to fetch per partition in a single request (default 1048576).' },
    'from-latest': { kind: 'boolean', description: 'Without a committed offset, start at the latest message rather than the earliest.' },
    timeout: { kind: 'string', valueName: 'milliseconds', description: 'The maximum allowed time between returned records (default 10000).' },
    'reporting-interval': { kind: 'string', valueName: 'interval_ms', description: 'Interval between progress lines with --show-detailed-stats (default 5000).' },
    'show-detailed-stats': { kind: 'boolean', description: 'Report stats for each reporting interval.' },
    'date-format': { kind: 'string', valueName: 'date format', description: 'java.text.SimpleDateFormat pattern (default yyyy-MM-dd HH:mm:ss:SSS).' },
    'hide-header': { kind: 'boolean', description: 'Skip printing the header for the stats.' },
    help: helpFlag,
  },
};

for (const spec of Object.values(commands)) {
  const { help, ...rest } = spec.flags;
  spec.flags = { ...rest, 'command-config': commandConfigFlag, ...(help === undefined ? {} : { help }) };
}

export function parseArgs(spec: CommandSpec, argv: readonly string[]): ParsedArgs {
  const out: ParsedArgs = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) throw new CliUsageError(`${spec.name}: unexpected argument '${arg}'`);
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
    const flag = spec.flags[name];
    if (!flag) throw new CliUsageError(`${spec.name}: unknown option --${name} (see samsa ${spec.name} --help)`);
    if (flag.kind === 'boolean') {
      if (eq > 0) throw new CliUsageError(`${spec.name}: --${name} takes no value`);
      out[name] = true;
      continue;
    }
    let value: string | undefined;
    if (eq > 0) value = arg.slice(eq + 1);
    else {
      value = argv[i + 1];
      if (value === undefined || (value.startsWith('--') && value.length > 2)) throw new CliUsageError(`${spec.name}: --${name} needs a value`);
      i++;
    }
    if (flag.kind === 'string') out[name] = value;
    else out[name] = [...((out[name] as string[] | undefined) ?? []), value];
    while (flag.kind === 'list' && eq < 0 && argv[i + 1] !== undefined && !argv[i + 1]!.startsWith('--')) (out[name] as string[]).push(argv[++i]!);
  }
  return out;
}

/** `k=v` pairs to a map; the value may contain '=' (key.separator==). */
export function parseProperties(pairs: readonly string[] | undefined, what = 'property'): Map<string, string> {
  const out = new Map<string, string>();
  for (const pair of pairs ?? []) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new CliUsageError(`${what} '${pair}' is not key=value`);
    out.set(pair.slice(0, eq), unescape(pair.slice(eq + 1)));
  }
  return out;
}

/** Console tools accept \t and \n escapes in separators. */
function unescape(value: string): string {
  return value.replace(/\\t/g, '\t').replace(/\\n/g, '\n').replace(/\\r/g, '\r');
}

export function stringArg(args: ParsedArgs, name: string): string | undefined {
  const v = args[name];
  return typeof v === 'string' ? v : undefined;
}

export function intArg(args: ParsedArgs, name: string, min = 0): number | undefined {
  const v = stringArg(args, name);
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min) throw new CliUsageError(`--${name} must be an integer >= ${min}, not '${v}'`);
  return n;
}

export function bootstrapServers(args: ParsedArgs, env: NodeJS.ProcessEnv = process.env): string[] {
  const value = stringArg(args, 'bootstrap-server') ?? env.SAMSA_BOOTSTRAP_SERVER ?? 'localhost:9092';
  const list = value.split(',').map((s) => s.trim()).filter((s) => s.length > 0);
  if (list.length === 0) throw new CliUsageError('--bootstrap-server is empty');
  return list;
}

export function usage(spec: CommandSpec): string {
  const lines = [`Usage: samsa ${spec.name} [options]`, '', spec.summary, '', 'Options:'];
  const rows = Object.entries(spec.flags).map(([name, f]) => [`  --${name}${f.kind === 'boolean' ? '' : ` <${f.valueName ?? 'value'}>`}`, f.description + (f.kind === 'repeated' ? ' (repeatable)' : f.kind === 'list' ? ' (one or more)' : '')] as const);
  const width = Math.max(...rows.map(([l]) => l.length)) + 2;
  for (const [left, right] of rows) lines.push(left.padEnd(width) + right);
  return lines.join('\n') + '\n';
}

export function mainUsage(specs: readonly CommandSpec[]): string {
  const lines = ['Usage: samsa <command> [options]', '', 'Commands:'];
  for (const spec of specs) lines.push(`  ${spec.name.padEnd(21)}${spec.summary}`);
  lines.push('', "Run 'samsa <command> --help' for a command's options, 'samsa --version' for the version.");
  return lines.join('\n') + '\n';
}
