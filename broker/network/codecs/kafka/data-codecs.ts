/** The Kafka listener's data API codecs (see api-codec.ts). */
import type { AnyKafkaApiCodec } from './api-codec';
import { metadataCodec } from './metadata';

export const dataCodecs: readonly AnyKafkaApiCodec[] = [metadataCodec];
