/** The shapes the application sees: KafkaJS's message, batch and run payloads. */

import { type ConsumerRecord } from '../../proto/record-batch';

/**
 * A record as the application sees it: topic, partition, offset, timestamp, key, value, headers
 * (in record order; a key may repeat, Kafka headers are a list, not a map) and leader epoch. It is
 * the decoded record itself, not a copy: keys and values are views into the fetched bytes.
 */
export type ConsumerMessage = ConsumerRecord;

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

/** The batch of `messages` (records of one partition, at or after its position). */
export function toBatch(topic: string, partition: number, highWatermark: number, messages: ConsumerMessage[]): Batch {
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
