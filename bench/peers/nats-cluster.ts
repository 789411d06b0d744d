/**
 * A local NATS cluster with JetStream for the peers benchmark: N `nats-server` processes
 * (Debian's package) clustered over loopback on free ports, each storing its streams in its own
 * directory under one temp dir. stop() ends them (SIGTERM, then SIGKILL) and removes the dir; an
 * exit of this process SIGKILLs any still running.
 */

import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, open, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { freePorts } from '../../test/fixtures/ports';

/** Where Debian installs the server; NATS_SERVER overrides. */
const natsServerPaths = ['/usr/bin/nats-server', '/usr/sbin/nats-server', '/usr/local/bin/nats-server'];
/** Bound on a node answering /healthz after its start. */
const nodeReadyTimeoutMs = 30_000;
const readyPollIntervalMs = 100;
/** Bound on a node exiting after SIGTERM before it is SIGKILLed. */
const nodeStopTimeoutMs = 5_000;
/** Lines of a node's log shown when it fails to start. */
const logTailLines = 20;
/** JetStream limits per node; the benchmark streams need far less. */
const jetStreamMaxMemory = '256MB';
const jetStreamMaxFile = '8GB';
const clusterName = 'samsa-peers';

export interface NatsNodeConfig {
  name: string;
  clientPort: number;
  clusterPort: number;
  monitorPort: number;
  storeDir: string;
  /** Cluster ports of every node, this one included (a server skips a route to itself). */
  routePorts: number[];
}

export interface NatsCluster {
  /** `nats://127.0.0.1:port` of every node. */
  servers: string[];
  version: string;
  stop(): Promise<void>;
}

/** One node's configuration file: loopback only, JetStream on file storage. */
export function natsServerConfig(node: NatsNodeConfig): string {
  const routes = node.routePorts.map((p) => `"nats-route://127.0.0.1:${p}"`).join(', ');
  return [
    `server_name: "${node.name}"`,
    `listen: "127.0.0.1:${node.clientPort}"`,
    `http: "127.0.0.1:${node.monitorPort}"`,
    'jetstream {',
    `  store_dir: ${JSON.stringify(node.storeDir)}`,
    `  max_memory_store: ${jetStreamMaxMemory}`,
    `  max_file_store: ${jetStreamMaxFile}`,
    '}',
    'cluster {',
    `  name: "${clusterName}"`,
    `  listen: "127.0.0.1:${node.clusterPort}"`,
    `  routes: [${routes}]`,
    '}',
    '',
  ].join('\n');
}

export function findNatsServer(): string {
  const fromEnv = process.env.NATS_SERVER;
  if (fromEnv) return fromEnv;
  const found = natsServerPaths.find((p) => existsSync(p));
  if (!found) throw new Error(`no nats-server at ${natsServerPaths.join(', ')}: apt-get install nats-server, or set NATS_SERVER`);
  return found;
}

async function waitForHealthz(node: NatsNodeConfig, child: ChildProcess, logPath: string): Promise<void> {
  const deadline = Date.now() + nodeReadyTimeoutMs;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`nats-server ${node.name} exited (${child.exitCode ?? child.signalCode}):\n${await logTail(logPath)}`);
    }
    try {
      const res = await fetch(`http://127.0.0.1:${node.monitorPort}/healthz`);
      if (res.ok) return;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`nats-server ${node.name} not healthy within ${nodeReadyTimeoutMs} ms:\n${await logTail(logPath)}`);
    await new Promise((resolve) => setTimeout(resolve, readyPollIntervalMs));
  }
}

async function logTail(logPath: string): Promise<string> {
  const text = await readFile(logPath, 'utf8').catch(() => '');
  return text.trimEnd().split('\n').slice(-logTailLines).join('\n');
}

async function stopNode(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), nodeStopTimeoutMs);
  await exited;
  clearTimeout(timer);
}

export async function startNatsCluster(nodeCount: number): Promise<NatsCluster> {
  const binary = findNatsServer();
  const version = execFileSync(binary, ['--version'], { encoding: 'utf8' }).trim();
  const dir = await mkdtemp(path.join(os.tmpdir(), 'samsa-peers-nats-'));
  const children: ChildProcess[] = [];
  const killAll = (): void => {
    for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  };
  process.on('exit', killAll);
  let stopped = false;
  const stop = async (): Promise<void> => {
    if (stopped) return;
    stopped = true;
    await Promise.all(children.map(stopNode));
    process.off('exit', killAll);
    await rm(dir, { recursive: true, force: true });
  };
  try {
    const ports = await freePorts(3 * nodeCount);
    const nodes: NatsNodeConfig[] = Array.from({ length: nodeCount }, (_, i) => ({
      name: `peers-n${i + 1}`,
      clientPort: ports[3 * i]!,
      clusterPort: ports[3 * i + 1]!,
      monitorPort: ports[3 * i + 2]!,
      storeDir: path.join(dir, `n${i + 1}`, 'jetstream'),
      routePorts: Array.from({ length: nodeCount }, (__, j) => ports[3 * j + 1]!),
    }));
    const logPaths: string[] = [];
    for (const node of nodes) {
      await mkdir(node.storeDir, { recursive: true });
      const confPath = path.join(dir, `${node.name}.conf`);
      await writeFile(confPath, natsServerConfig(node));
      const logPath = path.join(dir, `${node.name}.log`);
      const log = await open(logPath, 'a');
      children.push(spawn(binary, ['-c', confPath], { stdio: ['ignore', log.fd, log.fd] }));
      await log.close();
      logPaths.push(logPath);
    }
    await Promise.all(nodes.map((node, i) => waitForHealthz(node, children[i]!, logPaths[i]!)));
    process.stderr.write(`started ${nodeCount} nats-server node(s) (${version}) at ${nodes.map((n) => `127.0.0.1:${n.clientPort}`).join(',')}\n`);
    return { servers: nodes.map((n) => `nats://127.0.0.1:${n.clientPort}`), version, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}
