/**
 * Where `--reset-offsets` moves a group, per partition (kafka-consumer-groups.sh,
 * ConsumerGroupCommand.prepareOffsetsToReset in Kafka 2.x). Pure: the caller looks up the log
 * start and end offsets, the committed offsets and, for --to-datetime, the first offset at or
 * after the timestamp.
 * - to-earliest / to-latest: the log start / log end offset;
 * - to-offset N and shift-by N: clamped into [log start, log end], as Kafka's checkOffsetRange does;
 * - shift-by needs a committed offset to shift from;
 * - to-datetime: the first offset with a timestamp at or after it, the log end when there is none.
 */

import { SamsaError } from '../errors';

export type ResetSpec =
  | { kind: 'earliest' }
  | { kind: 'latest' }
  | { kind: 'offset'; offset: number }
  | { kind: 'shift'; shiftBy: number }
  | { kind: 'datetime'; timestampMs: number };

export interface PartitionPositions {
  topic: string;
  partition: number;
  logStartOffset: number;
  logEndOffset: number;
  /** The group's committed offset; -1 or undefined when there is none. */
  committedOffset?: number;
  /** For to-datetime: the first offset at or after the timestamp, -1 when there is none. */
  offsetForTimestamp?: number;
}

export function clampOffset(offset: number, p: PartitionPositions): number {
  if (offset < p.logStartOffset) return p.logStartOffset;
  if (offset > p.logEndOffset) return p.logEndOffset;
  return offset;
}

export function resetOffsetFor(spec: ResetSpec, p: PartitionPositions): number {
  switch (spec.kind) {
    case 'earliest':
      return p.logStartOffset;
    case 'latest':
      return p.logEndOffset;
    case 'offset':
      return clampOffset(spec.offset, p);
    case 'shift': {
      const current = p.committedOffset ?? -1;
      if (current < 0) throw new SamsaError(`Cannot shift offset for partition ${p.topic}-${p.partition} since there is no current committed offset`);
      return clampOffset(current + spec.shiftBy, p);
    }
    case 'datetime': {
      const found = p.offsetForTimestamp ?? -1;
      return found >= 0 ? clampOffset(found, p) : p.logEndOffset;
    }
  }
}

const dateTimePattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * Kafka's --to-datetime format, 'YYYY-MM-DDTHH:mm:SS.sss' with an optional zone ('Z', '+01:00');
 * without a zone the local time zone applies, as in Kafka's tool.
 */
export function parseResetDateTime(text: string): number {
  if (!dateTimePattern.test(text)) throw new SamsaError(`Error parsing timestamp '${text}': expected YYYY-MM-DDTHH:mm:SS.sss`);
  const zone = /[+-]\d{4}$/.test(text) ? `${text.slice(0, -2)}:${text.slice(-2)}` : text;
  const ms = Date.parse(zone);
  if (Number.isNaN(ms)) throw new SamsaError(`Error parsing timestamp '${text}'`);
  return ms;
}
