/**
 * Transactions at the Kafka edge: a transactional producer's batch keeps its transactional bit,
 * producer id, epoch and sequence through the conversion both ways; a stored marker reaches a
 * Kafka consumer as Kafka's control record (key and value verbatim); a control batch from a
 * producer converts but the broker's validator refuses it, as Kafka's does; and Fetch carries the
 * isolation level in and the aborted transactions and last stable offset out.
 */
import { ApiKey } from '../../../../../proto/api';
import { Compression, controlBit, transactionalBit } from '../../../../../proto/batch-header';
import { encodeControlRecordKey, encodeEndTxnMarkerBatch, encodeEndTxnMarkerValue, ControlRecordType } from '../../../../../proto/control-records';
import { ErrorCode } from '../../../../../proto/errors';
import { decodeRecordBatches, encodeRecordBatch } from '../../../../../proto/record-batch';
import { exchange } from '../../../../../test/kafka/admin-wire';
import { AppendOrigin, checkBatchHeaders } from '../../../../log/log-validator';
import type { FetchResponse } from '../../../../api/fetch';
import { createKafkaProtocol } from '..';
import { fetchCodec } from '../fetch';
import { kafkaBatch, readKafkaBatches } from './kafka-batch-fixture';
import { kafkaBatchToSamsa, samsaBatchesToKafka } from '.';

const producer = { producerId: 4000, producerEpoch: 3 };
const records = [
  { timestampDelta: 0, offsetDelta: 0, key: Buffer.from('k0'), value: Buffer.from('v0'), headers: [] },
  { timestampDelta: 5, offsetDelta: 1, key: null, value: Buffer.from('v1'), headers: [['h', Buffer.from('x')] as [string, Buffer]] },
];

describe('transactional batches through the Kafka record conversion', () => {
  test.each([Compression.None, Compression.Lz4])('a Kafka producer\'s transactional batch (codec %i) keeps its bits and producer fields in the log', async (codec) => {
    const kafka = await kafkaBatch(records, { codec, extraAttributes: transactionalBit, ...producer, baseSequence: 7 });
    const stored = await kafkaBatchToSamsa(kafka);
    const [batch] = await decodeRecordBatches(stored);
    expect(batch).toMatchObject({ isTransactional: true, isControl: false, controlType: -1, ...producer, baseSequence: 7 });
    expect(batch!.records.map((r) => r.value?.toString())).toEqual(['v0', 'v1']);
  });

  test('a stored transactional batch reaches a Kafka consumer with its bits and producer fields', async () => {
    const stored = await encodeRecordBatch([{ key: 'k', value: 'v' }], { compression: Compression.Snappy, ...producer, baseSequence: 11, isTransactional: true });
    const [batch] = await readKafkaBatches(await samsaBatchesToKafka(stored));
    expect(batch!.header).toMatchObject({ ...producer, baseSequence: 11 });
    expect(batch!.header.attributes & (transactionalBit | controlBit)).toBe(transactionalBit);
    expect(batch!.records.map((r) => r.value?.toString())).toEqual(['v']);
  });

  test.each([true, false])('a stored marker (committed %s) reaches a Kafka consumer as Kafka\'s control record', async (committed) => {
    const stored = encodeEndTxnMarkerBatch({ ...producer, coordinatorEpoch: 17, committed, nowMs: 1_700_000_000_000 });
    const [batch] = await readKafkaBatches(await samsaBatchesToKafka(stored));
    expect(batch!.header).toMatchObject({ ...producer, baseSequence: -1, recordCount: 1 });
    expect(batch!.header.attributes & (transactionalBit | controlBit)).toBe(transactionalBit | controlBit);
    expect(batch!.records).toHaveLength(1);
    const type = committed ? ControlRecordType.Commit : ControlRecordType.Abort;
    expect(batch!.records[0]!.key).toEqual(encodeControlRecordKey(type));
    expect(batch!.records[0]!.value).toEqual(encodeEndTxnMarkerValue(17));
    // ... and converting it back gives the broker's marker again.
    const [again] = await decodeRecordBatches(await kafkaBatchToSamsa(await samsaBatchesToKafka(stored)));
    expect(again).toMatchObject({ isControl: true, isTransactional: true, controlType: type, ...producer });
  });

  test('a control batch from a Kafka producer converts, and the broker\'s validator refuses it (only brokers write markers)', async () => {
    const marker = [{ timestampDelta: 0, offsetDelta: 0, key: encodeControlRecordKey(ControlRecordType.Commit), value: encodeEndTxnMarkerValue(0), headers: [] }];
    const stored = await kafkaBatchToSamsa(await kafkaBatch(marker, { extraAttributes: transactionalBit | controlBit, ...producer }));
    expect(() => checkBatchHeaders(stored, { maxBatchBytes: 1 << 20, origin: AppendOrigin.Client }))
      .toThrow(expect.objectContaining({ code: ErrorCode.INVALID_RECORD, message: expect.stringMatching(/control batches may only be written by the broker/) }));
  });
});

describe('Fetch isolation level and aborted transactions', () => {
  const protocol = createKafkaProtocol({ servedApiKeys: [ApiKey.ApiVersions, ApiKey.Fetch] });
  const fetchBody = (isolationLevel: number) => ({
    replicaId: -1, maxWaitMs: 500, minBytes: 1, maxBytes: 1 << 20, isolationLevel,
    topics: [{ topic: 't', partitions: [{ partition: 0, fetchOffset: 0, partitionMaxBytes: 1 << 20 }, { partition: 1, fetchOffset: 0, partitionMaxBytes: 1 << 20 }] }],
  });
  const response = (abortedTransactions?: { producerId: number; firstOffset: number }[]): FetchResponse => ({
    throttleTimeMs: 0, errorCode: 0,
    topics: [{ name: 't', partitions: [
      { partition: 0, errorCode: 0, highWatermark: 20, lastStableOffset: 12, logStartOffset: 0, records: Buffer.alloc(0), abortedTransactions },
      { partition: 1, errorCode: 0, highWatermark: 3, lastStableOffset: 3, logStartOffset: 0, records: Buffer.alloc(0) },
    ] }],
  });
  const call = (version: number) => ({ apiKey: ApiKey.Fetch, version, request: fetchCodec.request, response: fetchCodec.response });

  test.each([4, 12])('v%i read_committed: the log\'s aborted transactions and the last stable offset go out; none found is an empty list', async (version) => {
    const aborted = [{ producerId: 4000, firstOffset: 5 }, { producerId: 2 ** 40, firstOffset: 9 }];
    const { decoded, response: r } = await exchange(protocol, call(version), fetchBody(1), response(aborted));
    expect(decoded).toMatchObject({ isolationLevel: 1 });
    const partitions = (r.responses as { partitions: Record<string, unknown>[] }[])[0]!.partitions;
    expect(partitions[0]).toMatchObject({ highWatermark: 20, lastStableOffset: 12, abortedTransactions: aborted });
    expect(partitions[1]).toMatchObject({ lastStableOffset: 3, abortedTransactions: [] });
  });

  test('read_uncommitted: abortedTransactions is null, as Kafka sends it', async () => {
    const { decoded, response: r } = await exchange(protocol, call(4), fetchBody(0), response());
    expect(decoded).toMatchObject({ isolationLevel: 0 });
    expect((r.responses as { partitions: Record<string, unknown>[] }[])[0]!.partitions.map((p) => p.abortedTransactions)).toEqual([null, null]);
  });

  test('an isolation level Kafka does not know is refused whole', async () => {
    await expect(exchange(protocol, call(4), fetchBody(2), response())).rejects.toThrow(/unknown isolation level 2/);
  });
});
