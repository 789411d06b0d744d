/**
 * How the ZooKeeper tools (`reassign-partitions`, `configs --zookeeper`) connect: one place for the
 * connection options, so that authentication to ZooKeeper (digest, when `zookeeper.set.acl` is on)
 * is added here once for every tool.
 */
import pino from 'pino';
import { CliUsageError, type ParsedArgs, stringArg } from '../../client/cli/args';
import { KafkaZkClient } from '../../zk/kafka-zk-client';

/** A tool's session outlives a slow ensemble; it is closed when the tool is done. */
export const toolZkSessionTimeoutMs = 30_000;
export const toolZkConnectionTimeoutMs = 15_000;

export interface ToolZkOptions {
  connect: string;
}

/** The tool's ZooKeeper options from its flags; `command` names the tool in the error. */
export function toolZkOptions(args: ParsedArgs, command: string): ToolZkOptions {
  const connect = stringArg(args, 'zookeeper');
  if (connect === undefined || connect === '') throw new CliUsageError(`${command} needs --zookeeper host:port[/chroot]`);
  return { connect };
}

/** Connects, runs `fn` and closes the session whatever happens. */
export async function withToolZk<T>(options: ToolZkOptions, fn: (kzk: KafkaZkClient) => Promise<T>): Promise<T> {
  const kzk = await KafkaZkClient.connect({
    connect: options.connect, sessionTimeoutMs: toolZkSessionTimeoutMs, connectionTimeoutMs: toolZkConnectionTimeoutMs, logger: pino({ level: 'silent' }),
  });
  try {
    return await fn(kzk);
  } finally {
    await kzk.close();
  }
}
