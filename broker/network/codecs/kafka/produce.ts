/**
 * Produce (0), v0-v9 (v9 is the first flexible; v10 adds tagged leader hints this broker does not
 * send). From v3 a partition's records are one v2 batch, converted to the batch Samsa stores
 * before the handler runs (records/); v0-v2 carry message sets of magic 0 and 1, up-converted to
 * one v2 batch as Kafka's LogValidator converts them. v0-v2 are served because librdkafka
 * compresses with gzip, snappy or lz4 only when the broker's Produce range includes v0, whatever
 * version it then uses (v7 for librdkafka 2.0). A partition whose records Kafka would refuse
 * (ProduceRequest.validateRecords, DefaultRecord's checks, zstd below v7 per KIP-110) is answered
 * in its own slot with that error, message and, from v8, the record at fault (KIP-467), while the
 * other partitions are written. It reaches the handler with no records, which the LogValidator
 * refuses, so that acks=0 behaves as the domain makes it: no response, and the connection closed
 * because an append failed.
 */
import { ApiKey } from '../../../../proto/api';
import { Compression, BatchField, compressionMask } from '../../../../proto/batch-header';
import { ErrorCode, SamsaProtocolError } from '../../../../proto/errors';
import type { ProduceRequest, ProduceResponse } from '../../../api/produce';
import type { KafkaApiCodec } from './api-codec';
import { RecordError, kafkaBatchToSamsa, legacyMessageSetToSamsa } from './records';
import { array, field, message, struct, versions, type KafkaStruct } from './schema';

const request = message('ProduceRequest', '0-9', '9+',
  field('transactionalId', 'string', '3+', { nullableVersions: '3+', default: null }),
  field('acks', 'int16', '0+'),
  field('timeoutMs', 'int32', '0+'),
  field('topicData', array(struct(
    field('name', 'string', '0+'),
    field('partitionData', array(struct(
      field('index', 'int32', '0+'),
      field('records', 'records', '0+', { nullableVersions: '0+' }),
    )), '0+'),
  )), '0+'),
);

const response = message('ProduceResponse', '0-9', '9+',
  field('responses', array(struct(
    field('name', 'string', '0+'),
    field('partitionResponses', array(struct(
      field('index', 'int32', '0+'),
      field('errorCode', 'int16', '0+'),
      field('baseOffset', 'int64', '0+'),
      field('logAppendTimeMs', 'int64', '2+', { default: -1 }),
      field('logStartOffset', 'int64', '5+', { default: -1 }),
      field('recordErrors', array(struct(
        field('batchIndex', 'int32', '8+'),
        field('batchIndexErrorMessage', 'string', '8+', { nullableVersions: '8+', default: null }),
      )), '8+'),
      field('errorMessage', 'string', '8+', { nullableVersions: '8+', default: null }),
    )), '0+'),
  )), '0+'),
  field('throttleTimeMs', 'int32', '1+'),
);

/** Produce below v3 carries message sets of magic 0 and 1 (KIP-98 brought v2 batches with v3). */
const legacyProduceVersionEnd = 3;
/** The first Produce version that may carry zstd batches (KIP-110). */
const zstdProduceVersionMin = 7;

interface ConversionFailure {
  errorCode: number;
  errorMessage: string;
  /** The record at fault, when one is (recordErrors, v8+). */
  batchIndex: number;
}

/** The domain request, plus the partitions whose records did not convert (topic\0partition). */
export interface KafkaProduceRequest extends ProduceRequest {
  conversionFailures: Map<string, ConversionFailure>;
}

const failureKey = (topic: string, partition: number): string => `${topic}\0${partition}`;
const noRecords = Buffer.alloc(0);

async function convertPartition(records: Buffer | null, version: number): Promise<Buffer | ConversionFailure> {
  const bytes = records ?? noRecords;
  if (version >= legacyProduceVersionEnd && version < zstdProduceVersionMin && bytes.length > BatchField.attributes + 1
    && (bytes.readInt16BE(BatchField.attributes) & compressionMask) === Compression.Zstd) {
    return { errorCode: ErrorCode.UNSUPPORTED_COMPRESSION_TYPE, errorMessage: `zstd batches need Produce v${zstdProduceVersionMin}+, not v${version}`, batchIndex: -1 };
  }
  try {
    return await (version < legacyProduceVersionEnd ? legacyMessageSetToSamsa(bytes) : kafkaBatchToSamsa(bytes));
  } catch (err) {
    if (!(err instanceof SamsaProtocolError)) throw err;
    return { errorCode: err.code, errorMessage: err.message, batchIndex: err instanceof RecordError ? err.batchIndex : -1 };
  }
}

/**
 * Partitions are converted one after the other: each may expand to conversionDecompressBytesMax
 * while it is converted, and one request must not hold that much once per partition at a time.
 */
async function decode(body: KafkaStruct, version: number): Promise<KafkaProduceRequest> {
  const conversionFailures = new Map<string, ConversionFailure>();
  const topics: ProduceRequest['topics'] = [];
  for (const t of body.topicData as KafkaStruct[]) {
    const name = t.name as string;
    const partitions: ProduceRequest['topics'][number]['partitions'] = [];
    for (const p of t.partitionData as KafkaStruct[]) {
      const partition = p.index as number;
      const converted = await convertPartition(p.records as Buffer | null, version);
      if (Buffer.isBuffer(converted)) {
        partitions.push({ partition, records: converted });
      } else {
        conversionFailures.set(failureKey(name, partition), converted);
        partitions.push({ partition, records: noRecords });
      }
    }
    topics.push({ name, partitions });
  }
  return {
    acks: body.acks as number, timeoutMs: body.timeoutMs as number, transactionalId: (body.transactionalId as string | null) ?? '', topics, conversionFailures,
  };
}

function encode(resp: ProduceResponse, _version: number, req: KafkaProduceRequest): KafkaStruct {
  return {
    responses: resp.topics.map((t) => ({
      name: t.name,
      partitionResponses: t.partitions.map((p) => {
        const failure = req.conversionFailures.get(failureKey(t.name, p.partition));
        // A partition this broker does not host is answered as such, as Kafka checks that first.
        if (failure !== undefined && p.errorCode !== ErrorCode.UNKNOWN_TOPIC_OR_PARTITION) {
          return {
            index: p.partition, errorCode: failure.errorCode, baseOffset: -1, logAppendTimeMs: -1, logStartOffset: -1, errorMessage: failure.errorMessage,
            recordErrors: failure.batchIndex < 0 ? [] : [{ batchIndex: failure.batchIndex, batchIndexErrorMessage: failure.errorMessage }],
          };
        }
        return {
          index: p.partition, errorCode: p.errorCode, baseOffset: p.baseOffset, logAppendTimeMs: p.logAppendTimeMs, logStartOffset: p.logStartOffset,
          recordErrors: [], errorMessage: p.errorMessage === '' ? null : p.errorMessage,
        };
      }),
    })),
    throttleTimeMs: resp.throttleTimeMs,
  };
}

export const produceCodec: KafkaApiCodec<KafkaProduceRequest, ProduceResponse> = {
  apiKey: ApiKey.Produce,
  versions: versions('0-9'),
  request,
  response,
  decode,
  encode,
  errorResponse: (req, errorCode, errorMessage) => ({
    responses: req.topics.map((t) => ({
      name: t.name,
      partitionResponses: t.partitions.map((p) => ({
        index: p.partition, errorCode, baseOffset: -1, logAppendTimeMs: -1, logStartOffset: -1, recordErrors: [], errorMessage,
      })),
    })),
    throttleTimeMs: 0,
  }),
};
