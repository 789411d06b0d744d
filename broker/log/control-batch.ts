/**
 * Reading a transaction marker (a control batch, proto/control-records.ts) as it lies in a log:
 * the broker decodes the one record of a control batch to learn the marker's type and the
 * coordinator epoch in its value, which producer state and the aborted-transaction index need.
 * Markers are rare and tiny, so this decode never touches the path of ordinary batches.
 */
import { batchHeaderBytes, batchSizeAt, BatchField, compressionMask, controlBit, readInt64 } from '../../proto/batch-header';
import { ControlRecordType, decodeControlRecordType, decodeEndTxnMarkerCoordinatorEpoch } from '../../proto/control-records';
import { ErrorCode, SamsaProtocolError } from '../../proto/errors';
import { decodeRecordSet, type ConsumerRecord } from '../../proto/records-codec';

export interface EndTxnMarkerInfo {
  committed: boolean;
  coordinatorEpoch: number;
}

export function isControlBatchAt(buf: Buffer, position: number): boolean {
  return (buf.readInt16BE(position + BatchField.attributes) & controlBit) !== 0;
}

/**
 * The marker in the control batch at `position`, whose bytes `buf` must hold whole. Throws
 * SamsaProtocolError INVALID_RECORD when it is not an uncompressed batch of exactly one abort or
 * commit record (Kafka's EndTransactionMarker.deserialize refuses the same).
 */
export function readEndTxnMarker(buf: Buffer, position: number): EndTxnMarkerInfo {
  const sizeBytes = batchSizeAt(buf, position);
  if ((buf.readInt16BE(position + BatchField.attributes) & compressionMask) !== 0) {
    throw new SamsaProtocolError(ErrorCode.INVALID_RECORD, 'a control batch must not be compressed');
  }
  const records: ConsumerRecord[] = [];
  try {
    decodeRecordSet(buf, position + batchHeaderBytes, position + sizeBytes, {
      baseOffset: readInt64(buf, position + BatchField.baseOffset), firstTimestamp: 0, logAppendTimeMs: -1, leaderEpoch: -1,
    }, records);
  } catch (err) {
    throw new SamsaProtocolError(ErrorCode.INVALID_RECORD, `control batch records do not decode: ${err instanceof Error ? err.message : String(err)}`);
  }
  const record = records[0];
  if (records.length !== 1 || record === undefined) {
    throw new SamsaProtocolError(ErrorCode.INVALID_RECORD, `a control batch holds exactly one record, not ${records.length}`);
  }
  try {
    const type = decodeControlRecordType(record.key);
    return { committed: type === ControlRecordType.Commit, coordinatorEpoch: decodeEndTxnMarkerCoordinatorEpoch(record.value) };
  } catch (err) {
    if (err instanceof SamsaProtocolError) throw new SamsaProtocolError(ErrorCode.INVALID_RECORD, err.message);
    throw err;
  }
}

/** The marker at `position`, or undefined when it is a control record this broker does not know. */
export function tryReadEndTxnMarker(buf: Buffer, position: number): EndTxnMarkerInfo | undefined {
  try {
    return readEndTxnMarker(buf, position);
  } catch (err) {
    if (err instanceof SamsaProtocolError) return undefined;
    throw err;
  }
}
