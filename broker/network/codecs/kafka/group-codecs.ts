/** The Kafka listener's group API codecs (see api-codec.ts). */
import type { AnyKafkaApiCodec } from './api-codec';

export const groupCodecs: readonly AnyKafkaApiCodec[] = [];
