/**
 * Zombie leader (reliability plan T6): the leader of partition 0 is SIGSTOPped past the ZooKeeper
 * session timeout while a producer with stale metadata (raw connections pinned to it) keeps
 * sending acks=all produce requests; the controller elects a new leader meanwhile. After SIGCONT
 * the old leader must not acknowledge anything that is later missing, must truncate to the new
 * leader's log, catch up and rejoin the ISR within 60 s.
 */
import { BrokerConnection } from '../../client/network/connection';
import { startCluster, waitFor, type TestCluster } from '../fixtures/cluster';
import { connect, createTopic, partitionState, replicationOverrides } from '../replication/helpers';
import { checkQueue, describeCheck, type SendOp } from './checker';
import { finalRead, leaderOf, rawSend, sleep, waitForFullIsr } from './harness';

const topic = 'chaos-stale-leader';
const replicas = 3;
const sessionTimeoutMs = 6_000;
/** Long enough for a request sent during the pause to be answered after SIGCONT. */
const staleRequestTimeoutMs = 45_000;
const staleSendIntervalMs = 500;
const rejoinTimeoutMs = 60_000;

describe('stale leader: SIGSTOP past the session timeout while a stale producer keeps sending', () => {
  let cluster: TestCluster | undefined;

  beforeAll(async () => {
    cluster = await startCluster({ brokers: replicas, name: 'chaos-stale-leader', sessionTimeoutMs, overrides: { ...replicationOverrides, 'replica.lag.time.max.ms': 4_000 } });
  }, 90_000);

  afterAll(async () => {
    for (const b of cluster?.brokers ?? []) b.resume();
    await cluster?.stop();
  });

  it('acknowledges nothing from the stale epoch that is later missing; the old leader truncates and rejoins the ISR', async () => {
    const c = cluster!;
    await createTopic(c.brokers[0]!, topic, 1, { 'min.insync.replicas': '2' });
    await waitForFullIsr(c, topic, 1, replicas);
    const before = await leaderOf(c, topic, 0);
    const old = c.broker(before.leader);
    const history: SendOp[] = [];
    let n = 0;
    const sendVia = async (conn: BrokerConnection, prefix: string): Promise<SendOp> => {
      try {
        const op = await rawSend(conn, topic, 0, `${prefix}-${n++}`);
        history.push(op);
        return op;
      } finally {
        conn.close();
      }
    };
    // The leader may not have applied its LeaderAndIsr yet when ZooKeeper already shows it.
    for (let i = 0; i < 10; i++) {
      await waitFor(async () => (await sendVia(connect(old, 'chaos-fresh'), 'pre')).outcome === 'ok', {
        timeoutMs: 20_000, intervalMs: 200, description: 'acks=all produce to the first leader',
      });
    }

    old.pause();
    // The stale producer: one pinned connection per request, each free to wait out the pause.
    const stale: Array<Promise<SendOp>> = [];
    let staleSending = true;
    const staleLoop = (async () => {
      while (staleSending) {
        const [host, port] = old.bootstrap.split(':');
        const conn = new BrokerConnection({ host: host!, port: Number(port), clientId: 'chaos-stale', requestTimeoutMs: staleRequestTimeoutMs });
        stale.push(sendVia(conn, 'stale'));
        await sleep(staleSendIntervalMs);
      }
    })();
    const moved = await waitFor(async () => {
      const s = await partitionState(c, topic, 0);
      return s !== undefined && s.leader >= 0 && s.leader !== before.leader ? s : undefined;
    }, { timeoutMs: 4 * sessionTimeoutMs, intervalMs: 200, description: 'a new leader while the old one is paused' });
    expect(moved.leader_epoch).toBeGreaterThan(before.leader_epoch);
    for (let i = 0; i < 20; i++) {
      await waitFor(async () => (await sendVia(connect(c.broker(moved.leader), 'chaos-fresh'), 'new')).outcome === 'ok', {
        timeoutMs: 20_000, intervalMs: 200, description: 'acks=all produce to the new leader',
      });
    }
    old.resume();
    staleSending = false;
    await staleLoop;
    const staleOps = await Promise.all(stale);

    await waitFor(async () => (await partitionState(c, topic, 0))?.isr.includes(before.leader), {
      timeoutMs: rejoinTimeoutMs, intervalMs: 200, description: `broker ${before.leader} back in the ISR`,
    });
    await waitForFullIsr(c, topic, 1, replicas);
    const result = checkQueue(history, await finalRead(c, topic, 1));
    const staleAcked = staleOps.filter((op) => op.outcome === 'ok');
    const staleAckedMissing = staleAcked.filter((op) => result.lost.some((l) => l.value === op.value));
    const summary = `stale sends ${staleOps.length}, stale acks ${staleAcked.length}\n${describeCheck(result)}`;
    expect({ summary, staleAckedMissing }).toEqual({ summary, staleAckedMissing: [] });
    expect({ summary, lost: result.lost.length, inconsistent: result.inconsistentOffsets.length }).toEqual({ summary, lost: 0, inconsistent: 0 });
    expect({ summary, unexpected: result.unexpected.length, abortedReads: result.abortedReads.length }).toEqual({ summary, unexpected: 0, abortedReads: 0 });
  }, 240_000);
});
