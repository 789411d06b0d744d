/** Helpers for the transactional client suites: a Samsa client on a test cluster and bounded reads. */
import { Samsa, type ConsumerMessage, type IsolationLevelName } from '../../client';
import { type TestCluster } from '../fixtures/cluster';

export const txnOverrides = {
  'transaction.state.log.num.partitions': 3,
  'offsets.topic.num.partitions': 3,
};

export function clientFor(cluster: TestCluster, clientId: string): Samsa {
  return new Samsa({ brokers: cluster.bootstrap.split(','), clientId, logLevel: 'error', retry: { retries: 10 } });
}

/**
 * Reads partition 0 of `topic` from the beginning with the given isolation level until `count`
 * messages arrived or `timeoutMs` passed (then it returns what it has); also returns the
 * position after the last read, for checks that the position passed markers.
 */
export async function readPartition(
  samsa: Samsa,
  topic: string,
  isolationLevel: IsolationLevelName,
  options: { count: number; timeoutMs: number; partition?: number; untilPosition?: number },
): Promise<{ values: string[]; position: number | undefined }> {
  const partition = options.partition ?? 0;
  const consumer = samsa.consumer({ autoOffsetReset: 'earliest', isolationLevel, maxWaitTimeMs: 200 });
  await consumer.connect();
  consumer.assign([{ topic, partition }]);
  const values: string[] = [];
  const done = (): boolean => values.length >= options.count && (consumer.position({ topic, partition }) ?? -1) >= (options.untilPosition ?? -1);
  const timer = setTimeout(() => void consumer.stop(), options.timeoutMs);
  // The position moves past markers without a message to see: watch it from outside the loop.
  const watcher = setInterval(() => {
    if (done()) void consumer.stop();
  }, positionPollMs);
  try {
    for await (const m of consumer as AsyncIterable<ConsumerMessage>) {
      values.push(m.value?.toString() ?? '');
      if (options.untilPosition === undefined && done()) break;
    }
    return { values, position: consumer.position({ topic, partition }) };
  } finally {
    clearTimeout(timer);
    clearInterval(watcher);
    await consumer.disconnect();
  }
}

const positionPollMs = 50;
