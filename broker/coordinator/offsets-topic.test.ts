import {
  decodeGroupMetadataValue,
  decodeOffsetCommitValue,
  decodeOffsetsRecordKey,
  encodeGroupMetadataKey,
  encodeGroupMetadataValue,
  encodeOffsetCommitKey,
  encodeOffsetCommitValue,
  javaStringHashCode,
  partitionForGroup,
} from './offsets-topic';

describe('__consumer_offsets partition for a group', () => {
  test('javaStringHashCode matches Java String.hashCode, including overflow and UTF-16 units', () => {
    expect(javaStringHashCode('')).toBe(0);
    expect(javaStringHashCode('hello')).toBe(99162322);
    expect(javaStringHashCode('Aa')).toBe(javaStringHashCode('BB')); // Java's classic collision: 2112
    expect(javaStringHashCode('polygenelubricants')).toBe(-2147483648);
    expect(javaStringHashCode('\u{1F600}')).toBe(0xd83d * 31 + 0xde00); // a surrogate pair counts as two units
  });

  test('partitionForGroup is Utils.abs(hashCode) % partitions, with abs(MIN_VALUE) = 0', () => {
    expect(partitionForGroup('hello', 50)).toBe(99162322 % 50);
    expect(partitionForGroup('polygenelubricants', 50)).toBe(0);
    const negative = 'orders'; // hashCode -1008770331
    expect(javaStringHashCode(negative)).toBeLessThan(0);
    expect(partitionForGroup(negative, 50)).toBe(31);
  });
});

describe('__consumer_offsets record formats', () => {
  test('offset commit key v1: int16 version, group STRING, topic STRING, partition INT32', () => {
    const key = encodeOffsetCommitKey('g', 'tp', 3);
    expect(key.toString('hex')).toBe('0001' + '000167' + '00027470' + '00000003');
    expect(decodeOffsetsRecordKey(key)).toEqual({ kind: 'offset', group: 'g', topic: 'tp', partition: 3 });
  });

  test('group metadata key v2: int16 version, group STRING', () => {
    const key = encodeGroupMetadataKey('g');
    expect(key.toString('hex')).toBe('0002' + '000167');
    expect(decodeOffsetsRecordKey(key)).toEqual({ kind: 'group', group: 'g' });
  });

  test('offset commit value v3: offset INT64, leader_epoch INT32, metadata STRING, commit_timestamp INT64', () => {
    const value = encodeOffsetCommitValue({ offset: 258, leaderEpoch: 5, metadata: 'm', commitTimestampMs: 1_600_000_000_000 });
    expect(value.toString('hex')).toBe('0003' + '0000000000000102' + '00000005' + '00016d' + '00000174876e8000');
    expect(decodeOffsetCommitValue(value)).toEqual({ offset: 258, leaderEpoch: 5, metadata: 'm', commitTimestampMs: 1_600_000_000_000, expireTimestampMs: null });
  });

  test('older offset commit values decode: v1 carries an explicit expire timestamp', () => {
    const v1 = Buffer.from('0001' + '0000000000000007' + '0000' + '0000000000000010' + '0000000000000020', 'hex');
    expect(decodeOffsetCommitValue(v1)).toEqual({ offset: 7, leaderEpoch: -1, metadata: '', commitTimestampMs: 16, expireTimestampMs: 32 });
  });

  test('group metadata value v3 golden bytes and round trip', () => {
    const value = {
      protocolType: 'consumer',
      generationId: 2,
      protocolName: 'range',
      leader: 'm1',
      currentStateTimestampMs: 1,
      members: [
        { memberId: 'm1', groupInstanceId: null, clientId: 'c', clientHost: 'h', rebalanceTimeoutMs: 300000, sessionTimeoutMs: 10000, subscription: Buffer.from([1, 2]), assignment: Buffer.from([3]) },
      ],
    };
    const bytes = encodeGroupMetadataValue(value);
    const expected =
      '0003' +
      '0008' + Buffer.from('consumer').toString('hex') +
      '00000002' +
      '0005' + Buffer.from('range').toString('hex') +
      '0002' + Buffer.from('m1').toString('hex') +
      '0000000000000001' +
      '00000001' +
      '0002' + Buffer.from('m1').toString('hex') +
      'ffff' +
      '000163' +
      '000168' +
      '000493e0' +
      '00002710' +
      '00000002' + '0102' +
      '00000001' + '03';
    expect(bytes.toString('hex')).toBe(expected);
    expect(decodeGroupMetadataValue(bytes)).toEqual(value);
  });

  test('an Empty group value has null protocol and leader and no members', () => {
    const value = { protocolType: 'consumer', generationId: 3, protocolName: null, leader: null, currentStateTimestampMs: 9, members: [] };
    const bytes = encodeGroupMetadataValue(value);
    expect(bytes.toString('hex')).toBe('0003' + '0008' + Buffer.from('consumer').toString('hex') + '00000003' + 'ffff' + 'ffff' + '0000000000000009' + '00000000');
    expect(decodeGroupMetadataValue(bytes)).toEqual(value);
  });

  test('truncated or unknown-version records are rejected', () => {
    expect(() => decodeOffsetsRecordKey(Buffer.from('0009', 'hex'))).toThrow(/version 9/);
    expect(() => decodeOffsetCommitValue(encodeOffsetCommitValue({ offset: 1, leaderEpoch: 0, metadata: '', commitTimestampMs: 0 }).subarray(0, 10))).toThrow(/truncated/);
  });
});
