/**
 * A local cluster for the benchmarks, from the integration-test fixtures: ZooKeeper from
 * ZK_CONNECT or a container (global-setup), each broker a child process of this one. Lets a
 * figure be reproduced with one command (`--start-broker`, `--start-brokers`, `--start-cluster`).
 */

import type { ConfigOverrides } from '../test/fixtures/broker-process';
import type { ClusterOptions, TestCluster } from '../test/fixtures/cluster';

export interface LocalCluster {
  bootstrap: string[];
  /** The fixture cluster, for tools that kill and restart its brokers. */
  cluster: TestCluster;
  stop(): Promise<void>;
}

export interface LocalClusterOptions {
  name: string;
  brokers: number;
  sessionTimeoutMs?: number;
  overrides?: ConfigOverrides;
  /** TLS/SASL listeners and the users created before the brokers start (ClusterOptions). */
  security?: Pick<ClusterOptions, 'securityProtocols' | 'beforeBrokersStart'>;
}

export async function startLocalCluster(opts: LocalClusterOptions): Promise<LocalCluster> {
  const { default: globalSetup } = await import('../test/fixtures/global-setup');
  const { default: globalTeardown } = await import('../test/fixtures/global-teardown');
  const { startCluster } = await import('../test/fixtures/cluster');
  await globalSetup();
  try {
    const cluster = await startCluster({
      brokers: opts.brokers,
      name: opts.name,
      ...(opts.sessionTimeoutMs !== undefined ? { sessionTimeoutMs: opts.sessionTimeoutMs } : {}),
      ...(opts.overrides !== undefined ? { overrides: opts.overrides } : {}),
      ...opts.security,
    });
    process.stderr.write(`started ${opts.brokers} local broker(s) at ${cluster.bootstrap} (ZooKeeper ${cluster.zkConnect})\n`);
    return {
      bootstrap: cluster.bootstrap.split(','),
      cluster,
      async stop() {
        // A broker writes its --cpu-prof profile only on an orderly exit, not on SIGKILL.
        if (process.env.SAMSA_BROKER_NODE_ARGS) {
          for (let id = 1; id <= opts.brokers; id++) await cluster.broker(id).stop();
        }
        await cluster.stop();
        await globalTeardown();
      },
    };
  } catch (err) {
    await globalTeardown();
    throw err;
  }
}

/** Runs a benchmark against `bootstrap`, or against a local cluster started (and stopped) for it. */
export async function runAgainst(
  target: { bootstrap: string[] } | LocalClusterOptions,
  run: (bootstrap: string[]) => Promise<void>,
): Promise<void> {
  if ('bootstrap' in target) return run(target.bootstrap);
  const local = await startLocalCluster(target);
  try {
    await run(local.bootstrap);
  } finally {
    await local.stop();
  }
}

/** The entry point of a benchmark script: run main, print a failure and exit 1. */
export function runMain(main: () => Promise<void>): void {
  main().catch((err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
    process.exit(1);
  });
}
