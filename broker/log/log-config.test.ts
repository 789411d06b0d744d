import { logConfigDefaults, LogConfigError, parseTopicConfig, topicConfigKeys } from './log-config';

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
      ].sort(),
    );
  });
});
