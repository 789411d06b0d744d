/** The Kafka listener's data API codecs (see api-codec.ts). */
import type { AnyKafkaApiCodec } from './api-codec';

export const dataCodecs: readonly AnyKafkaApiCodec[] = [];
