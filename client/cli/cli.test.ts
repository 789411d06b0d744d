import { CliUsageError, bootstrapServers, commands, parseArgs, parseProperties, usage } from './args';
import { lineToMessage, produceOptions } from './produce';
import { consumeOptions, formatMessage } from './consume';
import { describeLines } from './topics';
import { main } from './main';
import { PassThrough } from 'node:stream';

const parse = (command: string, argv: string[]) => parseArgs(commands[command]!, argv);

describe('parseArgs', () => {
  it('parses topics --create with its flags, in both --flag value and --flag=value forms', () => {
    const args = parse('topics', ['--bootstrap-server', 'a:1,b:2', '--create', '--topic=t', '--partitions', '3', '--replication-factor', '2', '--config', 'retention.ms=1000', '--config', 'cleanup.policy=compact', '--if-not-exists']);
    expect(args).toEqual({
      'bootstrap-server': 'a:1,b:2',
      create: true,
      topic: 't',
      partitions: '3',
      'replication-factor': '2',
      config: ['retention.ms=1000', 'cleanup.policy=compact'],
      'if-not-exists': true,
    });
  });

  it('parses topics --describe filters and --delete --if-exists', () => {
    expect(parse('topics', ['--describe', '--under-replicated-partitions', '--unavailable-partitions'])).toEqual({ describe: true, 'under-replicated-partitions': true, 'unavailable-partitions': true });
    expect(parse('topics', ['--delete', '--topic', 't', '--if-exists'])).toEqual({ delete: true, topic: 't', 'if-exists': true });
    expect(parse('topics', ['--list', '--exclude-internal'])).toEqual({ list: true, 'exclude-internal': true });
  });

  it('rejects unknown flags, missing values, stray arguments and values on boolean flags', () => {
    expect(() => parse('topics', ['--create', '--topics', 't'])).toThrow(/unknown option --topics/);
    expect(() => parse('consume', ['--topic'])).toThrow(CliUsageError);
    expect(() => parse('consume', ['--topic', '--from-beginning'])).toThrow(/needs a value/);
    expect(() => parse('produce', ['t'])).toThrow(/unexpected argument/);
    expect(() => parse('consume', ['--from-beginning=yes'])).toThrow(/takes no value/);
  });

  it('lists every flag in the command help', () => {
    const text = usage(commands.consume!);
    for (const flag of Object.keys(commands.consume!.flags)) expect(text).toContain(`--${flag}`);
  });
});

describe('parseProperties', () => {
  it('splits at the first = and unescapes \\t', () => {
    const props = parseProperties(['parse.key=true', 'key.separator==', 'x=a=b', 'key.separator2=\\t']);
    expect(props.get('parse.key')).toBe('true');
    expect(props.get('key.separator')).toBe('=');
    expect(props.get('x')).toBe('a=b');
    expect(props.get('key.separator2')).toBe('\t');
  });

  it('rejects a pair without a key', () => {
    expect(() => parseProperties(['novalue'])).toThrow(CliUsageError);
    expect(() => parseProperties(['=x'])).toThrow(CliUsageError);
  });
});

describe('bootstrapServers', () => {
  it('prefers the flag, then SAMSA_BOOTSTRAP_SERVER, then localhost:9092', () => {
    expect(bootstrapServers({ 'bootstrap-server': 'a:1, b:2' }, {})).toEqual(['a:1', 'b:2']);
    expect(bootstrapServers({}, { SAMSA_BOOTSTRAP_SERVER: 'c:3' })).toEqual(['c:3']);
    expect(bootstrapServers({}, {})).toEqual(['localhost:9092']);
  });
});

describe('produce options', () => {
  it('maps producer properties to the producer config', () => {
    const o = produceOptions(parse('produce', ['--topic', 't', '--producer-property', 'acks=all', '--producer-property', 'linger.ms=5', '--producer-property', 'compression.type=gzip', '--producer-property', 'foo=1', '--partition', '2', '--sync']));
    expect(o.producer).toEqual({ acks: -1, lingerMs: 5, compression: 1 });
    expect(o.ignored).toEqual(['foo']);
    expect(o.partition).toBe(2);
    expect(o.sync).toBe(true);
  });

  it('rejects bad acks and compression names', () => {
    expect(() => produceOptions(parse('produce', ['--topic', 't', '--producer-property', 'acks=2']))).toThrow(/acks/);
    expect(() => produceOptions(parse('produce', ['--topic', 't', '--compression-codec', 'brotli']))).toThrow(/compression/);
    expect(() => produceOptions(parse('produce', []))).toThrow(/--topic/);
  });

  it('splits key and value with parse.key and key.separator', () => {
    const o = produceOptions(parse('produce', ['--topic', 't', '--property', 'parse.key=true', '--property', 'key.separator=:']));
    expect(lineToMessage('k1:v:1', o)).toEqual({ key: 'k1', value: 'v:1' });
    expect(() => lineToMessage('no separator', o)).toThrow(/No key separator/);
    expect(lineToMessage('plain', { ...o, parseKey: false })).toEqual({ value: 'plain' });
  });
});

describe('consume options and output', () => {
  it('starts at latest unless --from-beginning or --offset says otherwise', () => {
    expect(consumeOptions(parse('consume', ['--topic', 't'])).start).toBe('latest');
    expect(consumeOptions(parse('consume', ['--topic', 't', '--from-beginning'])).start).toBe('earliest');
    expect(consumeOptions(parse('consume', ['--topic', 't', '--partition', '0', '--offset', '42'])).start).toBe(42);
    expect(() => consumeOptions(parse('consume', ['--topic', 't', '--offset', '42']))).toThrow(/--partition/);
    expect(() => consumeOptions(parse('consume', ['--topic', 't', '--max-messages', 'x']))).toThrow(/--max-messages/);
  });

  it('formats records like Kafka\'s DefaultMessageFormatter', () => {
    const o = consumeOptions(parse('consume', ['--topic', 't', '--property', 'print.key=true', '--property', 'print.partition=true', '--property', 'print.offset=true', '--property', 'print.timestamp=true']));
    const m = { topic: 't', partition: 1, offset: 7, timestamp: 1000, key: Buffer.from('k'), value: Buffer.from('v'), headers: [], leaderEpoch: 0 };
    expect(formatMessage(m, o.format)).toBe('CreateTime:1000\tPartition:1\tOffset:7\tk\tv\n');
    expect(formatMessage({ ...m, key: null }, { ...o.format, printTimestamp: false, printPartition: false, printOffset: false })).toBe('null\tv\n');
    expect(formatMessage(m, consumeOptions(parse('consume', ['--topic', 't'])).format)).toBe('v\n');
  });
});

describe('topics --describe lines', () => {
  const topic = {
    name: 't',
    isInternal: false,
    partitions: [
      { partitionId: 0, partitionErrorCode: 0, leader: 1, leaderEpoch: 0, replicas: [1, 2], isr: [1, 2], offlineReplicas: [] },
      { partitionId: 1, partitionErrorCode: 0, leader: -1, leaderEpoch: 0, replicas: [2, 1], isr: [2], offlineReplicas: [] },
    ],
  };

  it('prints the summary line and one line per partition, Leader none when there is none', () => {
    expect(describeLines([topic])).toEqual([
      'Topic: t\tPartitionCount: 2\tReplicationFactor: 2\tConfigs: ',
      '\tTopic: t\tPartition: 0\tLeader: 1\tReplicas: 1,2\tIsr: 1,2',
      '\tTopic: t\tPartition: 1\tLeader: none\tReplicas: 2,1\tIsr: 2',
    ]);
  });

  it('filters under-replicated and unavailable partitions', () => {
    expect(describeLines([topic], { unavailable: true })).toEqual(['\tTopic: t\tPartition: 1\tLeader: none\tReplicas: 2,1\tIsr: 2']);
    expect(describeLines([topic], { underReplicated: true })).toHaveLength(1);
    expect(describeLines([{ ...topic, isInternal: true }], { excludeInternal: true })).toEqual([]);
  });
});

describe('main', () => {
  const io = () => {
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    const chunks: string[] = [];
    stdout.on('data', (c: Buffer) => chunks.push(c.toString()));
    return { io: { stdout, stderr, stdin: new PassThrough() }, text: () => chunks.join('') };
  };

  it('prints the command list for --help and per-command flags for <command> --help', async () => {
    const a = io();
    await expect(main(['--help'], a.io)).resolves.toBe(0);
    expect(a.text()).toContain('topics');
    const b = io();
    await expect(main(['topics', '--help'], b.io)).resolves.toBe(0);
    expect(b.text()).toContain('--replication-factor');
  });

  it('fails on an unknown command or flag', async () => {
    await expect(main(['frobnicate'], io().io)).rejects.toThrow(/unknown command/);
    await expect(main(['topics', '--bogus'], io().io)).rejects.toThrow(/unknown option/);
  });
});
