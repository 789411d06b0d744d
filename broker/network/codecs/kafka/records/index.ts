/**
 * Record batches at the Kafka edge. Samsa stores Kafka's v2 batch header followed by a protobuf
 * RecordSet; Kafka clients send and expect the same header followed by Kafka's varint records.
 * Each batch is converted as it crosses the Kafka listener (Produce in, Fetch out), so that the
 * log, its validator, the cleaner, replication and the protobuf listener never see Kafka's
 * records, and offsets, timestamps and producer state are the same for both protocols.
 */
import { BatchField, batchHeaderBytes, batchLogOverheadBytes, batchMagic } from '../../../../../proto/batch-header';
import { ErrorCode, SamsaProtocolError } from '../../../../../proto/errors';
import { batchLengthMin, isBatchCrcValid } from '../../../../../proto/record-batch';
import { convertBatch } from './batch-convert';
import { kafkaRecordsToSamsa } from './to-samsa';
import { samsaRecordsToKafka } from './to-kafka';

export { conversionDecompressBytesMax } from './batch-convert';
export { RecordError } from './kafka-varint';
export { legacyMessageSetToSamsa } from './legacy';

function refused(code: number, problem: string): SamsaProtocolError {
  return new SamsaProtocolError(code, problem);
}

/**
 * A produced partition's records (Kafka's format) as the batch Samsa stores. Kafka's
 * ProduceRequest.validateRecords for v3+ first: exactly one batch, of magic 2 (INVALID_RECORD);
 * then the batch's framing and CRC (CORRUPT_MESSAGE) before its records are read. The result
 * still goes through the broker's LogValidator like any produced batch.
 */
export async function kafkaBatchToSamsa(records: Buffer): Promise<Buffer> {
  if (records.length === 0) throw refused(ErrorCode.INVALID_RECORD, 'a produce request must hold one record batch, this partition has none');
  if (records.length > BatchField.magic) {
    const magic = records.readInt8(BatchField.magic);
    if (magic !== batchMagic) throw refused(ErrorCode.INVALID_RECORD, `record batches must have magic ${batchMagic}, not ${magic}`);
  }
  if (records.length < batchHeaderBytes) throw refused(ErrorCode.CORRUPT_MESSAGE, `${records.length} bytes, fewer than a ${batchHeaderBytes}-byte batch header`);
  const batchLength = records.readInt32BE(BatchField.batchLength);
  if (batchLength < batchLengthMin) throw refused(ErrorCode.CORRUPT_MESSAGE, `batchLength ${batchLength} is below the minimum ${batchLengthMin}`);
  const sizeBytes = batchLogOverheadBytes + batchLength;
  if (sizeBytes > records.length) throw refused(ErrorCode.CORRUPT_MESSAGE, `batchLength says ${sizeBytes} bytes but only ${records.length} are present`);
  if (sizeBytes < records.length) throw refused(ErrorCode.INVALID_RECORD, 'a produce request may hold exactly one record batch per partition');
  if (!isBatchCrcValid(records, 0, sizeBytes)) throw refused(ErrorCode.CORRUPT_MESSAGE, 'CRC-32C mismatch');
  return convertBatch(records, 0, sizeBytes, kafkaRecordsToSamsa);
}

/**
 * A fetched partition's stored batches as Kafka's batches, in order. The log returns whole
 * batches; a trailing partial one (which Kafka's clients skip) is left out. Stored batches passed
 * the LogValidator, so one that does not convert is damage on disk: CORRUPT_MESSAGE.
 */
export async function samsaBatchesToKafka(records: Buffer): Promise<Buffer> {
  const out: Buffer[] = [];
  for (let position = 0; position + batchHeaderBytes <= records.length; ) {
    const sizeBytes = batchLogOverheadBytes + records.readInt32BE(position + BatchField.batchLength);
    if (sizeBytes < batchHeaderBytes) throw refused(ErrorCode.CORRUPT_MESSAGE, `stored batch at byte ${position} has batchLength ${sizeBytes - batchLogOverheadBytes}`);
    if (position + sizeBytes > records.length) break;
    out.push(await convertBatch(records, position, sizeBytes, samsaRecordsToKafka));
    position += sizeBytes;
  }
  return out.length === 1 ? out[0] as Buffer : Buffer.concat(out);
}
