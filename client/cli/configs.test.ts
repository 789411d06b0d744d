import { CliUsageError, commands, parseArgs } from './args';
import { configsOptions, formatScramDescription, parseScramAddConfig, splitConfigList } from './configs';

const parse = (argv: string[]): ReturnType<typeof configsOptions> => configsOptions(parseArgs(commands.configs!, argv));

describe('samsa configs options', () => {
  it("splits kafka-configs.sh's --add-config on the commas outside brackets", () => {
    expect(splitConfigList('SCRAM-SHA-256=[iterations=8192,password=a],SCRAM-SHA-512=[password=b]')).toEqual(['SCRAM-SHA-256=[iterations=8192,password=a]', 'SCRAM-SHA-512=[password=b]']);
  });

  it('reads SCRAM upsertions with Kafka\'s default of 4096 iterations', () => {
    expect(parseScramAddConfig('SCRAM-SHA-256=[iterations=8192,password=alice-secret],SCRAM-SHA-512=[password=alice=secret]', 'alice')).toEqual([
      { user: 'alice', mechanism: 'SCRAM-SHA-256', password: 'alice-secret', iterations: 8192 },
      { user: 'alice', mechanism: 'SCRAM-SHA-512', password: 'alice=secret', iterations: 4096 },
    ]);
  });

  it.each([
    [['--entity-type', 'users', '--alter', '--entity-name', 'a', '--add-config', 'SCRAM-SHA-1=[password=x]'], /not supported for users yet/],
    [['--entity-type', 'users', '--alter', '--entity-name', 'a', '--add-config', 'SCRAM-SHA-256=[iterations=8192]'], /needs a password/],
    [['--entity-type', 'users', '--alter', '--entity-name', 'a', '--add-config', 'SCRAM-SHA-256=[salt=x,password=y]'], /takes \[iterations=N,password=P\]/],
    [['--entity-type', 'users', '--alter', '--add-config', 'SCRAM-SHA-256=[password=y]'], /needs --entity-name/],
    [['--entity-type', 'users', '--alter', '--entity-name', 'a'], /needs --add-config or --delete-config/],
    [['--entity-type', 'users', '--describe', '--alter'], /exactly one of --alter, --describe/],
    [['--entity-type', 'clients', '--describe'], /not supported yet/],
    [['--entity-type', 'nonsense', '--describe'], /unknown --entity-type/],
    [['--describe'], /needs --entity-type users/],
    [['--entity-type', 'users', '--describe', '--zookeeper', 'z:2181', '--bootstrap-server', 'b:9092'], /not both/],
  ])('refuses %j', (argv, message) => {
    expect(() => parse(argv)).toThrow(CliUsageError);
    expect(() => parse(argv)).toThrow(message);
  });

  it('reads --delete-config as mechanisms and --describe without a name as every user', () => {
    expect(parse(['--entity-type', 'users', '--alter', '--entity-name', 'a', '--delete-config', 'SCRAM-SHA-512,SCRAM-SHA-256'])).toEqual({
      action: 'alter', user: 'a', upsertions: [], zookeeper: undefined,
      deletions: [{ user: 'a', mechanism: 'SCRAM-SHA-512' }, { user: 'a', mechanism: 'SCRAM-SHA-256' }],
    });
    expect(parse(['--entity-type', 'users', '--describe', '--zookeeper', 'z:2181/k'])).toEqual({ action: 'describe', users: undefined, zookeeper: 'z:2181/k' });
  });

  it("prints Kafka's describe line", () => {
    expect(formatScramDescription({ user: 'alice', credentialInfos: [{ mechanism: 'SCRAM-SHA-512', iterations: 4096 }, { mechanism: 'SCRAM-SHA-256', iterations: 8192 }] }))
      .toBe("SCRAM credential configs for user-principal 'alice' are SCRAM-SHA-256=iterations=8192, SCRAM-SHA-512=iterations=4096\n");
  });
});
