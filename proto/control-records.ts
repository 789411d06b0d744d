/**
 * Transaction markers (KIP-98 control batches). A marker is a batch with the transactional and
 * control bits set, the transaction's producer id and epoch, no sequence, and one record whose
 * key and value are Kafka's control record schemas:
 *
 *   key   = version int16 (0), type int16 (0 abort, 1 commit)
 *   value = version int16 (0), coordinatorEpoch int32
 *
 * Only brokers write markers (the partition leader, asked by the transaction coordinator with
 * WriteTxnMarkers). Consumers never return them to the application: a read_committed consumer
 * uses abort markers to stop dropping an aborted producer's records.
 */
import { ErrorCode, SamsaProtocolError } from './errors';
import { encodeRecordBatchUncompressed } from './record-batch';

export const ControlRecordType = { Abort: 0, Commit: 1 } as const;
export type ControlRecordType = (typeof ControlRecordType)[keyof typeof ControlRecordType];

const controlRecordVersion = 0;
export const controlRecordKeyBytes = 4;
export const controlRecordValueBytes = 6;

export function encodeControlRecordKey(type: ControlRecordType): Buffer {
  const key = Buffer.alloc(controlRecordKeyBytes);
  key.writeInt16BE(controlRecordVersion, 0);
  key.writeInt16BE(type, 2);
  return key;
}

export function encodeEndTxnMarkerValue(coordinatorEpoch: number): Buffer {
  const value = Buffer.alloc(controlRecordValueBytes);
  value.writeInt16BE(controlRecordVersion, 0);
  value.writeInt32BE(coordinatorEpoch, 2);
  return value;
}

/** The marker type a control record's key names; throws CORRUPT_MESSAGE for anything else. */
export function decodeControlRecordType(key: Buffer | null): ControlRecordType {
  if (key === null || key.length < controlRecordKeyBytes) throw new SamsaProtocolError(ErrorCode.CORRUPT_MESSAGE, 'control record key is shorter than 4 bytes');
  const version = key.readInt16BE(0);
  if (version < 0) throw new SamsaProtocolError(ErrorCode.CORRUPT_MESSAGE, `control record key version ${version} is negative`);
  const type = key.readInt16BE(2);
  if (type !== ControlRecordType.Abort && type !== ControlRecordType.Commit) {
    throw new SamsaProtocolError(ErrorCode.CORRUPT_MESSAGE, `control record type ${type} is neither abort (0) nor commit (1)`);
  }
  return type;
}

/** The coordinator epoch in an end-transaction marker's value. */
export function decodeEndTxnMarkerCoordinatorEpoch(value: Buffer | null): number {
  if (value === null || value.length < controlRecordValueBytes) throw new SamsaProtocolError(ErrorCode.CORRUPT_MESSAGE, 'end transaction marker value is shorter than 6 bytes');
  return value.readInt32BE(2);
}

export interface EndTxnMarker {
  producerId: number;
  producerEpoch: number;
  coordinatorEpoch: number;
  committed: boolean;
  nowMs: number;
}

/** One marker batch, ready for the leader to stamp its offset and epoch (baseOffset 0 here). */
export function encodeEndTxnMarkerBatch(marker: EndTxnMarker): Buffer {
  const type = marker.committed ? ControlRecordType.Commit : ControlRecordType.Abort;
  return encodeRecordBatchUncompressed(
    [{ key: encodeControlRecordKey(type), value: encodeEndTxnMarkerValue(marker.coordinatorEpoch) }],
    { nowMs: marker.nowMs, producerId: marker.producerId, producerEpoch: marker.producerEpoch, isTransactional: true, isControl: true },
  );
}
