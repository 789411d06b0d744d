import { type Compression } from '../../proto/batch-header';

export type Acks = -1 | 0 | 1;

export interface Message {
  key?: Buffer | string | null;
  value: Buffer | string | null;
  partition?: number;
  headers?: Record<string, Buffer | string | null | undefined> | Array<{ key: string; value: Buffer | null }>;
  timestamp?: number | string;
}

/**
 * KafkaJS's RecordMetadata: one per partition a send wrote to. `baseOffset` is the offset of
 * the send's first record in that partition (sends that share a batch each get their own).
 */
export interface RecordMetadata {
  topicName: string;
  partition: number;
  errorCode: number;
  /** -1 for acks=0, where the broker says nothing. */
  baseOffset: number;
  logAppendTime: number;
  logStartOffset: number;
}

/** The per-request settings a batch is produced with; batches only share a request when equal. */
export interface ProduceSettings {
  acks: Acks;
  timeoutMs: number;
  compression: Compression;
}
