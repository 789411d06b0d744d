/**
 * A ZooKeeper for the zk/ and controller unit tests. Uses ZK_CONNECT when set; otherwise starts
 * a standalone ZooKeeper 3.8 with a short tick (500 ms, so 1 s sessions are allowed): the local
 * Debian package when installed, else the `zookeeper:3.8` container image. Each test gets its own
 * chroot, so suites never see each other's znodes.
 */

import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { StartedTestContainer } from 'testcontainers';

export const testTickTimeMs = 500;
export const testZooKeeperStartTimeoutMs = 60_000;
const debianClassPath = ['/etc/zookeeper/conf', '/usr/share/java/zookeeper.jar', '/usr/share/java/slf4j-simple.jar', '/usr/share/java/*'];

export interface TestZooKeeper {
  /** host:port, no chroot. */
  connect: string;
  /** A fresh chroot connect string, e.g. `127.0.0.1:2281/samsa-test-1a2b3c`. */
  chroot(): string;
  stop(): Promise<void>;
}

export async function startTestZooKeeper(): Promise<TestZooKeeper> {
  const fromEnv = process.env['ZK_CONNECT'];
  if (fromEnv) return withChroot(fromEnv.replace(/\/.*$/, ''), async () => {});
  if (existsSync('/usr/share/java/zookeeper.jar')) return startLocalJava();
  return startContainer();
}

function withChroot(connect: string, stop: () => Promise<void>): TestZooKeeper {
  return { connect, chroot: () => `${connect}/samsa-test-${randomBytes(6).toString('hex')}`, stop };
}

async function startLocalJava(): Promise<TestZooKeeper> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'samsa-zk-'));
  const port = await freePort();
  const cfg = path.join(dataDir, 'zoo.cfg');
  await writeFile(cfg, `tickTime=${testTickTimeMs}\ndataDir=${dataDir}\nclientPort=${port}\nadmin.enableServer=false\n4lw.commands.whitelist=srvr,ruok\n`);
  const child: ChildProcess = spawn('java', ['-cp', debianClassPath.join(':'), 'org.apache.zookeeper.server.ZooKeeperServerMain', cfg], { stdio: 'ignore' });
  const connect = `127.0.0.1:${port}`;
  // The port opens before the server has loaded its database: wait until it serves.
  try {
    await waitUntilServing('127.0.0.1', port, testZooKeeperStartTimeoutMs);
  } catch (err) {
    child.kill('SIGKILL');
    throw err;
  }
  return withChroot(connect, async () => {
    child.kill('SIGTERM');
    await rm(dataDir, { recursive: true, force: true });
  });
}

async function startContainer(): Promise<TestZooKeeper> {
  // The resource reaper image is not available offline; stop() removes the container instead.
  process.env['TESTCONTAINERS_RYUK_DISABLED'] ??= 'true';
  const { GenericContainer, Wait } = await import('testcontainers');
  const container: StartedTestContainer = await new GenericContainer('zookeeper:3.8')
    .withEnvironment({ ZOO_TICK_TIME: String(testTickTimeMs), ZOO_ADMINSERVER_ENABLED: 'false', ZOO_4LW_COMMANDS_WHITELIST: 'srvr,ruok' })
    .withExposedPorts(2181)
    .withWaitStrategy(Wait.forListeningPorts())
    .withStartupTimeout(testZooKeeperStartTimeoutMs)
    .start();
  const host = container.getHost() === 'localhost' ? '127.0.0.1' : container.getHost();
  const port = container.getMappedPort(2181);
  // Docker's port mapping accepts connections before ZooKeeper does: wait until it serves.
  try {
    await waitUntilServing(host, port, testZooKeeperStartTimeoutMs);
  } catch (err) {
    await container.stop();
    throw err;
  }
  return withChroot(`${host}:${port}`, async () => {
    await container.stop();
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Polls the `srvr` four-letter word until the server reports its mode (it is serving). */
async function waitUntilServing(host: string, port: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (/^Mode: /m.test(await srvr(host, port).catch(() => ''))) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`ZooKeeper at ${host}:${port} did not start serving within ${timeoutMs} ms`);
}

function srvr(host: string, port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const socket = net.connect({ host, port }, () => socket.write('srvr'));
    socket.setTimeout(2_000, () => socket.destroy(new Error('srvr timed out')));
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    socket.on('error', reject);
  });
}
