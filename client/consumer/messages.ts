/** The shapes the application sees: KafkaJS's message, batch and run payloads. */

import { type ConsumerRecord, type RecordHeader } from '../../proto/record-batch';

export interface ConsumerMessage {
  topic: string;
  partition: number;
  offset: number;
  timestamp: number;
  key: Buffer | null;
  value: Buffer | null;
  /** In record order; a key may repeat (Kafka headers are a list, not a map). */
  headers: RecordHeader[];
  leaderEpoch: number;
}

export interface Batch {
  topic: string;
  partition: number;
  highWatermark: number;
  messages: ConsumerMessage[];
  firstOffset(): number | null;
  lastOffset(): number;
  /** Records between the last message and the high watermark. */
  offsetLag(): number;
}

export interface EachMessagePayload {
  topic: string;
  partition: number;
  message: ConsumerMessage;
  /** Pauses this partition; the returned function resumes it. */
  pause: () => () => void;
  /** Sends a heartbeat now. Optional: a timer heartbeats whatever the handler does. */
  heartbeat: () => Promise<void>;
}

export interface EachBatchPayload {
  batch: Batch;
  resolveOffset: (offset: number) => void;
  isRunning: () => boolean;
  /** True once the partition was seeked or paused: the rest of the batch should be skipped. */
  isStale: () => boolean;
  pause: () => () => void;
  /** Sends a heartbeat now. Optional: a timer heartbeats whatever the handler does. */
  heartbeat: () => Promise<void>;
  /** Commits the resolved offsets now rather than at the next auto-commit (group consumers). */
  commitOffsetsIfNecessary: () => Promise<void>;
}

export interface RunConfig {
  eachMessage?: (payload: EachMessagePayload) => Promise<void>;
  eachBatch?: (payload: EachBatchPayload) => Promise<void>;
  eachBatchAutoResolve?: boolean;
}

export function toMessage(topic: string, partition: number, r: ConsumerRecord): ConsumerMessage {
  return { topic, partition, offset: r.offset, timestamp: r.timestamp, key: r.key, value: r.value, headers: r.headers, leaderEpoch: r.leaderEpoch };
}

export function toBatch(topic: string, partition: number, highWatermark: number, records: ConsumerRecord[]): Batch {
  const messages = records.map((r) => toMessage(topic, partition, r));
  return {
    topic,
    partition,
    highWatermark,
    messages,
    firstOffset: () => messages[0]?.offset ?? null,
    lastOffset: () => messages[messages.length - 1]?.offset ?? highWatermark - 1,
    offsetLag: () => Math.max(0, highWatermark - 1 - (messages[messages.length - 1]?.offset ?? highWatermark - 1)),
  };
}
