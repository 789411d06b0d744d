/**
 * `samsa acls` against real brokers with the ACL authorizer (kafka-acls.sh's flags and output),
 * ACLs shared by every broker through ZooKeeper, and the authorizer's decisions on the ACL APIs
 * themselves: Describe/Alter on the cluster, deny wins, implied Describe, allow-everyone when no
 * ACL matches, SECURITY_DISABLED without an authorizer. Until the transport lands every
 * connection is User:ANONYMOUS on PLAINTEXT, so the super user is User:ANONYMOUS.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { type CliResult, runCli } from '../fixtures/cli';
import { startCluster, waitFor } from '../fixtures/cluster';

type Cluster = Awaited<ReturnType<typeof startCluster>>;

const aclAuthorizer = 'kafka.security.authorizer.AclAuthorizer';
/** Bound on another broker seeing an ACL change (a ZooKeeper watch round trip, under load). */
const propagationTimeoutMs = 10_000;
/** Bound on the kafka-python script (its own requests time out after 30 s). */
const pythonTimeoutMs = 90_000;

function cli(args: string[], stdin = ''): Promise<CliResult> {
  return runCli(['acls', ...args], { stdin });
}

describe('samsa acls with a super user', () => {
  let cluster: Cluster;
  let viaBroker1: string[];
  let viaBroker2: string[];

  beforeAll(async () => {
    cluster = await startCluster({ brokers: 2, name: 'acls-cli', overrides: { 'authorizer.class.name': aclAuthorizer, 'super.users': 'User:ANONYMOUS' } });
    viaBroker1 = ['--bootstrap-server', cluster.brokers[0]!.bootstrap];
    viaBroker2 = ['--bootstrap-server', cluster.brokers[1]!.bootstrap];
  }, 120_000);
  afterAll(async () => {
    await cluster?.stop();
  });

  test('--add prints the entries and the resource\'s ACLs as kafka-acls.sh does, and writes Kafka\'s znodes', async () => {
    const added = await cli([...viaBroker1, '--add', '--allow-principal', 'User:alice', '--operation', 'Read', '--topic', 'orders', '--group', 'billing']);
    expect(added.stderr).toBe('');
    expect(added.code).toBe(0);
    expect(added.stdout).toContain('Adding ACLs for resource `ResourcePattern(resourceType=TOPIC, name=orders, patternType=LITERAL)`: \n \t(principal=User:alice, host=*, operation=READ, permissionType=ALLOW) \n');
    expect(added.stdout).toContain('Current ACLs for resource `ResourcePattern(resourceType=GROUP, name=billing, patternType=LITERAL)`: \n \t(principal=User:alice, host=*, operation=READ, permissionType=ALLOW) \n');
    expect(await cluster.zk.getJson('/kafka-acl/Topic/orders')).toEqual({
      version: 1, acls: [{ principal: 'User:alice', permissionType: 'Allow', operation: 'Read', host: '*' }],
    });
  });

  test('another broker serves the new ACLs (change notifications)', async () => {
    await cli([...viaBroker1, '--add', '--deny-principal', 'User:bob', '--deny-host', '10.0.0.9', '--operation', 'Write', '--operation', 'Describe', '--topic', 'logs-', '--resource-pattern-type', 'prefixed']);
    const listed = await waitFor(async () => {
      const r = await cli([...viaBroker2, '--list', '--topic', 'logs-', '--resource-pattern-type', 'prefixed']);
      return r.stdout.includes('operation=DESCRIBE') && r.stdout.includes('operation=WRITE') ? r : undefined;
    }, { timeoutMs: propagationTimeoutMs, description: 'broker 2 to list the prefixed ACLs' });
    expect(listed.stdout).toContain('Current ACLs for resource `ResourcePattern(resourceType=TOPIC, name=logs-, patternType=PREFIXED)`:');
    expect(listed.stdout).toContain('\t(principal=User:bob, host=10.0.0.9, operation=WRITE, permissionType=DENY)');
  });

  test('--list with pattern type match shows every pattern that applies to a name; --principal filters', async () => {
    await cli([...viaBroker1, '--add', '--allow-principal', 'User:carol', '--operation', 'Read', '--topic', '*']);
    const matched = await cli([...viaBroker1, '--list', '--topic', 'logs-app', '--resource-pattern-type', 'match']);
    expect(matched.code).toBe(0);
    expect(matched.stdout).toContain('name=logs-, patternType=PREFIXED');
    expect(matched.stdout).toContain('name=*, patternType=LITERAL');
    expect(matched.stdout).not.toContain('name=orders');
    const alice = await cli([...viaBroker1, '--list', '--principal', 'User:alice']);
    expect(alice.stdout).toContain('ACLs for principal `User:alice`');
    expect(alice.stdout).toContain('name=orders');
    expect(alice.stdout).not.toContain('User:bob');
  });

  test('--producer and --consumer add the convenience sets', async () => {
    const producer = await cli([...viaBroker1, '--add', '--producer', '--idempotent', '--allow-principal', 'User:p', '--topic', 'in', '--transactional-id', 'tx']);
    expect(producer.code).toBe(0);
    const consumer = await cli([...viaBroker1, '--add', '--consumer', '--allow-principal', 'User:c', '--topic', 'in', '--group', 'g']);
    expect(consumer.code).toBe(0);
    const listed = (await cli([...viaBroker1, '--list', '--topic', 'in'])).stdout;
    for (const op of ['WRITE', 'DESCRIBE', 'CREATE']) expect(listed).toContain(`(principal=User:p, host=*, operation=${op}, permissionType=ALLOW)`);
    for (const op of ['READ', 'DESCRIBE']) expect(listed).toContain(`(principal=User:c, host=*, operation=${op}, permissionType=ALLOW)`);
    expect((await cli([...viaBroker1, '--list', '--cluster'])).stdout).toContain('(principal=User:p, host=*, operation=IDEMPOTENT_WRITE, permissionType=ALLOW)');
    expect((await cli([...viaBroker1, '--list', '--transactional-id', 'tx'])).stdout).toContain('operation=WRITE');
  });

  test('--remove deletes one entry, or all of a resource with --force; without --force it asks', async () => {
    const declined = await cli([...viaBroker1, '--remove', '--topic', 'orders'], 'n\n');
    expect(declined.stdout).toContain('Are you sure you want to delete all ACLs for resource filter `ResourcePattern(resourceType=TOPIC, name=orders, patternType=LITERAL)`? (y/n)');
    expect(await cluster.zk.getData('/kafka-acl/Topic/orders')).toBeDefined();
    const one = await cli([...viaBroker1, '--remove', '--force', '--topic', 'in', '--allow-principal', 'User:c', '--operation', 'Describe']);
    expect(one.code).toBe(0);
    expect(one.stdout).not.toContain('(principal=User:c, host=*, operation=DESCRIBE');
    expect(one.stdout).toContain('(principal=User:c, host=*, operation=READ');
    const all = await cli([...viaBroker1, '--remove', '--topic', 'orders'], 'y\n');
    expect(all.code).toBe(0);
    expect(await cluster.zk.getData('/kafka-acl/Topic/orders')).toBeUndefined();
  });

  test('bad input is refused with kafka-acls.sh\'s message and changes nothing', async () => {
    const noPrincipal = await cli([...viaBroker1, '--add', '--topic', 'x']);
    expect(noPrincipal.code).toBe(1);
    expect(noPrincipal.stderr).toContain('You must specify one of: --allow-principal, --deny-principal when trying to add ACLs.');
    const badOp = await cli([...viaBroker1, '--add', '--allow-principal', 'User:a', '--operation', 'Write', '--group', 'g']);
    expect(badOp.stderr).toContain('ResourceType GROUP only supports operations READ, DESCRIBE, DELETE, ALL');
    const anyPattern = await cli([...viaBroker1, '--add', '--allow-principal', 'User:a', '--topic', 'x', '--resource-pattern-type', 'any']);
    expect(anyPattern.stderr).toContain("A '--resource-pattern-type' value of 'any' is not valid when adding acls.");
    expect(await cluster.zk.getData('/kafka-acl/Topic/x')).toBeUndefined();
  });

  test('every client command takes --command-config: unknown keys warn, a bad value stops the command', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'acls-cli-'));
    try {
      await writeFile(path.join(dir, 'plain.properties'), 'security.protocol=PLAINTEXT\nclient.dns.lookup=use_all_dns_ips\n');
      await writeFile(path.join(dir, 'bad.properties'), 'security.protocol=SASL_SSL\nsasl.mechanism=GSSAPI\n');
      const topics = await runCli(['topics', ...viaBroker1, '--command-config', path.join(dir, 'plain.properties'), '--list'], { stdin: '' });
      expect(topics.code).toBe(0);
      expect(topics.stderr).toContain('WARN --command-config: ignoring unknown property client.dns.lookup');
      const acls = await cli([...viaBroker1, '--command-config', path.join(dir, 'bad.properties'), '--list']);
      expect(acls.code).toBe(1);
      expect(acls.stderr).toContain('--command-config: sasl.mechanism: GSSAPI is not supported (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512)');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('the ACL APIs under the authorizer', () => {
  test('allow.everyone.if.no.acl.found, deny wins, Alter implies Describe; no authorizer answers SECURITY_DISABLED', async () => {
    const secured = await startCluster({ brokers: 1, name: 'acls-deny', overrides: { 'authorizer.class.name': aclAuthorizer, 'allow.everyone.if.no.acl.found': 'true' } });
    const plain = await startCluster({ brokers: 1, name: 'acls-off' });
    try {
      const s = ['--bootstrap-server', secured.bootstrap];
      // No ACL on the cluster yet: everyone may Alter it.
      expect((await cli([...s, '--add', '--allow-principal', 'User:ANONYMOUS', '--operation', 'Alter', '--cluster'])).code).toBe(0);
      // Now the cluster has ACLs: a DENY of Describe wins over the Describe that Alter implies.
      const denied = await cli([...s, '--add', '--deny-principal', 'User:ANONYMOUS', '--operation', 'Describe', '--cluster']);
      expect(denied.stderr).toContain('Cluster authorization failed.');
      const list = await cli([...s, '--list']);
      expect(list.code).toBe(1);
      expect(list.stderr).toContain('Cluster authorization failed.');
      // Alter is still allowed: the DENY goes, and Alter's implied Describe lists again.
      expect((await cli([...s, '--remove', '--force', '--deny-principal', 'User:ANONYMOUS', '--operation', 'Describe', '--cluster'])).code).toBe(0);
      const relisted = await cli([...s, '--list']);
      expect(relisted.code).toBe(0);
      expect(relisted.stdout).toContain('(principal=User:ANONYMOUS, host=*, operation=ALTER, permissionType=ALLOW)');

      const off = await cli(['--bootstrap-server', plain.bootstrap, '--list']);
      expect(off.code).toBe(1);
      expect(off.stderr).toContain('No Authorizer is configured on the broker');
    } finally {
      await Promise.all([secured.stop(), plain.stop()]);
    }
  }, 180_000);
});

describe('kafka-python manages ACLs on the Kafka listener', () => {
  test('create_acls, describe_acls and delete_acls (python3-kafka)', async () => {
    const cluster = await startCluster({ brokers: 1, name: 'acls-python', overrides: { 'authorizer.class.name': aclAuthorizer, 'super.users': 'User:ANONYMOUS' } });
    try {
      const run = spawnSync('/usr/bin/python3', [path.join(__dirname, 'kafka_python_acls.py'), cluster.kafkaBootstrap, 'py-topic'], { encoding: 'utf8', timeout: pythonTimeoutMs });
      if (run.status !== 0) throw new Error(`kafka_python_acls.py exited ${run.status}: ${run.stderr.slice(-3000)}`);
      const result = JSON.parse(run.stdout.trim().split('\n').pop()!) as Record<string, unknown>;
      expect(result).toEqual({
        created: 1, failed: [],
        described: { error: 'NoError', acls: [['User:py', '*', 'READ', 'ALLOW', 'py-topic']] },
        deleted: [[1, 'NoError']],
        after: { error: 'NoError', acls: [] },
      });
    } finally {
      await cluster.stop();
    }
  }, 120_000);
});
