/** The Kafka listener's data API codecs (see api-codec.ts). */
import type { AnyKafkaApiCodec } from './api-codec';
import { fetchCodec } from './fetch';
import { produceCodec } from './produce';

export const dataCodecs: readonly AnyKafkaApiCodec[] = [produceCodec, fetchCodec];
