import pino from 'pino';
import { ZooKeeperClient } from './zookeeper-client';
import { ZkCode, createRecursive, isZkError } from './zk-session';
import { startTestZooKeeper, type TestZooKeeper } from '../test/support/test-zookeeper';
import { startZkProxy, type ZkProxy } from '../test/support/zk-proxy';

const logger = pino({ level: 'silent' });
/** The smallest session every test ZooKeeper accepts (2 ticks of the Debian package's 2 s). */
const sessionTimeoutMs = 4_000;
/** Past the session timeout plus the server's expiry tick. */
const partitionMs = sessionTimeoutMs + 5_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Resolves `'still pending'` after `ms` without keeping the process alive. */
const pendingAfter = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms, 'still pending').unref());

describe('ZooKeeperClient: every operation settles', () => {
  let server: TestZooKeeper;
  let proxy: ZkProxy | undefined;
  let client: ZooKeeperClient | undefined;

  beforeAll(async () => {
    server = await startTestZooKeeper();
  }, 90_000);
  afterEach(async () => {
    await client?.close();
    await proxy?.close();
    client = undefined;
    proxy = undefined;
  });
  afterAll(async () => {
    await server.stop();
  });

  it('fails a write issued while disconnected once the session turns out to have expired, instead of hanging', async () => {
    proxy = await startZkProxy(server.chroot());
    // A long request bound, so that only the expiry can settle the write in time.
    client = await ZooKeeperClient.connect({ connect: proxy.connect, sessionTimeoutMs, requestTimeoutMs: 120_000, logger });
    await createRecursive(client, '/state');
    const renewed = new Promise<void>((resolve) => client!.once('newSession', () => resolve()));
    proxy.cut();
    await sleep(500);
    const write = client.setData('/state', Buffer.from('x'), 0).then(() => 'written', (err: unknown) => err);
    await sleep(partitionMs);
    proxy.heal();
    const outcome = await Promise.race([write, pendingAfter(20_000)]);
    expect(isZkError(outcome, ZkCode.SessionExpired)).toBe(true);
    await renewed;
    expect(client.pendingOperations).toBe(0);
    // The new session serves.
    expect((await client.setData('/state', Buffer.from('y'))).version).toBe(1);
  }, 60_000);

  it('fails an operation on a connection that went silent after requestTimeoutMs', async () => {
    proxy = await startZkProxy(server.chroot());
    client = await ZooKeeperClient.connect({ connect: proxy.connect, sessionTimeoutMs, requestTimeoutMs: 1_000, logger });
    await createRecursive(client, '/state');
    proxy.blackhole();
    const startedAt = Date.now();
    const outcome = await client.setData('/state', Buffer.from('x')).then(() => 'written', (err: unknown) => err);
    expect(outcome).not.toBe('written');
    expect(isZkError(outcome, ZkCode.OperationTimeout) || isZkError(outcome, ZkCode.ConnectionLoss)).toBe(true);
    expect(Date.now() - startedAt).toBeLessThan(10_000);
    proxy.heal();
  }, 60_000);

  it('fails operations still waiting when the client is closed', async () => {
    proxy = await startZkProxy(server.chroot());
    client = await ZooKeeperClient.connect({ connect: proxy.connect, sessionTimeoutMs, requestTimeoutMs: 120_000, logger });
    proxy.blackhole();
    const read = client.getData('/').then(() => 'read', (err: unknown) => err);
    await sleep(200);
    await client.close();
    expect(isZkError(await read, ZkCode.SessionExpired)).toBe(true);
  }, 30_000);
});
