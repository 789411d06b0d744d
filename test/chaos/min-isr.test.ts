/**
 * min.insync.replicas (issue 3, "What must hold"): with two of three replicas down, acks=all is
 * refused with NOT_ENOUGH_REPLICAS before the append (a definite failure) while acks=1 succeeds;
 * when the replicas return, nothing acknowledged with acks=all is lost and no refused record
 * appears in the log.
 */
import { startCluster, waitFor, type TestCluster } from '../fixtures/cluster';
import { connect, createTopic, partitionState, replicationOverrides, restartAfterCrash } from '../replication/helpers';
import { checkQueue, describeCheck, type SendOp } from './checker';
import { finalRead, rawSend, waitForFullIsr, waitForLeaderServing } from './harness';

const topic = 'chaos-min-isr';
const replicas = 3;

describe('min.insync.replicas=2 with two of three replicas down', () => {
  let cluster: TestCluster | undefined;

  beforeAll(async () => {
    cluster = await startCluster({ brokers: replicas, name: 'chaos-min-isr', sessionTimeoutMs: 6_000, overrides: { ...replicationOverrides, 'replica.lag.time.max.ms': 4_000 } });
  }, 90_000);

  afterAll(async () => {
    await cluster?.stop();
  });

  it('refuses acks=all with NOT_ENOUGH_REPLICAS, accepts acks=1, and loses nothing acknowledged with acks=all', async () => {
    const c = cluster!;
    await createTopic(c.brokers[0]!, topic, 1, { 'min.insync.replicas': '2' });
    await waitForFullIsr(c, topic, 1, replicas);
    const leader = await waitForLeaderServing(c, topic, 0);
    const history: SendOp[] = [];
    let n = 0;
    const send = async (acks: number): Promise<SendOp> => {
      const conn = connect(c.broker(leader), 'chaos-min-isr');
      try {
        const op = await rawSend(conn, topic, 0, `v-${n++}`, acks);
        // Only acks=all acknowledgements carry the promise under test: acks=1 ones go in as info.
        history.push(acks === -1 || op.outcome !== 'ok' ? op : { ...op, outcome: 'info' });
        return op;
      } finally {
        conn.close();
      }
    };
    for (let i = 0; i < 20; i++) expect(await send(-1)).toMatchObject({ outcome: 'ok' });

    const followers = c.brokers.filter((b) => b.brokerId !== leader);
    for (const f of followers) await f.kill('SIGKILL');
    await waitFor(async () => (await partitionState(c, topic, 0))?.isr.length === 1, {
      timeoutMs: 30_000, intervalMs: 200, description: `the ISR to shrink to {${leader}}`,
    });
    const refused = await waitFor(async () => {
      const op = await send(-1);
      return op.outcome === 'fail' ? op : undefined;
    }, { timeoutMs: 30_000, intervalMs: 200, description: 'acks=all refused with NOT_ENOUGH_REPLICAS' });
    expect(refused.error).toBe('error code 19');
    for (let i = 0; i < 10; i++) expect((await send(-1)).outcome).toBe('fail');
    for (let i = 0; i < 10; i++) expect((await send(1)).outcome).toBe('ok');

    for (const f of followers) await restartAfterCrash(c, f.brokerId);
    await waitForFullIsr(c, topic, 1, replicas);
    for (let i = 0; i < 10; i++) expect((await send(-1)).outcome).toBe('ok');

    const result = checkQueue(history, await finalRead(c, topic, 1));
    const summary = describeCheck(result);
    expect({ summary, lost: result.lost.length, abortedReads: result.abortedReads.length }).toEqual({ summary, lost: 0, abortedReads: 0 });
    expect({ summary, valid: result.valid }).toEqual({ summary, valid: true });
  }, 180_000);
});
