/**
 * Negative control (reliability plan T5; Jepsen's 2013 Kafka analysis): brokers replicate over a
 * listener of their own (inter.broker.listener.name=REPLICATION), and iptables drops inbound
 * traffic to the leader's replication port only. Followers stop fetching, the ISR shrinks to the
 * leader alone, and the leader keeps acknowledging acks=all writes by itself when
 * min.insync.replicas=1. Then the leader dies and, with unclean.leader.election.enable=true, an
 * out-of-sync follower becomes leader: those acknowledged writes are gone, and the checker must
 * say so (lost > 0), proving it can see loss. With unclean=false and min.insync.replicas=2 the same
 * faults lose nothing: the writes during the shrink are refused with NOT_ENOUGH_REPLICAS and the
 * partition waits offline for its last in-sync replica.
 */
import { BrokerConnection } from '../../client/network/connection';
import { ApiKey } from '../../proto/api';
import { ErrorCode } from '../../proto/errors';
import type { samsa } from '../../proto/generated/samsa';
import type { ConfigOverrides } from '../fixtures/broker-process';
import { startCluster, waitFor, type TestCluster } from '../fixtures/cluster';
import { freePorts } from '../fixtures/ports';
import { partitionState, replicationOverrides, restartAfterCrash } from '../replication/helpers';
import { checkQueue, describeCheck, type QueueCheckResult, type SendOp } from './checker';
import { finalRead, iptables, leaderOf, rawSend, sleep, waitForFullIsr } from './harness';

const topic = 'jepsen-2013';
const brokerCount = 3;
const writesBeforeFault = 20;
const writesWithShrunkIsr = 30;
const isrShrinkTimeoutMs = 40_000;

interface Ports { client: number; replication: number }
interface Variant { minInsyncReplicas: number; unclean: boolean }

/** Rules inserted by this file, deleted in afterAll whatever happened. */
const insertedRules: string[][] = [];

function dropRule(port: number): string[] {
  return ['INPUT', '-p', 'tcp', '--dport', String(port), '-j', 'DROP'];
}

async function removeRules(): Promise<void> {
  while (insertedRules.length > 0) {
    const rule = insertedRules.pop()!;
    await iptables(['-D', ...rule]);
  }
}

/** CreateTopics over `conn` (this cluster's client ports are not the fixture's), RF=3, one partition. */
async function createTopicVia(conn: BrokerConnection, configs: Record<string, string>): Promise<void> {
  try {
    const resp = await conn.send<samsa.v1.ICreateTopicsResponse>(ApiKey.CreateTopics, {
      topics: [{ name: topic, numPartitions: 1, replicationFactor: brokerCount, configs: Object.entries(configs).map(([name, value]) => ({ name, value })) }],
      timeoutMs: 30_000,
    });
    const code = resp.topics?.[0]?.errorCode ?? -1;
    if (code !== ErrorCode.NONE) throw new Error(`CreateTopics ${topic} failed with ${code}: ${resp.topics?.[0]?.errorMessage}`);
  } finally {
    conn.close();
  }
}

async function startSplitListenerCluster(name: string, ports: Map<number, Ports>, variant: Variant): Promise<TestCluster> {
  const brokerOverrides: Record<number, ConfigOverrides> = {};
  for (const [id, p] of ports) {
    const listeners = `PLAINTEXT://127.0.0.1:${p.client},REPLICATION://127.0.0.1:${p.replication}`;
    brokerOverrides[id] = {
      listeners, 'advertised.listeners': listeners,
      'listener.security.protocol.map': 'PLAINTEXT:PLAINTEXT,REPLICATION:PLAINTEXT',
      'inter.broker.listener.name': 'REPLICATION',
    };
  }
  return startCluster({
    brokers: brokerCount, name, sessionTimeoutMs: 6_000, brokerOverrides,
    overrides: {
      ...replicationOverrides, 'replica.lag.time.max.ms': 4_000,
      'min.insync.replicas': variant.minInsyncReplicas, 'unclean.leader.election.enable': variant.unclean,
    },
  });
}

/** Runs the scenario on a fresh cluster and returns the checker's verdict and the history. */
async function runScenario(variant: Variant): Promise<{ result: QueueCheckResult; history: SendOp[]; log: string[] }> {
  const allocated = await freePorts(brokerCount * 2);
  const ports = new Map<number, Ports>();
  for (let i = 0; i < brokerCount; i++) ports.set(i + 1, { client: allocated[2 * i]!, replication: allocated[2 * i + 1]! });
  const connectTo = (id: number) => new BrokerConnection({ host: '127.0.0.1', port: ports.get(id)!.client, clientId: 'jepsen-2013', requestTimeoutMs: 10_000 });
  const cluster = await startSplitListenerCluster(`chaos-unclean-${variant.unclean}`, ports, variant);
  const history: SendOp[] = [];
  const log: string[] = [];
  let n = 0;
  const send = async (leader: number): Promise<SendOp> => {
    const conn = connectTo(leader);
    try {
      const op = await rawSend(conn, topic, 0, `w-${n++}`);
      history.push(op);
      return op;
    } finally {
      conn.close();
    }
  };
  try {
    await createTopicVia(connectTo(cluster.brokers[0]!.brokerId), {
      'min.insync.replicas': String(variant.minInsyncReplicas), 'unclean.leader.election.enable': String(variant.unclean),
    });
    await waitForFullIsr(cluster, topic, 1, brokerCount);
    const leader = (await leaderOf(cluster, topic, 0)).leader;
    for (let i = 0; i < writesBeforeFault; i++) await send(leader);

    // Step 1: cut replication traffic to the leader only; clients and ZooKeeper still reach it.
    const rule = dropRule(ports.get(leader)!.replication);
    if (!(await iptables(['-I', ...rule]))) throw new Error('iptables -I failed: this test needs root and iptables');
    insertedRules.push(rule);
    await waitFor(async () => {
      await send(leader);
      const s = await partitionState(cluster, topic, 0);
      return s !== undefined && s.isr.length === 1 && s.isr[0] === leader;
    }, { timeoutMs: isrShrinkTimeoutMs, intervalMs: 100, description: `the ISR to shrink to {${leader}}` });
    log.push(`ISR shrank to {${leader}}`);
    for (let i = 0; i < writesWithShrunkIsr; i++) await send(leader);

    // Step 2: the leader dies; only out-of-sync replicas are left.
    await cluster.broker(leader).kill('SIGKILL');
    await removeRules();
    if (variant.unclean) {
      const moved = await waitFor(async () => {
        const s = await partitionState(cluster, topic, 0);
        return s !== undefined && s.leader >= 0 && s.leader !== leader ? s : undefined;
      }, { timeoutMs: 30_000, intervalMs: 200, description: 'an unclean leader election' });
      log.push(`unclean leader ${moved.leader} (epoch ${moved.leader_epoch})`);
      for (let i = 0; i < 5; i++) await send(moved.leader);
    } else {
      // No eligible leader: the partition stays offline. Kafka 2.x writes leader -1 here; either
      // way no out-of-sync follower may be elected.
      await waitFor(async () => (await cluster.zk.exists(`/brokers/ids/${leader}`)) === undefined, {
        timeoutMs: 30_000, intervalMs: 200, description: `broker ${leader}'s session to expire`,
      });
      await sleep(3_000);
      const offline = await partitionState(cluster, topic, 0);
      log.push(`after the leader's death: leader ${offline?.leader}, isr ${JSON.stringify(offline?.isr)}`);
      expect([-1, leader]).toContain(offline?.leader);
    }

    // Heal: the old leader returns, truncates to the current leader's log (or leads again) and rejoins.
    await restartAfterCrash(cluster, leader);
    await waitForFullIsr(cluster, topic, 1, brokerCount);
    const reads = await finalRead(cluster, topic, 1, connectTo);
    return { result: checkQueue(history, reads), history, log };
  } catch (error) {
    throw new Error(`${(error as Error).message}\n${log.join('\n')}\n${await cluster.logTails(30)}`);
  } finally {
    await removeRules();
    await cluster.stop();
  }
}

describe('Jepsen 2013: ISR shrink to the leader, then the leader dies', () => {
  afterAll(async () => {
    await removeRules();
  });

  it('unclean election with min.insync.replicas=1 loses acknowledged writes, and the checker reports it', async () => {
    const { result, log } = await runScenario({ minInsyncReplicas: 1, unclean: true });
    const summary = `${log.join('; ')}\n${describeCheck(result)}`;
    expect({ summary, lostSome: result.lost.length > 0 }).toEqual({ summary, lostSome: true });
    expect(result.acknowledgedExactlyOnceInOrder).toBe(false);
  }, 240_000);

  it('clean election with min.insync.replicas=2 loses nothing acknowledged', async () => {
    const { result, history, log } = await runScenario({ minInsyncReplicas: 2, unclean: false });
    const summary = `${log.join('; ')}\n${describeCheck(result)}`;
    expect({ summary, lost: result.lost.length, inconsistent: result.inconsistentOffsets.length }).toEqual({ summary, lost: 0, inconsistent: 0 });
    expect({ summary, abortedReads: result.abortedReads.length, unexpected: result.unexpected.length }).toEqual({ summary, abortedReads: 0, unexpected: 0 });
    // With the ISR at {leader}, acks=all was refused before append.
    expect(history.filter((op) => op.outcome === 'fail').length).toBeGreaterThanOrEqual(writesWithShrunkIsr);
  }, 240_000);
});
