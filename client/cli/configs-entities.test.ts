import { commands, parseArgs } from './args';
import { configsOptions } from './configs';
import { describeHeading, describedEntries, formatConfigEntry, parseAddConfig } from './configs-entities';
import { type ConfigEntry } from '../admin/configs';

const parse = (argv: string[]): ReturnType<typeof configsOptions> => configsOptions(parseArgs(commands.configs!, argv));

const entry = (configName: string, configValue: string, configSource: number, synonyms: Array<[number, string, string]> = [], isSensitive = false): ConfigEntry => ({
  configName, configValue, readOnly: false, isDefault: configSource === 5, isSensitive, configSource,
  configSynonyms: synonyms.map(([source, name, value]) => ({ configSource: source, configName: name, configValue: value })),
});

describe('samsa configs --entity-type topics|brokers options', () => {
  it("reads kafka-configs.sh's --add-config with [..] lists joined by ','", () => {
    expect(parseAddConfig('retention.ms=1000, cleanup.policy=[compact,delete],a=b=c')).toEqual([
      { name: 'retention.ms', value: '1000' }, { name: 'cleanup.policy', value: 'compact,delete' }, { name: 'a', value: 'b=c' },
    ]);
  });

  it('turns --add-config and --delete-config into SET and DELETE operations', () => {
    const o = parse(['--entity-type', 'topics', '--entity-name', 't', '--alter', '--add-config', 'retention.ms=1000', '--delete-config', 'segment.bytes,cleanup.policy']);
    expect(o).toMatchObject({ entityType: 'topics', entityName: 't', action: 'alter', ops: [
      { name: 'retention.ms', value: '1000', operation: 'SET' }, { name: 'segment.bytes', operation: 'DELETE' }, { name: 'cleanup.policy', operation: 'DELETE' },
    ] });
  });

  it("names the cluster-wide broker default '' and a topic describe without a name means every topic", () => {
    expect(parse(['--entity-type', 'brokers', '--entity-default', '--describe'])).toMatchObject({ entityType: 'brokers', entityName: '', action: 'describe', all: false });
    expect(parse(['--entity-type', 'topics', '--describe', '--all'])).toMatchObject({ entityType: 'topics', entityName: undefined, all: true });
  });

  it.each([
    [['--entity-type', 'topics', '--alter', '--add-config', 'retention.ms=1'], /needs --entity-name <topic>/],
    [['--entity-type', 'topics', '--entity-default', '--describe'], /only for --entity-type brokers/],
    [['--entity-type', 'brokers', '--entity-name', 'b1', '--describe'], /integer id/],
    [['--entity-type', 'brokers', '--alter', '--add-config', 'a=1'], /needs --entity-name <broker id> or --entity-default/],
    [['--entity-type', 'topics', '--entity-name', 't', '--alter', '--add-config', 'retention.ms'], /not key=value/],
    [['--entity-type', 'topics', '--entity-name', 't', '--alter', '--add-config', 'a=[x,y'], /unbalanced/],
    [['--entity-type', 'topics', '--entity-name', 't', '--alter'], /--add-config or --delete-config/],
    [['--entity-type', 'topics', '--entity-name', 't', '--alter', '--add-config', 'a=1', '--delete-config', 'a'], /both added and deleted/],
    [['--entity-type', 'clients', '--describe'], /not supported yet/],
  ])('refuses %j', (argv, message) => {
    expect(() => parse(argv)).toThrow(message);
  });
});

describe("samsa configs output in Kafka 2.8's ConfigCommand format", () => {
  it('prints the headings Kafka prints', () => {
    expect(describeHeading('topics', 't', false)).toBe('Dynamic configs for topic t are:\n');
    expect(describeHeading('topics', 't', true)).toBe('All configs for topic t are:\n');
    expect(describeHeading('brokers', '0', false)).toBe('Dynamic configs for broker 0 are:\n');
    expect(describeHeading('brokers', '', false)).toBe('Default configs for brokers in the cluster are:\n');
  });

  it('prints an entry with its synonyms by source name, and a sensitive value as null', () => {
    expect(formatConfigEntry(entry('retention.ms', '1000', 1, [[1, 'retention.ms', '1000'], [5, 'log.retention.hours', '168']])))
      .toBe('  retention.ms=1000 sensitive=false synonyms={DYNAMIC_TOPIC_CONFIG:retention.ms=1000, DEFAULT_CONFIG:log.retention.hours=168}\n');
    expect(formatConfigEntry(entry('ssl.key.password', 'x', 2, [[2, 'ssl.key.password', 'x']], true)))
      .toBe('  ssl.key.password=null sensitive=true synonyms={DYNAMIC_BROKER_CONFIG:ssl.key.password=null}\n');
  });

  it("lists only the entity's own dynamic entries without --all, sorted by name", () => {
    const entries = [entry('segment.bytes', '1', 1), entry('cleanup.policy', 'delete', 5), entry('retention.ms', '2', 1),
      entry('log.retention.bytes', '3', 3), entry('num.io.threads', '8', 2)];
    expect(describedEntries(entries, 'topics', 't', false).map((e) => e.configName)).toEqual(['retention.ms', 'segment.bytes']);
    expect(describedEntries(entries, 'topics', 't', true)).toHaveLength(5);
    expect(describedEntries(entries, 'brokers', '', false).map((e) => e.configName)).toEqual(['log.retention.bytes']);
    expect(describedEntries(entries, 'brokers', '0', false).map((e) => e.configName)).toEqual(['num.io.threads']);
  });
});
