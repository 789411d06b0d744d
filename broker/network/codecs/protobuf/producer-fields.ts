/** Producer fields of the protobuf protocol, checked against the ranges Kafka's types give them. */
import { ErrorCode, SamsaProtocolError } from '../../../../proto/errors';

const int16Min = -32_768;
const int16Max = 32_767;

/**
 * A producer epoch travels as int32 here but is Kafka's int16 (it is written into batch headers
 * and markers): a value outside int16 is refused as a malformed request, as Kafka's own
 * protocol could not even carry it.
 */
export function producerEpochField(value: number | null | undefined): number {
  const epoch = value ?? -1;
  if (epoch < int16Min || epoch > int16Max) throw new SamsaProtocolError(ErrorCode.INVALID_REQUEST, `producer_epoch ${epoch} is outside int16`);
  return epoch;
}

/** A producer id is an int64 below 2^53 here (offsets and ids are JS numbers), or -1. */
export function producerIdField(value: number | null | undefined): number {
  const id = value ?? -1;
  if (!Number.isSafeInteger(id) || id < -1) throw new SamsaProtocolError(ErrorCode.INVALID_REQUEST, `producer_id ${id} is not -1 or a producer id below 2^53`);
  return id;
}
