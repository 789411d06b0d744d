/** The Kafka listener's admin API codecs (see api-codec.ts). */
import type { AnyKafkaApiCodec } from './api-codec';

export const adminCodecs: readonly AnyKafkaApiCodec[] = [];
