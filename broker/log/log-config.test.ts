import { LogConfigError, parseTopicConfig, topicConfigKeys } from './log-config';
import { logConfigDefaults } from '../config';

describe('parseTopicConfig', () => {
  it('has Kafka 2.x defaults', () => {
    expect(logConfigDefaults).toMatchObject({
      segmentBytes: 1073741824,
      segmentMs: 604800000,
      retentionMs: 604800000,
      retentionBytes: -1,
      indexIntervalBytes: 4096,
      segmentIndexBytes: 10485760,
      fileDeleteDelayMs: 60000,
      maxMessageBytes: 1048588,
      cleanupPolicy: 'delete',
      minInsyncReplicas: 1,
      uncleanLeaderElectionEnable: false,
    });
  });

  it('applies overrides by Kafka key name', () => {
    const config = parseTopicConfig(
      {
        'segment.bytes': '1048576',
        'retention.ms': '-1',
        'flush.messages': '9223372036854775807',
        'message.timestamp.type': 'LogAppendTime',
        'cleanup.policy': 'compact, delete',
        'unclean.leader.election.enable': 'true',
      },
      logConfigDefaults,
    );
    expect(config).toMatchObject({
      segmentBytes: 1048576,
      retentionMs: -1,
      flushIntervalMessages: Number.MAX_SAFE_INTEGER,
      messageTimestampType: 'LogAppendTime',
      cleanupPolicy: 'compact,delete',
      uncleanLeaderElectionEnable: true,
    });
    expect(logConfigDefaults.segmentBytes).toBe(1073741824);
  });

  it.each([
    ['retention.hours', '1'],
    ['segment.bytes', 'lots'],
    ['segment.bytes', '10'],
    ['segment.bytes', '3000000000'],
    ['min.insync.replicas', '0'],
    ['cleanup.policy', 'forever'],
    ['message.timestamp.type', 'Now'],
    ['unclean.leader.election.enable', 'yes'],
  ])('rejects %s=%s naming the key', (key, value) => {
    expect(() => parseTopicConfig({ [key]: value }, logConfigDefaults)).toThrow(LogConfigError);
    expect(() => parseTopicConfig({ [key]: value }, logConfigDefaults)).toThrow(key);
  });

  it('lists every supported key', () => {
    expect([...topicConfigKeys].sort()).toEqual(
      [
        'cleanup.policy', 'file.delete.delay.ms', 'flush.messages', 'flush.ms', 'index.interval.bytes', 'max.message.bytes',
        'message.timestamp.type', 'min.insync.replicas', 'retention.bytes', 'retention.ms', 'segment.bytes',
        'segment.index.bytes', 'segment.ms', 'unclean.leader.election.enable',
        'delete.retention.ms', 'min.cleanable.dirty.ratio', 'min.compaction.lag.ms', 'max.compaction.lag.ms',
        'leader.replication.throttled.replicas', 'follower.replication.throttled.replicas',
      ].sort(),
    );
  });

  it('parses the compaction keys and refuses a max.compaction.lag.ms below min.compaction.lag.ms', () => {
    const config = parseTopicConfig({ 'min.cleanable.dirty.ratio': '0.1', 'delete.retention.ms': '0', 'min.compaction.lag.ms': '5' }, logConfigDefaults);
    expect(config).toMatchObject({ minCleanableDirtyRatio: 0.1, deleteRetentionMs: 0, minCompactionLagMs: 5 });
    expect(() => parseTopicConfig({ 'min.cleanable.dirty.ratio': '1.5' }, logConfigDefaults)).toThrow('min.cleanable.dirty.ratio');
    expect(() => parseTopicConfig({ 'min.cleanable.dirty.ratio': 'half' }, logConfigDefaults)).toThrow('not a number');
    expect(() => parseTopicConfig({ 'min.compaction.lag.ms': '10', 'max.compaction.lag.ms': '5' }, logConfigDefaults)).toThrow('max.compaction.lag.ms');
  });
});
