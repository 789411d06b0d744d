/** Errors a Log raises for requests it cannot serve (protocol errors) or invariants callers broke. */
import { ErrorCode, SamsaError, SamsaProtocolError } from '../../proto/errors';

/** Fetch or ListOffsets outside [logStartOffset, logEndOffset] (Kafka's OFFSET_OUT_OF_RANGE). */
export class OffsetOutOfRangeError extends SamsaProtocolError {
  readonly requestedOffset: number;
  readonly logStartOffset: number;
  readonly logEndOffset: number;

  constructor(topicPartition: string, requestedOffset: number, logStartOffset: number, logEndOffset: number) {
    super(
      ErrorCode.OFFSET_OUT_OF_RANGE,
      `Offset ${requestedOffset} is out of range for ${topicPartition}: [${logStartOffset}, ${logEndOffset}]`,
    );
    this.requestedOffset = requestedOffset;
    this.logStartOffset = logStartOffset;
    this.logEndOffset = logEndOffset;
  }
}

/** A follower append whose first offset is below the log end (Kafka's UnexpectedAppendOffsetException). */
export class UnexpectedAppendOffsetError extends SamsaError {
  constructor(topicPartition: string, firstOffset: number, expectedAtLeast: number) {
    super(`Follower append to ${topicPartition} starts at ${firstOffset}, below the log end offset ${expectedAtLeast}`);
  }
}

/** The log stopped accepting writes after an I/O failure (answered as KAFKA_STORAGE_ERROR). */
export class LogStorageError extends SamsaProtocolError {
  constructor(topicPartition: string, cause: unknown) {
    super(ErrorCode.KAFKA_STORAGE_ERROR, `Log ${topicPartition} is offline after an I/O error: ${String(cause)}`, { cause });
  }
}

/**
 * More appends queued on one log than `appendQueueDepthMax`. Back pressure, not a server fault:
 * answered with the retriable REQUEST_TIMED_OUT, and the producer sends again.
 */
export class LogAppendQueueFullError extends SamsaProtocolError {
  constructor(topicPartition: string, depth: number) {
    super(ErrorCode.REQUEST_TIMED_OUT, `Log ${topicPartition} has ${depth} appends queued; refusing more`);
  }
}

/**
 * An append queued behind one that failed and was rolled back: its offsets were given back and
 * nothing of it was written. Retriable: the producer sends it again.
 */
export class LogAppendAbandonedError extends SamsaProtocolError {
  constructor(topicPartition: string) {
    super(ErrorCode.REQUEST_TIMED_OUT, `Append to ${topicPartition} abandoned, unwritten, after an earlier append failed and was undone; retry it`);
  }
}
