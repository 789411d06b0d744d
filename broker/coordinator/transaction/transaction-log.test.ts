import { SchemaError } from '../../../proto/kafka-types';
import {
  decodeTransactionLogKey, decodeTransactionLogValue, encodeTransactionLogKey, encodeTransactionLogValue, partitionForTransactionalId, TransactionState,
} from './transaction-log';

describe('TransactionLog records', () => {
  it('encodes key v0 as Kafka does: int16 version, string id', () => {
    expect(encodeTransactionLogKey('tx')).toEqual(Buffer.from([0, 0, 0, 2, 0x74, 0x78]));
    expect(decodeTransactionLogKey(encodeTransactionLogKey('tx'))).toBe('tx');
  });

  it('round-trips value v0, with a null partition array for Empty', () => {
    const ongoing = {
      producerId: 2 ** 40, producerEpoch: 7, transactionTimeoutMs: 60_000, state: TransactionState.Ongoing,
      partitions: [{ topic: 'a', partitions: [0, 3] }], lastUpdateTimestampMs: 1_700_000_000_123, startTimestampMs: 1_700_000_000_000,
    };
    expect(decodeTransactionLogValue(encodeTransactionLogValue(ongoing))).toEqual(ongoing);
    const empty = { ...ongoing, state: TransactionState.Empty, partitions: [], startTimestampMs: -1 };
    const bytes = encodeTransactionLogValue(empty);
    // version(2) producerId(8) epoch(2) timeout(4) status(1), then the null array length -1
    expect(bytes.readInt32BE(17)).toBe(-1);
    expect(decodeTransactionLogValue(bytes)).toEqual(empty);
    expect(() => encodeTransactionLogValue({ ...empty, partitions: [{ topic: 'a', partitions: [0] }] })).toThrow(SchemaError);
  });

  it('refuses unknown versions and statuses', () => {
    expect(() => decodeTransactionLogKey(Buffer.from([0, 1, 0, 0]))).toThrow(SchemaError);
    const bytes = encodeTransactionLogValue({
      producerId: 1, producerEpoch: 0, transactionTimeoutMs: 1, state: TransactionState.Empty, partitions: [], lastUpdateTimestampMs: 0, startTimestampMs: -1,
    });
    bytes.writeInt8(9, 16);
    expect(() => decodeTransactionLogValue(bytes)).toThrow(SchemaError);
  });

  it('hashes a transactional id to a partition as Kafka does (abs of String.hashCode)', () => {
    // "hello".hashCode() = 99162322
    expect(partitionForTransactionalId('hello', 50)).toBe(99162322 % 50);
  });
});
