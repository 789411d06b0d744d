/**
 * What the transaction codecs share: KIP-588's fencing error, which only newer request versions
 * may carry, and the topic/partition error lists most of their responses are made of.
 */
import { ErrorCode } from '../../../../proto/errors';
import type { TopicPartitionErrors } from '../../../api/transactions';
import { throttleTimeMs } from './group-wire';
import { field, message, type KafkaStruct } from './schema';

/**
 * The domain answers PRODUCER_FENCED (90) to a zombie; a client whose request version predates
 * KIP-588 does not know that code, so it gets INVALID_PRODUCER_EPOCH (47), which it treats as the
 * same fatal fencing (Kafka's KafkaApis does this per API: InitProducerId below v4,
 * AddPartitionsToTxn, AddOffsetsToTxn and EndTxn below v2).
 */
export function fencingError(errorCode: number, version: number, producerFencedVersionMin: number): number {
  return errorCode === ErrorCode.PRODUCER_FENCED && version < producerFencedVersionMin ? ErrorCode.INVALID_PRODUCER_EPOCH : errorCode;
}

/** Domain topic/partition errors as Kafka structs, under the field names of the API at hand. */
export function partitionErrorStructs(
  topics: readonly TopicPartitionErrors[],
  names: { partitions: string; errorCode: string },
  mapCode: (errorCode: number) => number,
): KafkaStruct[] {
  return topics.map((t) => ({
    name: t.name,
    [names.partitions]: t.partitions.map((p) => ({ partitionIndex: p.partitionIndex, [names.errorCode]: mapCode(p.errorCode) })),
  }));
}

/** Every requested partition with `errorCode` (Kafka's getErrorResponse for per-partition APIs). */
export function everyPartitionError(topics: readonly { name: string; partitions: readonly number[] }[], errorCode: number): TopicPartitionErrors[] {
  return topics.map((t) => ({ name: t.name, partitions: t.partitions.map((partitionIndex) => ({ partitionIndex, errorCode })) }));
}

/**
 * AddOffsetsToTxn and EndTxn answer only a throttle time and an error code, v0-v3 (v3
 * flexible), and know PRODUCER_FENCED from v2 (KIP-588): their response schema and encoding.
 */
export const errorOnlyFencedVersionMin = 2;

export function errorOnlyTxnResponse(name: string): ReturnType<typeof message> {
  return message(name, '0-3', '3+', field('throttleTimeMs', 'int32', '0+'), field('errorCode', 'int16', '0+'));
}

export function encodeErrorOnly(resp: { throttleTimeMs: number; errorCode: number }, version: number): KafkaStruct {
  return { throttleTimeMs: resp.throttleTimeMs, errorCode: fencingError(resp.errorCode, version, errorOnlyFencedVersionMin) };
}

export function errorOnlyResponse(errorCode: number, version: number): { throttleTimeMs: number; errorCode: number } {
  return { throttleTimeMs, errorCode: fencingError(errorCode, version, errorOnlyFencedVersionMin) };
}
