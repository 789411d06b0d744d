/**
 * A history checker in the style of Jepsen's queue checker (`jepsen.tests.kafka`): the producer's
 * history (each send with its outcome) against a final read of every partition from offset 0.
 *
 * Outcomes follow Jepsen's rule: `ok` definitely happened, `fail` definitely did not (the broker
 * rejected it before appending: NOT_ENOUGH_REPLICAS, validation errors), `info` may or may not
 * have happened (timeouts, disconnects, NOT_ENOUGH_REPLICAS_AFTER_APPEND). An `info` send may be
 * read or not; only `ok` sends are promised, only `fail` sends are forbidden.
 */
import { ErrorCode } from '../../proto/errors';

export type SendOutcome = 'ok' | 'fail' | 'info';

export interface SendOp {
  /** Unique across the whole run. */
  value: string;
  partition: number;
  outcome: SendOutcome;
  /** The acknowledged offset (ok sends only). */
  offset?: number;
  error?: string;
}

export interface ReadRecord {
  offset: number;
  value: string;
}

/** The final read: per partition, every (offset, value) a fresh consumer read from offset 0. */
export type FinalRead = Map<number, ReadRecord[]>;

export interface LostWrite { value: string; partition: number; offset: number | undefined }
export interface Duplicate { value: string; partition: number; offsets: number[] }
export interface InconsistentOffset { partition: number; offset: number; acknowledged: string; read: string | undefined }
export interface Unexpected { value: string; partition: number; offset: number; reason: 'never-attempted' | 'wrong-partition' }
export interface AbortedRead { value: string; partition: number; offset: number }
/** An acknowledged value read in its partition, but at another offset than acknowledged. */
export interface MovedRecord { value: string; partition: number; acknowledgedOffset: number; readOffset: number }
/**
 * The final read skips offsets, or goes back: every offset from 0 to the high watermark holds a
 * record in this workload (no transactions, compaction or retention), so a consumer reading from
 * 0 must see offsets 0, 1, 2, ... with none missing.
 */
export interface OffsetGap { partition: number; expected: number; read: number }
/** Two acknowledged values of one partition read in the opposite order to their acknowledgements. */
export interface OrderViolation { partition: number; earlier: string; later: string; earlierReadOffset: number; laterReadOffset: number }

export interface QueueCheckResult {
  lost: LostWrite[];
  duplicates: Duplicate[];
  inconsistentOffsets: InconsistentOffset[];
  moved: MovedRecord[];
  gaps: OffsetGap[];
  unexpected: Unexpected[];
  /** Jepsen's G1a: a send that definitely failed was read. */
  abortedReads: AbortedRead[];
  order: OrderViolation[];
  counts: { ok: number; fail: number; info: number; read: number; infoRead: number };
  /** Every acknowledged record is present exactly once, in acknowledged order per partition, at its acknowledged offset. */
  acknowledgedExactlyOnceInOrder: boolean;
  /** No anomaly of any kind. */
  valid: boolean;
}

/** Error codes that prove the broker appended nothing (Kafka rejects these before the log append). */
const definiteFailureCodes: ReadonlySet<number> = new Set([
  ErrorCode.NOT_ENOUGH_REPLICAS,
  ErrorCode.CORRUPT_MESSAGE,
  ErrorCode.MESSAGE_TOO_LARGE,
  ErrorCode.RECORD_LIST_TOO_LARGE,
  ErrorCode.INVALID_REQUIRED_ACKS,
  ErrorCode.INVALID_TIMESTAMP,
  ErrorCode.INVALID_RECORD,
  ErrorCode.UNKNOWN_TOPIC_OR_PARTITION,
  ErrorCode.NOT_LEADER_OR_FOLLOWER,
]);

/**
 * The outcome of one produce attempt from its partition error code, or `undefined` for an
 * attempt that got no response (timeout, disconnect): that is `info`.
 */
export function classifyProduceError(code: number | undefined): SendOutcome {
  if (code === undefined) return 'info';
  if (code === ErrorCode.NONE) return 'ok';
  return definiteFailureCodes.has(code) ? 'fail' : 'info';
}

interface ReadPlace { partition: number; offset: number; index: number }

function indexReads(reads: FinalRead): Map<string, ReadPlace[]> {
  const byValue = new Map<string, ReadPlace[]>();
  for (const [partition, records] of reads) {
    records.forEach((r, index) => {
      const places = byValue.get(r.value) ?? [];
      places.push({ partition, offset: r.offset, index });
      byValue.set(r.value, places);
    });
  }
  return byValue;
}

function valueAtOffset(reads: FinalRead): Map<string, string> {
  const out = new Map<string, string>();
  for (const [partition, records] of reads) for (const r of records) out.set(`${partition}:${r.offset}`, r.value);
  return out;
}

/** Acknowledged values per partition in acknowledgement (history) order must be read in that order. */
function checkOrder(history: SendOp[], byValue: Map<string, ReadPlace[]>): OrderViolation[] {
  const violations: OrderViolation[] = [];
  const lastByPartition = new Map<number, { value: string; place: ReadPlace }>();
  for (const op of history) {
    if (op.outcome !== 'ok') continue;
    const place = byValue.get(op.value)?.find((p) => p.partition === op.partition);
    if (!place) continue; // reported as lost
    const last = lastByPartition.get(op.partition);
    if (last && place.index < last.place.index) {
      violations.push({ partition: op.partition, earlier: last.value, later: op.value, earlierReadOffset: last.place.offset, laterReadOffset: place.offset });
    }
    if (!last || place.index > last.place.index) lastByPartition.set(op.partition, { value: op.value, place });
  }
  return violations;
}

function checkGaps(reads: FinalRead): OffsetGap[] {
  const gaps: OffsetGap[] = [];
  for (const [partition, records] of reads) {
    let expected = 0;
    for (const r of records) {
      if (r.offset !== expected) gaps.push({ partition, expected, read: r.offset });
      expected = r.offset + 1;
    }
  }
  return gaps;
}

function checkAcknowledged(history: SendOp[], byValue: Map<string, ReadPlace[]>, atOffset: Map<string, string>) {
  const lost: LostWrite[] = [];
  const moved: MovedRecord[] = [];
  const inconsistentOffsets: InconsistentOffset[] = [];
  const acknowledgedAt = new Map<string, string>();
  for (const op of history) {
    if (op.outcome !== 'ok') continue;
    const places = (byValue.get(op.value) ?? []).filter((p) => p.partition === op.partition);
    if (places.length === 0) lost.push({ value: op.value, partition: op.partition, offset: op.offset });
    if (op.offset === undefined) continue;
    for (const p of places) {
      if (p.offset !== op.offset) moved.push({ value: op.value, partition: op.partition, acknowledgedOffset: op.offset, readOffset: p.offset });
    }
    const key = `${op.partition}:${op.offset}`;
    const read = atOffset.get(key);
    const otherAck = acknowledgedAt.get(key);
    // Two acknowledgements for one offset are inconsistent whatever was read there.
    if (otherAck !== undefined && otherAck !== op.value) {
      inconsistentOffsets.push({ partition: op.partition, offset: op.offset, acknowledged: op.value, read: otherAck });
    } else if (read !== undefined && read !== op.value) {
      inconsistentOffsets.push({ partition: op.partition, offset: op.offset, acknowledged: op.value, read });
    }
    acknowledgedAt.set(key, op.value);
  }
  return { lost, moved, inconsistentOffsets };
}

function checkReads(history: SendOp[], byValue: Map<string, ReadPlace[]>) {
  const sendByValue = new Map(history.map((op) => [op.value, op]));
  const duplicates: Duplicate[] = [];
  const unexpected: Unexpected[] = [];
  const abortedReads: AbortedRead[] = [];
  let infoRead = 0;
  for (const [value, places] of byValue) {
    const send = sendByValue.get(value);
    if (places.length > 1) duplicates.push({ value, partition: places[0]!.partition, offsets: places.map((p) => p.offset) });
    for (const p of places) {
      if (!send) unexpected.push({ value, partition: p.partition, offset: p.offset, reason: 'never-attempted' });
      else if (send.partition !== p.partition) unexpected.push({ value, partition: p.partition, offset: p.offset, reason: 'wrong-partition' });
      else if (send.outcome === 'fail') abortedReads.push({ value, partition: p.partition, offset: p.offset });
    }
    if (send?.outcome === 'info') infoRead++;
  }
  return { duplicates, unexpected, abortedReads, infoRead };
}

export function checkQueue(history: SendOp[], reads: FinalRead): QueueCheckResult {
  const seen = new Set<string>();
  for (const op of history) {
    if (seen.has(op.value)) throw new Error(`history sends value ${op.value} twice: values must be unique`);
    seen.add(op.value);
  }
  const byValue = indexReads(reads);
  const { lost, moved, inconsistentOffsets } = checkAcknowledged(history, byValue, valueAtOffset(reads));
  const gaps = checkGaps(reads);
  const { duplicates, unexpected, abortedReads, infoRead } = checkReads(history, byValue);
  const order = checkOrder(history, byValue);
  const okValues = new Set(history.filter((op) => op.outcome === 'ok').map((op) => op.value));
  const acknowledgedDuplicates = duplicates.filter((d) => okValues.has(d.value));
  const acknowledgedExactlyOnceInOrder = lost.length === 0 && inconsistentOffsets.length === 0 && moved.length === 0 &&
    acknowledgedDuplicates.length === 0 && order.length === 0;
  let read = 0;
  for (const records of reads.values()) read += records.length;
  return {
    lost, duplicates, inconsistentOffsets, moved, gaps, unexpected, abortedReads, order,
    counts: {
      ok: okValues.size,
      fail: history.filter((op) => op.outcome === 'fail').length,
      info: history.filter((op) => op.outcome === 'info').length,
      read,
      infoRead,
    },
    acknowledgedExactlyOnceInOrder,
    valid: acknowledgedExactlyOnceInOrder && duplicates.length === 0 && gaps.length === 0 && unexpected.length === 0 && abortedReads.length === 0,
  };
}

export const anomalyKinds = ['lost', 'duplicates', 'inconsistentOffsets', 'moved', 'gaps', 'unexpected', 'abortedReads', 'order'] as const;
export type AnomalyKind = (typeof anomalyKinds)[number];

/** How many anomalies of each kind the check found. */
export function anomalyCounts(result: QueueCheckResult): Record<AnomalyKind, number> {
  const counts = {} as Record<AnomalyKind, number>;
  for (const kind of anomalyKinds) counts[kind] = result[kind].length;
  return counts;
}

/** A one-line summary plus the first few anomalies of each kind, for a failing assertion's message. */
export function describeCheck(result: QueueCheckResult, sample = 5): string {
  const c = result.counts;
  const parts = [
    `ok=${c.ok} fail=${c.fail} info=${c.info} read=${c.read} (info read ${c.infoRead})`,
    `lost=${result.lost.length} duplicates=${result.duplicates.length} inconsistent=${result.inconsistentOffsets.length} moved=${result.moved.length} gaps=${result.gaps.length}`,
    `unexpected=${result.unexpected.length} abortedReads=${result.abortedReads.length} order=${result.order.length}`,
  ];
  const samples: Array<[string, unknown[]]> = [
    ['lost', result.lost], ['duplicates', result.duplicates], ['inconsistent', result.inconsistentOffsets],
    ['moved', result.moved], ['gaps', result.gaps],
    ['unexpected', result.unexpected], ['abortedReads', result.abortedReads], ['order', result.order],
  ];
  for (const [name, list] of samples) if (list.length > 0) parts.push(`${name}: ${JSON.stringify(list.slice(0, sample))}`);
  return parts.join('\n');
}
