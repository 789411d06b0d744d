import pino from 'pino';
import { TopicLogConfigs } from './topic-log-configs';
import { logConfigDefaults } from '../config';
import type { LogConfig } from '../log/log-config';

/** ZooKeeper's topic configs and the log manager's config updates, counted. */
function setup(overrides: Record<string, Record<string, string>>) {
  const reads: string[] = [];
  const applied: Array<{ topic: string; config: LogConfig }> = [];
  let release: (() => void) | undefined;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const configs = new TopicLogConfigs({
    zk: {
      getTopicConfig: async (topic: string) => {
        reads.push(topic);
        await gate;
        return overrides[topic] ?? {};
      },
    },
    logManager: { updateTopicConfig: (topic: string, config: LogConfig) => void applied.push({ topic, config }) },
    logDefaults: logConfigDefaults,
    logger: pino({ level: 'silent' }),
  });
  return { configs, reads, applied, release: () => release!() };
}

describe('TopicLogConfigs', () => {
  it('reads and derives a topic\'s config once for all its partitions, also when they are created side by side', async () => {
    const { configs, reads, applied, release } = setup({ t: { 'retention.ms': '1234' } });
    const side = Array.from({ length: 50 }, () => configs.get('t'));
    release();
    const results = await Promise.all(side);
    for (let i = 0; i < 1_000; i++) results.push(await configs.get('t'));
    expect(reads).toEqual(['t']);
    // One pass over the broker's logs for the topic, not one per partition (that pass made
    // creating 10,000 partitions quadratic).
    expect(applied.map((a) => a.topic)).toEqual(['t']);
    expect(new Set(results).size).toBe(1);
    expect(results[0]!.retentionMs).toBe(1234);
  });

  it('re-derives on a config change and on a change of the broker defaults, and reads again after forget', async () => {
    const { configs, reads, applied, release } = setup({ t: { 'retention.ms': '1234' } });
    release();
    await configs.get('t');
    configs.update('t', { 'retention.ms': '999' });
    expect((await configs.get('t')).retentionMs).toBe(999);
    configs.refreshAll();
    expect(applied.map((a) => a.config.retentionMs)).toEqual([1234, 999, 999]);
    configs.forget('t');
    expect((await configs.get('t')).retentionMs).toBe(1234);
    expect(reads).toEqual(['t', 't']);
  });
});
