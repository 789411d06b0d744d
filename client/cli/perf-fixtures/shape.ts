/**
 * Fixtures of Kafka's perf-tool output (kafka-producer-perf-test.sh, kafka-consumer-perf-test.sh),
 * in the formats of ProducerPerformance.java and ConsumerPerformance.scala, and `shapeOf`, which
 * turns a fixture line into a pattern any line of the same format matches (each number with its
 * number of decimals), so that a live run's output can be checked against Kafka's format.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

export function kafkaPerfFixture(name: 'kafka-producer-perf-test' | 'kafka-consumer-perf-test' | 'kafka-consumer-perf-test-detailed'): string[] {
  return readFileSync(path.join(__dirname, `${name}.txt`), 'utf8').split('\n').filter((l) => l !== '');
}

export function shapeOf(line: string): RegExp {
  const escaped = line.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const shaped = escaped.replace(/\d+\\\.(\d+)/g, (_m, decimals: string) => `(?:\\d+\\.\\d{${decimals.length}}|NaN|Infinity)`).replace(/(?<![{\\d])\d+(?![\d}])/g, '\\d+');
  return new RegExp(`^${shaped}$`);
}
