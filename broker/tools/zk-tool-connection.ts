/**
 * How the ZooKeeper tools (`reassign-partitions`, `configs --zookeeper`) connect: one place for the
 * connection options, so that every tool authenticates as the brokers do (digest credentials from
 * `--zk-auth-digest` or SAMSA_ZOOKEEPER_AUTH_DIGEST) and, once authenticated, creates znodes with
 * Kafka's secure ACLs, as Kafka's tools do. Its flags are zk-tool-flags.ts, apart so that declaring
 * a command loads no ZooKeeper client.
 */
import pino from 'pino';
import { CliUsageError, type ParsedArgs, stringArg } from '../../client/cli/args';
import { KafkaZkClient } from '../../zk/kafka-zk-client';
import { ZkAuthConfigError, zkToolSecurity, type ZkSecurity } from '../../zk/zk-auth';
import type { ZkClientOptions } from '../../zk/zookeeper-client';

/** A tool's session outlives a slow ensemble; it is closed when the tool is done. */
export const toolZkSessionTimeoutMs = 30_000;
export const toolZkConnectionTimeoutMs = 15_000;

export interface ToolZkOptions {
  connect: string;
  security: ZkSecurity;
}

/** The tool's ZooKeeper options from its flags and environment; `command` names the tool in errors. */
export function toolZkOptions(args: ParsedArgs, command: string, env: Readonly<Record<string, string | undefined>> = process.env): ToolZkOptions {
  const connect = stringArg(args, 'zookeeper');
  if (connect === undefined || connect === '') throw new CliUsageError(`${command} needs --zookeeper host:port[/chroot]`);
  try {
    return { connect, security: zkToolSecurity(stringArg(args, 'zk-auth-digest'), env) };
  } catch (err) {
    if (err instanceof ZkAuthConfigError) throw new CliUsageError(`${command}: ${err.message}`);
    throw err;
  }
}

/** The ZooKeeper client options of a tool session. */
export function toolZkClientOptions(options: ToolZkOptions): ZkClientOptions {
  return {
    connect: options.connect, sessionTimeoutMs: toolZkSessionTimeoutMs, connectionTimeoutMs: toolZkConnectionTimeoutMs,
    logger: pino({ level: 'silent' }), security: options.security,
  };
}

/** Connects, runs `fn` and closes the session whatever happens. */
export async function withToolZk<T>(options: ToolZkOptions, fn: (kzk: KafkaZkClient) => Promise<T>): Promise<T> {
  const kzk = await KafkaZkClient.connect(toolZkClientOptions(options));
  try {
    return await fn(kzk);
  } finally {
    await kzk.close();
  }
}
