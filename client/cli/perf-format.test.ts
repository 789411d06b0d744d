import {
  consumerHeader, consumerProgressLine, consumerTotalLine, kafkaDateFormatDefault, latencyPercentiles, producerTotalLine, producerWindowLine,
  simpleDateFormatter,
} from './perf-format';
import { kafkaPerfFixture, shapeOf } from './perf-fixtures/shape';

const formatDate = simpleDateFormatter(kafkaDateFormatDefault);
const at = (h: number, m: number, s: number, ms: number) => new Date(2021, 5, 1, h, m, s, ms).getTime();

describe("perf-test output in Kafka's formats (fixtures)", () => {
  it('prints the producer window and total lines of ProducerPerformance', () => {
    const [window, total] = kafkaPerfFixture('kafka-producer-perf-test');
    expect(producerWindowLine({ count: 739_840, bytes: 73_984_000, elapsedMs: 5_000, latencySumMs: 739_840 * 1578.3, latencyMaxMs: 2089 })).toBe(window);
    expect(producerTotalLine({
      count: 1_000_000, bytes: 100_000_000, elapsedMs: 6_560, latencySumMs: 1_797_950_000, latencyMaxMs: 2414, percentilesMs: [1959, 2352, 2396, 2409],
    })).toBe(total);
  });

  it('prints the consumer header and summary line of ConsumerPerformance', () => {
    const [header, line] = kafkaPerfFixture('kafka-consumer-perf-test');
    expect(consumerHeader(false)).toBe(header);
    expect(consumerTotalLine({ startMs: at(10, 0, 0, 0), endMs: at(10, 0, 5, 123), bytes: 100_000_000, messages: 1_000_000, joinGroupTimeMs: 3035 }, formatDate)).toBe(line);
  });

  it('prints the --show-detailed-stats header and progress line', () => {
    const [header, line] = kafkaPerfFixture('kafka-consumer-perf-test-detailed');
    expect(consumerHeader(true)).toBe(header);
    expect(consumerProgressLine({
      bytes: 41_943_040, lastBytes: 20_971_520, messages: 400_000, lastMessages: 200_000, startMs: at(10, 0, 0, 0), endMs: at(10, 0, 5, 0), joinTimeMs: 120,
    }, formatDate)).toBe(line);
  });

  it('takes percentiles as Kafka does, at index floor(p * size) of the sorted sample', () => {
    const samples = Array.from({ length: 1000 }, (_, i) => 999 - i);
    expect(latencyPercentiles(samples)).toEqual([500, 950, 990, 999]);
    expect(latencyPercentiles([7])).toEqual([7, 7, 7, 7]);
  });

  it('formats dates with SimpleDateFormat letters and refuses the ones it does not know', () => {
    expect(simpleDateFormatter("yy/MM/dd hh:mm a 'at' SSS")(at(15, 4, 5, 6))).toBe('21/06/01 03:04 PM at 006');
    expect(() => simpleDateFormatter('yyyy-ww')).toThrow(/pattern letter 'w'/);
  });

  it("turns a fixture line into a pattern that matches lines of the same format only", () => {
    const [, total] = kafkaPerfFixture('kafka-producer-perf-test');
    const shape = shapeOf(total!);
    expect(shape.test('5 records sent, 12.500000 records/sec (0.00 MB/sec), 3.40 ms avg latency, 9.00 ms max latency, 1 ms 50th, 2 ms 95th, 3 ms 99th, 9 ms 99.9th.')).toBe(true);
    expect(shape.test('5 records sent, 12.5 records/sec (0.00 MB/sec), 3.40 ms avg latency, 9.00 ms max latency, 1 ms 50th, 2 ms 95th, 3 ms 99th, 9 ms 99.9th.')).toBe(false);
  });
});
