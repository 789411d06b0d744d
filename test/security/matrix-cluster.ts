/**
 * The authorization matrix's broker: one broker with Kafka's AclAuthorizer, topics `t` and
 * `secret`, group `g` with offset 5 committed for t-0, and the matrix's ACLs written to ZooKeeper
 * in Kafka's format (with change notifications, which the broker follows).
 *
 * Principals. Until SASL is on main every connection on the PLAINTEXT listener is User:ANONYMOUS,
 * so the rows differ by ACL host (127.0.0.0/8 is all loopback): the broker's own host 127.0.0.1
 * holds the super user's grants (All on the cluster and on every topic, group and transactional
 * id: the inter-broker requests come from there), 127.0.0.2 is producer-only (Write and Describe
 * on topic t, IdempotentWrite on the cluster), 127.0.0.3 consumer-only (Read on topic t and group
 * g), 127.0.0.4 anonymous with no ACL. The broker starts with allow.everyone.if.no.acl.found=true
 * so that it can form before any ACL exists; the wildcard grants then make every resource
 * governed by ACLs, so nothing is open to the other hosts (Kafka's rule: the fallback applies only
 * to resources no ACL matches).
 */
import pino from 'pino';
import { Samsa } from '../../client';
import { ApiKey } from '../../proto/api';
import { ErrorCode } from '../../proto/errors';
import { AclOperation, AclPermissionType, PatternType, ResourceType, type AccessControlEntry, type ResourcePattern } from '../../broker/security/acl';
import { ZkAclStore } from '../../zk/acl-store';
import { ZooKeeperClient } from '../../zk/zookeeper-client';
import { startCluster, waitFor, type TestCluster } from '../fixtures/cluster';
import { RawConnection } from './raw-connection';

export const matrixSetupWaitMs = 30_000;
export const hosts = { super: '127.0.0.1', producer: '127.0.0.2', consumer: '127.0.0.3', anonymous: '127.0.0.4' } as const;
export type Principal = keyof typeof hosts;
export const principals = Object.keys(hosts) as Principal[];

const grant = (host: string, operation: AclOperation): AccessControlEntry => ({ principal: 'User:ANONYMOUS', host, operation, permissionType: AclPermissionType.ALLOW });
const literal = (resourceType: ResourceType, name: string): ResourcePattern => ({ resourceType, name, patternType: PatternType.LITERAL });

/** The ACLs of the matrix, as `kafka-acls.sh --add` would store them. */
export const matrixAcls: ReadonlyArray<[ResourcePattern, AccessControlEntry[]]> = [
  [literal(ResourceType.CLUSTER, 'kafka-cluster'), [grant(hosts.super, AclOperation.ALL), grant(hosts.producer, AclOperation.IDEMPOTENT_WRITE)]],
  [literal(ResourceType.TOPIC, '*'), [grant(hosts.super, AclOperation.ALL)]],
  [literal(ResourceType.GROUP, '*'), [grant(hosts.super, AclOperation.ALL)]],
  [literal(ResourceType.TRANSACTIONAL_ID, '*'), [grant(hosts.super, AclOperation.ALL)]],
  [literal(ResourceType.TOPIC, 't'), [grant(hosts.producer, AclOperation.WRITE), grant(hosts.producer, AclOperation.DESCRIBE), grant(hosts.consumer, AclOperation.READ)]],
  [literal(ResourceType.GROUP, 'g'), [grant(hosts.consumer, AclOperation.READ)]],
];

async function writeAcls(zkConnect: string): Promise<void> {
  const zk = await ZooKeeperClient.connect({ connect: zkConnect, sessionTimeoutMs: 10_000, logger: pino({ level: 'silent' }) });
  try {
    const store = new ZkAclStore(zk);
    await store.ensurePaths();
    for (const [pattern, entries] of matrixAcls) {
      await store.createIfNotExists(pattern, entries);
      await store.createChangeNotification(pattern);
    }
  } finally {
    await zk.close();
  }
}

async function createTopics(cluster: TestCluster): Promise<void> {
  const admin = new Samsa({ brokers: cluster.bootstrap.split(','), clientId: 'authz-matrix-setup' }).admin();
  await admin.connect();
  try {
    await admin.createTopics({ topics: ['t', 'secret'].map((topic) => ({ topic, numPartitions: 1, replicationFactor: 1 })), waitForLeaders: true, timeoutMs: matrixSetupWaitMs });
  } finally {
    await admin.disconnect();
  }
}

/** Waits until the broker applies the ACLs: the anonymous host is refused t, the super host is not. */
async function awaitAcls(port: number, superConn: RawConnection): Promise<void> {
  const probe = await RawConnection.open(port, hosts.anonymous);
  try {
    await waitFor(async () => {
      const denied = (await probe.send(ApiKey.Metadata, { topics: ['t'] }))!.body.topics[0].errorCode === ErrorCode.TOPIC_AUTHORIZATION_FAILED;
      const open = ((await superConn.send(ApiKey.Metadata, { topics: ['t'] }))!.body.topics[0].errorCode ?? 0) === 0;
      return denied && open;
    }, { timeoutMs: matrixSetupWaitMs, description: 'the ACLs to reach the broker' });
  } finally {
    probe.close();
  }
}

/** Offset 5 for g on t-0, once the offsets topic (created by the first FindCoordinator) has a leader. */
async function commitGroupOffset(superConn: RawConnection): Promise<void> {
  await waitFor(async () => {
    await superConn.send(ApiKey.FindCoordinator, { key: 'g', keyType: 0 });
    const r = await superConn.send(ApiKey.OffsetCommit, { groupId: 'g', generationId: -1, topics: [{ name: 't', partitions: [{ partition: 0, committedOffset: 5, committedLeaderEpoch: -1 }] }] });
    return (r!.body.topics?.[0]?.partitions?.[0]?.errorCode ?? 0) === 0;
  }, { timeoutMs: matrixSetupWaitMs, description: 'the group coordinator of g' });
}

export async function startMatrixCluster(name: string): Promise<TestCluster> {
  const cluster = await startCluster({
    brokers: 1, name,
    overrides: { 'authorizer.class.name': 'kafka.security.authorizer.AclAuthorizer', 'allow.everyone.if.no.acl.found': true, 'auto.create.topics.enable': true },
  });
  try {
    await createTopics(cluster);
    await writeAcls(cluster.zkConnect);
    const superConn = await RawConnection.open(cluster.brokers[0]!.port, hosts.super);
    try {
      await awaitAcls(cluster.brokers[0]!.port, superConn);
      await commitGroupOffset(superConn);
    } finally {
      superConn.close();
    }
    return cluster;
  } catch (err) {
    await cluster.stop();
    throw err;
  }
}
