/**
 * A strict decoder for stored batches, independent of the broker's and the client's: it walks
 * the bytes a Fetch returns and checks what Kafka's LogValidator guarantees about everything in
 * a log. Framing (whole batches, lengths), magic, CRC-32C, attributes (a transactional batch has
 * a producer id; a control batch is a well-formed transaction marker: transactional,
 * uncompressed, no sequence, one control record; a known codec, the timestamp type of the
 * topic), offsets
 * (contiguous base offsets, lastOffsetDelta = recordCount - 1) and the records themselves
 * (decompressed, decoded with the generated protobuf code, exactly recordCount of them, offset
 * deltas 0..n-1, maxTimestamp the largest record timestamp on CreateTime topics).
 */

import {
  Compression,
  batchHeaderBytes,
  batchLogOverheadBytes,
  batchMagic,
  compressionMask,
  controlBit,
  readBatchHeader,
  timestampTypeLogAppendTimeBit,
  transactionalBit,
} from '../../proto/batch-header';
import protobuf from 'protobufjs/minimal';
import { decompress, isCodecSupported } from '../../proto/compression';
import { samsa } from '../../proto/frame';
import { batchLengthMin, isBatchCrcValid } from '../../proto/record-batch';
import { batchFingerprint } from './batch-gen';

/**
 * The fuzzer's batches expand to a few KiB; a stored batch that expands beyond this is flagged
 * (and the bound keeps the audit of a stored decompression bomb cheap).
 */
export const storedBatchExpandedBytesMax = 4 * 1024 * 1024;
/** RecordSet.records: field 1, length-delimited. */
const recordsFieldTag = 0x0a;

export interface StoredBatchProblem {
  baseOffset: number;
  rule: string;
  detail: string;
  /** batchFingerprint of the stored batch (0 when unknown), to find the frame that sent it. */
  fingerprint: number;
}

export interface StoredWalk {
  problems: StoredBatchProblem[];
  batches: number;
  /** Where the next fetch starts: after the last whole batch, or unchanged if none. */
  nextOffset: number;
  /** False when the bytes cannot be walked further (a framing problem). */
  canContinue: boolean;
}

export interface PartitionContext {
  /** The first offset this walk expects (the fetch offset, or where the last walk stopped). */
  expectedOffset: number;
  logAppendTime: boolean;
  /**
   * The bytes end where the log ended (the fetch was not cut by its size limit), so an
   * incomplete batch at the end is stored garbage rather than a cut.
   */
  endsAtLogEnd: boolean;
  /**
   * The walk starts at a log start offset, which DeleteRecords may put inside a batch: then the
   * first batch holds `expectedOffset` rather than starting at it (a fetch returns whole batches).
   */
  startsInsideBatch?: boolean;
}

/** Walks fetched bytes. The last batch may be cut by the response size limit; the first not. */
export async function checkStoredBatches(buf: Buffer, ctx: PartitionContext): Promise<StoredWalk> {
  const problems: StoredBatchProblem[] = [];
  let position = 0;
  let expected = ctx.expectedOffset;
  let batches = 0;
  while (position < buf.length) {
    const remaining = buf.length - position;
    const first = batches === 0;
    if (remaining < batchHeaderBytes) {
      const stored = first || ctx.endsAtLogEnd;
      if (stored) problems.push({ baseOffset: expected, rule: 'framing', detail: `${remaining} bytes after the last batch, less than a batch header`, fingerprint: 0 });
      return { problems, batches, nextOffset: expected, canContinue: !stored };
    }
    const header = readBatchHeader(buf, position);
    const problem = (rule: string, detail: string): void => {
      const sizeBytes = batchLogOverheadBytes + header.batchLength;
      const fingerprint = sizeBytes <= remaining && sizeBytes >= batchHeaderBytes ? batchFingerprint(buf, position, sizeBytes) : 0;
      problems.push({ baseOffset: header.baseOffset, rule, detail, fingerprint });
    };
    if (header.batchLength < batchLengthMin) {
      problem('framing', `batchLength ${header.batchLength} below ${batchLengthMin}`);
      return { problems, batches, nextOffset: expected, canContinue: false };
    }
    const sizeBytes = batchLogOverheadBytes + header.batchLength;
    if (sizeBytes > remaining) {
      const stored = first || ctx.endsAtLogEnd;
      if (stored) problem('framing', `batchLength says ${sizeBytes} bytes, ${remaining} are there (${first ? 'a first batch is returned whole' : 'at the log end'})`);
      return { problems, batches, nextOffset: expected, canContinue: !stored };
    }
    if (header.magic !== batchMagic) {
      problem('magic', `magic ${header.magic}`);
      return { problems, batches, nextOffset: expected, canContinue: false };
    }
    const holdsExpected = first && ctx.startsInsideBatch === true && header.baseOffset < expected && header.baseOffset + header.lastOffsetDelta >= expected;
    if (header.baseOffset !== expected && !holdsExpected) problem('offsets', `baseOffset ${header.baseOffset}, expected ${expected} (hole or overlap)`);
    await checkOneBatch(buf, position, sizeBytes, ctx, problem);
    batches++;
    const next = header.baseOffset + header.lastOffsetDelta + 1;
    if (next <= expected) {
      problem('offsets', `next offset ${next} does not advance past ${expected}`);
      return { problems, batches, nextOffset: expected, canContinue: false };
    }
    expected = next;
    position += sizeBytes;
  }
  return { problems, batches, nextOffset: expected, canContinue: true };
}

type Report = (rule: string, detail: string) => void;

async function checkOneBatch(buf: Buffer, position: number, sizeBytes: number, ctx: PartitionContext, problem: Report): Promise<void> {
  const header = readBatchHeader(buf, position);
  if (!isBatchCrcValid(buf, position, sizeBytes)) problem('crc', 'CRC-32C mismatch');
  const attributes = header.attributes;
  checkTransactionalAttributes(header, problem);
  const logAppendTimeBit = (attributes & timestampTypeLogAppendTimeBit) !== 0;
  if (logAppendTimeBit !== ctx.logAppendTime) {
    problem('timestamp-type', `LogAppendTime bit ${logAppendTimeBit ? 'set' : 'clear'} on a ${ctx.logAppendTime ? 'LogAppendTime' : 'CreateTime'} topic`);
  }
  if (header.recordCount < 1) problem('count', `recordCount ${header.recordCount}`);
  if (header.lastOffsetDelta !== header.recordCount - 1) problem('count', `lastOffsetDelta ${header.lastOffsetDelta} with recordCount ${header.recordCount}`);
  const codec = attributes & compressionMask;
  if (!isCodecSupported(codec)) {
    problem('codec', `codec ${codec}`);
    return;
  }
  let section = buf.subarray(position + batchHeaderBytes, position + sizeBytes);
  try {
    if (codec !== Compression.None) section = await decompress(codec as Compression, section, storedBatchExpandedBytesMax);
  } catch (error) {
    problem('decompress', (error as Error).message);
    return;
  }
  let records: samsa.v1.IRecord[];
  try {
    const stray = strayTopLevelField(section);
    if (stray !== undefined) {
      problem('records', `records section has a field other than records: ${stray}`);
      return;
    }
    records = samsa.v1.RecordSet.decode(section).records;
  } catch (error) {
    problem('records', `undecodable records section: ${(error as Error).message}`);
    return;
  }
  checkRecords(records, header, ctx, problem);
  if (attributes & controlBit) checkControlRecord(records[0], problem);
}

/**
 * What Kafka's log holds of transactions: a transactional batch names its producer; a control
 * batch (a transaction marker, written only by a partition leader on WriteTxnMarkers) is also
 * transactional, uncompressed and unsequenced.
 */
function checkTransactionalAttributes(header: ReturnType<typeof readBatchHeader>, problem: Report): void {
  const { attributes } = header;
  const transactional = (attributes & transactionalBit) !== 0;
  if (transactional && (header.producerId < 0 || header.producerEpoch < 0)) {
    problem('attributes', `transactional batch without a producer (id ${header.producerId}, epoch ${header.producerEpoch})`);
  }
  if ((attributes & controlBit) === 0) return;
  if (!transactional) problem('attributes', `control batch without the transactional bit (attributes ${attributes})`);
  if ((attributes & compressionMask) !== Compression.None) problem('attributes', `compressed control batch (attributes ${attributes})`);
  if (header.baseSequence !== -1) problem('attributes', `control batch with sequence ${header.baseSequence}`);
  if (header.recordCount !== 1) problem('count', `control batch with ${header.recordCount} records`);
}

/** Kafka's control record: key version int16 >= 0 and type 0 (abort) or 1 (commit); value version int16 and coordinator epoch int32. */
function checkControlRecord(record: samsa.v1.IRecord | undefined, problem: Report): void {
  const key = record?.key ? Buffer.from(record.key) : undefined;
  const value = record?.value ? Buffer.from(record.value) : undefined;
  if (key === undefined || key.length !== 4 || key.readInt16BE(0) < 0 || ![0, 1].includes(key.readInt16BE(2))) {
    problem('control', `control record key ${key?.toString('hex') ?? 'missing'} is not an abort or commit marker`);
  }
  if (value === undefined || value.length !== 6) problem('control', `control record value ${value?.toString('hex') ?? 'missing'} is not version + coordinator epoch`);
}

/**
 * RecordSet has one field; anything else at the top level is bytes the header does not
 * account for (Kafka refuses a batch with bytes left over after its records).
 */
function strayTopLevelField(section: Buffer): string | undefined {
  const reader = protobuf.Reader.create(section);
  while (reader.pos < reader.len) {
    const tag = reader.uint32();
    if (tag !== recordsFieldTag) return `tag ${tag} at byte ${reader.pos}`;
    reader.skipType(2);
  }
  return undefined;
}

function checkRecords(records: samsa.v1.IRecord[], header: ReturnType<typeof readBatchHeader>, ctx: PartitionContext, problem: Report): void {
  if (records.length !== header.recordCount) problem('count', `header says ${header.recordCount} records, the records section holds ${records.length}`);
  const badDelta = records.findIndex((r, i) => Number(r.offsetDelta ?? 0) !== i);
  if (badDelta >= 0) problem('offset-delta', `record ${badDelta} has offsetDelta ${records[badDelta]!.offsetDelta ?? 0}`);
  let maxTimestamp = -Infinity;
  for (const r of records) maxTimestamp = Math.max(maxTimestamp, header.firstTimestamp + Number(r.timestampDelta ?? 0));
  if (!ctx.logAppendTime && records.length > 0 && maxTimestamp !== header.maxTimestamp) {
    problem('max-timestamp', `maxTimestamp ${header.maxTimestamp}, the records' largest is ${maxTimestamp}`);
  }
}
