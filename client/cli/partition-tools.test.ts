/**
 * The output and input formats of kafka-log-dirs.sh and kafka-delete-records.sh, checked against
 * fixtures written the way Kafka 2.8's LogDirsCommand and DeleteRecordsCommand write and read them.
 */
import { ErrorCode } from '../../proto/errors';
import { OffsetJsonError, parseOffsetJson } from './delete-records';
import { kafkaExceptionLine } from './kafka-exceptions';
import { formatLogDirsJson } from './log-dirs';

describe('log-dirs JSON (LogDirsCommand.formatAsJson)', () => {
  const described = [{
    broker: 1,
    logDirs: [{ logDir: '/var/lib/samsa/data', error: 0, partitions: [
      { topic: 'orders', partition: 0, size: 4096, offsetLag: 0, isFuture: false },
      { topic: 'audit', partition: 1, size: 0, offsetLag: 0, isFuture: false },
    ] }],
  }, { broker: 2, logDirs: [{ logDir: '/data/b', error: ErrorCode.KAFKA_STORAGE_ERROR, partitions: [] }] }];

  it("is Kafka's compact JSON, keys in Kafka's order", () => {
    expect(formatLogDirsJson(described, new Set())).toBe(
      '{"version":1,"brokers":[{"broker":1,"logDirs":[{"logDir":"/var/lib/samsa/data","error":null,"partitions":['
      + '{"partition":"orders-0","size":4096,"offsetLag":0,"isFuture":false},{"partition":"audit-1","size":0,"offsetLag":0,"isFuture":false}]}]},'
      + '{"broker":2,"logDirs":[{"logDir":"/data/b","error":"org.apache.kafka.common.errors.KafkaStorageException","partitions":[]}]}]}');
  });

  it('keeps only the --topic-list topics', () => {
    expect(formatLogDirsJson(described, new Set(['audit']))).toContain('"partitions":[{"partition":"audit-1","size":0,"offsetLag":0,"isFuture":false}]');
  });
});

describe('delete-records offset JSON (DeleteRecordsCommand.parseOffsetJsonStringWithoutDedup)', () => {
  it('reads version 1 (also when the version is left out)', () => {
    expect(parseOffsetJson('{"partitions":[{"topic":"orders","partition":0,"offset":10},{"topic":"orders","partition":1,"offset":-1}],"version":1}'))
      .toEqual([{ topic: 'orders', partition: 0, offset: 10 }, { topic: 'orders', partition: 1, offset: -1 }]);
    expect(parseOffsetJson('{"partitions":[]}')).toEqual([]);
  });

  it.each([
    ['[1', 'The input string is not a valid JSON'],
    ['{"version":1}', 'Missing partitions field'],
    ['{"version":2,"partitions":[]}', 'Not supported version field value 2'],
    ['{"partitions":[{"topic":"t","partition":0}]}', "Missing required field 'offset'"],
    ['{"partitions":[{"topic":"t","partition":-1,"offset":1}]}', "Expected an integer for 'partition', not -1"],
    ['{"partitions":[{"topic":"t","partition":0,"offset":1},{"topic":"t","partition":0,"offset":2}]}', 'Offset json file contains duplicate topic partitions: t-0'],
  ])('refuses %s', (text, message) => {
    expect(() => parseOffsetJson(text)).toThrow(new OffsetJsonError(message));
  });
});

describe("Kafka's per-partition error lines", () => {
  it('name the exception class Kafka maps the code to, with the default message', () => {
    expect(kafkaExceptionLine(ErrorCode.OFFSET_OUT_OF_RANGE))
      .toBe('org.apache.kafka.common.errors.OffsetOutOfRangeException: The requested offset is not within the range of offsets maintained by the server.');
    expect(kafkaExceptionLine(ErrorCode.POLICY_VIOLATION)).toMatch(/^org\.apache\.kafka\.common\.errors\.PolicyViolationException: /);
    expect(kafkaExceptionLine(ErrorCode.REQUEST_TIMED_OUT)).toMatch(/^org\.apache\.kafka\.common\.errors\.TimeoutException: /);
  });
});
