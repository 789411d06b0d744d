/**
 * Fetch (1), v4-v12 (v4 is the first that reads record batch v2 only, v12 the first flexible; v13
 * names topics by id). Sessionless (KIP-227): every fetch is a full fetch and the response's
 * sessionId is 0, which tells a client that asked for a session (sessionId 0, sessionEpoch 0)
 * that none was created, so it keeps sending full fetches; sessionEpoch and forgottenTopicsData
 * therefore name nothing and are ignored, as Kafka ignores them in a sessionless fetch. rackId
 * (KIP-392) is ignored and preferredReadReplica is -1: consumers read from the leader. The
 * isolation level goes to the handler (read_committed reads up to the last stable offset, KIP-98);
 * abortedTransactions carries what the log found for read_committed (empty when it found none) and
 * is null for read_uncommitted, as Kafka's. Each partition's stored batches, markers included, are
 * converted to Kafka's records as the response is encoded, so that a Kafka consumer sees Kafka's
 * control records and drops aborted data itself.
 */
import { ApiKey } from '../../../../proto/api';
import { BatchField, Compression, batchHeaderBytes, batchLogOverheadBytes, compressionMask } from '../../../../proto/batch-header';
import { ErrorCode, SamsaProtocolError } from '../../../../proto/errors';
import type { FetchPartitionData, FetchRequest, FetchResponse } from '../../../api/fetch';
import type { DomainKafkaCodec } from './api-codec';
import { samsaBatchesToKafka } from './records';
import { array, field, message, struct, versions, type KafkaStruct } from './schema';

const request = message('FetchRequest', '0-12', '12+',
  field('clusterId', 'string', '12+', { nullableVersions: '12+', default: null, tag: 0, taggedVersions: '12+' }),
  field('replicaId', 'int32', '0+'),
  field('maxWaitMs', 'int32', '0+'),
  field('minBytes', 'int32', '0+'),
  field('maxBytes', 'int32', '3+', { default: 0x7fffffff }),
  field('isolationLevel', 'int8', '4+'),
  field('sessionId', 'int32', '7+'),
  field('sessionEpoch', 'int32', '7+', { default: -1 }),
  field('topics', array(struct(
    field('topic', 'string', '0+'),
    field('partitions', array(struct(
      field('partition', 'int32', '0+'),
      field('currentLeaderEpoch', 'int32', '9+', { default: -1 }),
      field('fetchOffset', 'int64', '0+'),
      field('lastFetchedEpoch', 'int32', '12+', { default: -1 }),
      field('logStartOffset', 'int64', '5+', { default: -1 }),
      field('partitionMaxBytes', 'int32', '0+'),
    )), '0+'),
  )), '0+'),
  field('forgottenTopicsData', array(struct(
    field('topic', 'string', '7+'),
    field('partitions', array('int32'), '7+'),
  )), '7+'),
  field('rackId', 'string', '11+'),
);

const response = message('FetchResponse', '0-12', '12+',
  field('throttleTimeMs', 'int32', '1+'),
  field('errorCode', 'int16', '7+'),
  field('sessionId', 'int32', '7+'),
  field('responses', array(struct(
    field('topic', 'string', '0+'),
    field('partitions', array(struct(
      field('partitionIndex', 'int32', '0+'),
      field('errorCode', 'int16', '0+'),
      field('highWatermark', 'int64', '0+'),
      field('lastStableOffset', 'int64', '4+', { default: -1 }),
      field('logStartOffset', 'int64', '5+', { default: -1 }),
      field('abortedTransactions', array(struct(
        field('producerId', 'int64', '4+'),
        field('firstOffset', 'int64', '4+'),
      )), '4+', { nullableVersions: '4+' }),
      field('preferredReadReplica', 'int32', '11+', { default: -1 }),
      field('records', 'records', '0+', { nullableVersions: '0+' }),
    )), '0+'),
  )), '0+'),
);

/** Kafka's READ_COMMITTED isolation level. */
const readCommitted = 1;
/** Kafka's IsolationLevel ids: READ_UNCOMMITTED 0, READ_COMMITTED 1. */
const isolationLevels: ReadonlySet<number> = new Set([0, readCommitted]);
/** The first Fetch version whose client reads zstd batches (KIP-110). */
const zstdFetchVersionMin = 10;
const noRecords = Buffer.alloc(0);

/**
 * Followers replicate over the inter-broker listener, which speaks protobuf; a fetch on the Kafka
 * listener that names a replica would move that replica's log end offset (and so the high
 * watermark) on the word of a client, so it is refused whole: the connection closes.
 */
function decode(body: KafkaStruct): FetchRequest {
  if ((body.replicaId as number) >= 0) {
    throw new SamsaProtocolError(ErrorCode.INVALID_REQUEST, `replica fetches (replica id ${body.replicaId as number}) are not accepted on a Kafka listener`);
  }
  const isolationLevel = body.isolationLevel as number;
  if (!isolationLevels.has(isolationLevel)) throw new SamsaProtocolError(ErrorCode.INVALID_REQUEST, `unknown isolation level ${isolationLevel}`);
  return {
    replicaId: body.replicaId as number,
    maxWaitMs: body.maxWaitMs as number,
    minBytes: body.minBytes as number,
    maxBytes: body.maxBytes as number,
    isolationLevel,
    topics: (body.topics as KafkaStruct[]).map((t) => ({
      name: t.topic as string,
      partitions: (t.partitions as KafkaStruct[]).map((p) => ({
        partition: p.partition as number,
        currentLeaderEpoch: p.currentLeaderEpoch as number,
        fetchOffset: p.fetchOffset as number,
        logStartOffset: p.logStartOffset as number,
        partitionMaxBytes: p.partitionMaxBytes as number,
      })),
    })),
  };
}

function holdsZstd(records: Buffer): boolean {
  for (let pos = 0; pos + batchHeaderBytes <= records.length;) {
    if ((records.readInt16BE(pos + BatchField.attributes) & compressionMask) === Compression.Zstd) return true;
    const sizeBytes = batchLogOverheadBytes + records.readInt32BE(pos + BatchField.batchLength);
    if (sizeBytes < batchHeaderBytes) return false; // damage: samsaBatchesToKafka reports it
    pos += sizeBytes;
  }
  return false;
}

/** The partition's records in Kafka's format, or the error that takes their place. */
async function kafkaRecords(p: FetchPartitionData, version: number): Promise<{ errorCode: number; records: Buffer }> {
  // Stored bytes never reach a Kafka client unconverted, even beside an error.
  if (p.errorCode !== ErrorCode.NONE || p.records.length === 0) return { errorCode: p.errorCode, records: noRecords };
  if (version < zstdFetchVersionMin && holdsZstd(p.records)) return { errorCode: ErrorCode.UNSUPPORTED_COMPRESSION_TYPE, records: noRecords };
  try {
    return { errorCode: ErrorCode.NONE, records: await samsaBatchesToKafka(p.records) };
  } catch (err) {
    if (err instanceof SamsaProtocolError) return { errorCode: ErrorCode.CORRUPT_MESSAGE, records: noRecords };
    throw err;
  }
}

/** Partitions convert one after the other, so that one response expands one batch at a time. */
async function encode(resp: FetchResponse, version: number, req: FetchRequest): Promise<KafkaStruct> {
  const noneAborted = req.isolationLevel === readCommitted ? [] : null;
  const responses: KafkaStruct[] = [];
  for (const t of resp.topics) {
    const partitions: KafkaStruct[] = [];
    for (const p of t.partitions) {
      const { errorCode, records } = await kafkaRecords(p, version);
      partitions.push({
        partitionIndex: p.partition, errorCode, highWatermark: p.highWatermark, lastStableOffset: p.lastStableOffset,
        logStartOffset: p.logStartOffset, abortedTransactions: p.abortedTransactions ?? noneAborted, preferredReadReplica: -1, records,
      });
    }
    responses.push({ topic: t.name, partitions });
  }
  return { throttleTimeMs: resp.throttleTimeMs, errorCode: resp.errorCode, sessionId: 0, responses };
}

export const fetchCodec: DomainKafkaCodec<typeof ApiKey.Fetch> = {
  apiKey: ApiKey.Fetch,
  versions: versions('4-12'),
  request,
  response,
  decode,
  encode,
  // Kafka's FetchRequest.getErrorResponse below v13: the code at the top and in every partition.
  errorResponse: (req, errorCode) => ({
    throttleTimeMs: 0,
    errorCode,
    sessionId: 0,
    responses: req.topics.map((t) => ({
      topic: t.name,
      partitions: t.partitions.map((p) => ({
        partitionIndex: p.partition, errorCode, highWatermark: -1, lastStableOffset: -1, logStartOffset: -1,
        abortedTransactions: null, preferredReadReplica: -1, records: noRecords,
      })),
    })),
  }),
};
