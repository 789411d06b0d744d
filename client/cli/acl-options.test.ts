/** kafka-acls.sh's option rules: which entries each flag combination adds or removes, and what it refuses. */
import { CliUsageError, commands, parseArgs } from './args';
import { aclsOptions, parseOperation } from './acl-options';

const options = (...argv: string[]) => aclsOptions(parseArgs(commands.acls!, argv));

describe('samsa acls options', () => {
  it('operations by Kafka name, enum name or dashed', () => {
    expect(['Read', 'READ', 'IdempotentWrite', 'IDEMPOTENT_WRITE', 'describe-configs'].map(parseOperation)).toEqual([3, 3, 12, 12, 10]);
    expect(() => parseOperation('Any')).toThrow(CliUsageError);
  });

  it('--add: every principal on every host for every operation; All by default; * as the default host', () => {
    const o = options('--add', '--allow-principal', 'User:a', '--allow-principal', 'User:b', '--allow-host', '10.0.0.1', '--deny-principal', 'User:c', '--topic', 't');
    expect(o.action).toBe('add');
    if (o.action !== 'add') return;
    expect(o.bindings).toEqual([{
      pattern: { resourceType: 2, name: 't', patternType: 3 },
      entries: [
        { principal: 'User:a', host: '10.0.0.1', operation: 2, permissionType: 3 },
        { principal: 'User:b', host: '10.0.0.1', operation: 2, permissionType: 3 },
        { principal: 'User:c', host: '*', operation: 2, permissionType: 2 },
      ],
    }]);
  });

  it('--cluster only with a literal pattern type, as Kafka\'s getResourceFilter', () => {
    const o = options('--list', '--cluster', '--topic', 't', '--resource-pattern-type', 'prefixed');
    expect(o.action === 'list' && o.filters).toEqual([{ resourceType: 2, name: 't', patternType: 4 }]);
  });

  it('--producer --idempotent: Write/Describe/Create on topics, Write/Describe on transactional ids, IdempotentWrite on the cluster', () => {
    const o = options('--add', '--producer', '--idempotent', '--allow-principal', 'User:p', '--topic', 't', '--transactional-id', 'x');
    if (o.action !== 'add') throw new Error('not add');
    expect(o.bindings.map((b) => [b.pattern.resourceType, b.entries.map((e) => e.operation)])).toEqual([[2, [4, 8, 5]], [5, [4, 8]], [4, [12]]]);
  });

  it('--remove without principals removes everything of the resource', () => {
    const o = options('--remove', '--topic', 't', '--force');
    expect(o.action === 'remove' && o.bindings[0]!.entries).toEqual([]);
  });

  it.each([
    [['--list', '--add'], 'exactly one action'],
    [['--add', '--allow-principal', 'User:a'], 'You must provide at least one resource'],
    [['--add', '--allow-principal', 'alice', '--topic', 't'], "'alice' is not a principal of the form Type:name"],
    [['--add', '--consumer', '--allow-principal', 'User:a', '--topic', 't'], 'With --consumer you must specify a --topic and a --group'],
    [['--add', '--producer', '--allow-principal', 'User:a', '--group', 'g'], 'With --producer you must specify a --topic'],
    [['--add', '--idempotent', '--allow-principal', 'User:a', '--topic', 't'], '--idempotent is only valid with --producer'],
    [['--add', '--allow-principal', 'User:a', '--operation', 'IdempotentWrite', '--transactional-id', 'x'], 'ResourceType TRANSACTIONAL_ID only supports operations DESCRIBE, WRITE, ALL'],
    [['--list', '--resource-pattern-type', 'regex'], '--resource-pattern-type must be literal, prefixed, any or match'],
  ])('refuses %j', (argv, message) => {
    expect(() => options(...argv)).toThrow(message);
  });
});
