/**
 * The one way a command-line tool opens ZooKeeper (`reassign-partitions`, `configs --zookeeper`):
 * its flags and its client options, so that every tool authenticates the same way as the brokers
 * (digest credentials from `--zk-auth-digest` or SAMSA_ZOOKEEPER_AUTH_DIGEST) and, once
 * authenticated, creates znodes with Kafka's secure ACLs as Kafka's tools do. Its flags are
 * zk-tool-flags.ts, apart so that declaring a command loads no ZooKeeper client.
 */

import pino from 'pino';
import { CliUsageError, type ParsedArgs, stringArg } from '../../client/cli/args';
import { KafkaZkClient } from '../../zk/kafka-zk-client';
import { ZkAuthConfigError, zkToolSecurity } from '../../zk/zk-auth';
import type { ZkClientOptions } from '../../zk/zookeeper-client';

/** A tool's session outlives a slow admin step; a dead tool's ephemerals do not matter. */
export const zkToolSessionTimeoutMs = 30_000;
export const zkToolConnectionTimeoutMs = 15_000;

/** The ZooKeeper client options of a tool invoked with `args`; `command` names it in errors. */
export function zkToolClientOptions(
  args: ParsedArgs, command: string, env: Readonly<Record<string, string | undefined>> = process.env,
): ZkClientOptions {
  const connect = stringArg(args, 'zookeeper');
  if (connect === undefined) throw new CliUsageError(`${command} needs --zookeeper host:port[/chroot]`);
  try {
    return {
      connect, sessionTimeoutMs: zkToolSessionTimeoutMs, connectionTimeoutMs: zkToolConnectionTimeoutMs,
      logger: pino({ level: 'silent' }), security: zkToolSecurity(stringArg(args, 'zk-auth-digest'), env),
    };
  } catch (err) {
    if (err instanceof ZkAuthConfigError) throw new CliUsageError(`${command}: ${err.message}`);
    throw err;
  }
}

/** Connects a tool to ZooKeeper; close the client when done. */
export function connectToolZk(args: ParsedArgs, command: string, env?: Readonly<Record<string, string | undefined>>): Promise<KafkaZkClient> {
  return KafkaZkClient.connect(zkToolClientOptions(args, command, env));
}
