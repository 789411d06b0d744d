/** The Kafka listener's partition and record admin codecs (see api-codec.ts). */
import type { AnyKafkaApiCodec } from './api-codec';
import { createPartitionsCodec } from './create-partitions';
import { deleteRecordsCodec } from './delete-records';
import { describeLogDirsCodec } from './describe-log-dirs';

export const partitionCodecs: readonly AnyKafkaApiCodec[] = [createPartitionsCodec, deleteRecordsCodec, describeLogDirsCodec];
