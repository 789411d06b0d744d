import { ErrorCode } from '../../proto/errors';
import { AlterConfigOp } from '../api/configs';
import { logConfigDefaults } from '../config';
import {
  ConfigAlterationError, incrementedConfigs, replacedConfigs, validateBrokerConfigs, validateTopicConfigs,
} from './dynamic-alterations';

function codeOf(fn: () => unknown): number | undefined {
  try {
    fn();
    return undefined;
  } catch (err) {
    if (err instanceof ConfigAlterationError) return err.errorCode;
    throw err;
  }
}

describe('AlterConfigs planning', () => {
  it('replaces the whole set, a null value setting nothing', () => {
    expect(replacedConfigs([{ name: 'retention.ms', value: '1000' }, { name: 'segment.ms', value: null }])).toEqual({ 'retention.ms': '1000' });
  });

  it('refuses a repeated key with INVALID_REQUEST', () => {
    expect(codeOf(() => replacedConfigs([{ name: 'a', value: '1' }, { name: 'a', value: '2' }]))).toBe(ErrorCode.INVALID_REQUEST);
  });
});

describe('IncrementalAlterConfigs planning', () => {
  const current = { 'retention.ms': '1000', 'cleanup.policy': 'delete' };

  it('sets, deletes, appends and subtracts', () => {
    expect(incrementedConfigs('topic', current, [
      { name: 'segment.ms', value: '60000', configOperation: AlterConfigOp.SET },
      { name: 'retention.ms', value: null, configOperation: AlterConfigOp.DELETE },
      { name: 'cleanup.policy', value: 'compact', configOperation: AlterConfigOp.APPEND },
    ], logConfigDefaults)).toEqual({ 'segment.ms': '60000', 'cleanup.policy': 'delete,compact' });
    expect(incrementedConfigs('topic', { 'cleanup.policy': 'delete,compact' }, [
      { name: 'cleanup.policy', value: 'delete', configOperation: AlterConfigOp.SUBTRACT },
    ], logConfigDefaults)).toEqual({ 'cleanup.policy': 'compact' });
  });

  it('appends to the default when the key is not stored', () => {
    expect(incrementedConfigs('topic', {}, [{ name: 'cleanup.policy', value: 'compact', configOperation: AlterConfigOp.APPEND }], logConfigDefaults))
      .toEqual({ 'cleanup.policy': 'delete,compact' });
  });

  it('refuses APPEND on a non-list key and an unknown operation', () => {
    expect(codeOf(() => incrementedConfigs('topic', current, [{ name: 'retention.ms', value: '1', configOperation: AlterConfigOp.APPEND }], logConfigDefaults)))
      .toBe(ErrorCode.INVALID_REQUEST);
    expect(codeOf(() => incrementedConfigs('topic', current, [{ name: 'retention.ms', value: '1', configOperation: 7 }], logConfigDefaults)))
      .toBe(ErrorCode.INVALID_REQUEST);
  });
});

describe('validation', () => {
  it('answers Kafka codes for topic configs', () => {
    expect(codeOf(() => validateTopicConfigs('t', { 'retention.ms': '5000' }, logConfigDefaults))).toBeUndefined();
    expect(codeOf(() => validateTopicConfigs('t', { 'no.such.key': '1' }, logConfigDefaults))).toBe(ErrorCode.INVALID_CONFIG);
    expect(codeOf(() => validateTopicConfigs('t', { 'retention.ms': 'soon' }, logConfigDefaults))).toBe(ErrorCode.INVALID_REQUEST);
    expect(codeOf(() => validateTopicConfigs('t', { 'leader.replication.throttled.replicas': '0:1,1:2' }, logConfigDefaults))).toBeUndefined();
    expect(codeOf(() => validateTopicConfigs('t', { 'leader.replication.throttled.replicas': '0-1' }, logConfigDefaults))).toBe(ErrorCode.INVALID_REQUEST);
  });

  it('answers Kafka codes for broker configs, refusing keys that cannot change at runtime', () => {
    expect(codeOf(() => validateBrokerConfigs('', { 'log.retention.ms': '5000', 'leader.replication.throttled.rate': '1024' }))).toBeUndefined();
    expect(codeOf(() => validateBrokerConfigs('', { 'no.such.key': '1' }))).toBe(ErrorCode.INVALID_CONFIG);
    expect(codeOf(() => validateBrokerConfigs('1', { 'log.retention.ms': 'x' }))).toBe(ErrorCode.INVALID_REQUEST);
    let message = '';
    try {
      validateBrokerConfigs('1', { 'log.dirs': '/tmp/x' });
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toBe("Invalid config value for resource ConfigResource(type=BROKER, name='1'): Cannot update these configs dynamically: Set(log.dirs)");
  });
});
