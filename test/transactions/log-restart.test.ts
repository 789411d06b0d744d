/**
 * Producer state survives a crash (real broker process, SIGKILL, restart): a transaction opened
 * in a segment older than the newest two (the replay depth before snapshots) still holds the last
 * stable offset after the restart, and its abort marker still ends it and lists it for
 * read_committed readers.
 */
import { ErrorCode } from '../../proto/errors';
import { startCluster, waitFor, type TestCluster } from '../fixtures/cluster';
import { LeaderClient, plainBatch, transactionalBatch } from './log-support';

const brokerId = 1;
const readCommitted = 1;

describe('transaction state over a broker crash (RF=1)', () => {
  let cluster: TestCluster;
  let leader: LeaderClient;

  beforeAll(async () => {
    cluster = await startCluster({ brokers: 1, name: 'txlog-restart' });
    leader = new LeaderClient(cluster, brokerId);
  }, 90_000);

  afterAll(async () => {
    await cluster?.stop();
  });

  it('keeps an open transaction from an old segment over SIGKILL and restart', async () => {
    const topic = 'txlog-restart';
    await leader.createTopic(topic, [{ name: 'segment.bytes', value: '1024' }]);
    const producerId = await leader.initProducerId();
    expect(await leader.produce(topic, plainBatch(['first']))).toEqual({ errorCode: ErrorCode.NONE, baseOffset: 0 });
    expect(await leader.produce(topic, transactionalBatch(producerId, ['open']))).toEqual({ errorCode: ErrorCode.NONE, baseOffset: 1 });
    // About 300 bytes per batch: these fill several 1 KiB segments after the transaction's.
    for (let i = 0; i < 20; i += 1) expect((await leader.produce(topic, plainBatch(['p'.repeat(250)]))).errorCode).toBe(ErrorCode.NONE);
    expect(await leader.latestOffset(topic, readCommitted)).toBe(1);

    const broker = cluster.broker(brokerId);
    await broker.kill('SIGKILL');
    await waitFor(async () => (await cluster.zk.exists(`/brokers/ids/${brokerId}`)) === undefined, {
      timeoutMs: 20_000, intervalMs: 200, description: 'the killed broker\'s session to expire',
    });
    await broker.start();
    await broker.waitForReady(60_000);
    await leader.waitForLeader(topic);

    const afterRestart = await waitFor(async () => {
      const f = await leader.fetch(topic, { isolationLevel: readCommitted }).catch(() => undefined);
      return f !== undefined && f.errorCode === ErrorCode.NONE && f.highWatermark === 22 ? f : undefined;
    }, { timeoutMs: 30_000, intervalMs: 300, description: 'the partition to serve fetches up to offset 22 again' });
    expect(afterRestart.lastStableOffset).toBe(1);
    expect(afterRestart.batches.map((b) => b.baseOffset)).toEqual([0]);
    expect(await leader.latestOffset(topic, readCommitted)).toBe(1);

    expect(await leader.writeMarker(topic, { producerId, committed: false })).toBe(ErrorCode.NONE);
    const afterAbort = await leader.fetch(topic, { fetchOffset: 1, isolationLevel: readCommitted });
    expect(afterAbort.lastStableOffset).toBe(23);
    expect(afterAbort.abortedTransactions).toEqual([{ producerId, firstOffset: 1 }]);
  }, 120_000);
});
