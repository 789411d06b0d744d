/**
 * CreatePartitions, DeleteRecords and DescribeLogDirs on the Kafka listener: each at its lowest
 * and highest advertised version, the request mapped onto the domain and the domain response
 * (and the error response) read back as a Kafka client reads it.
 */
import { ErrorCode } from '../../../../proto/errors';
import { exchange, type KafkaCall } from '../../../../test/kafka/admin-wire';
import { implementedApiKeys } from '../../handlers/implemented-apis';
import { createKafkaProtocol } from '.';
import type { AnyKafkaApiCodec } from './api-codec';
import { createPartitionsCodec } from './create-partitions';
import { deleteRecordsCodec } from './delete-records';
import { describeLogDirsCodec } from './describe-log-dirs';

const protocol = createKafkaProtocol({ servedApiKeys: implementedApiKeys });
const call = (codec: AnyKafkaApiCodec, version: number): KafkaCall => ({ apiKey: codec.apiKey, version, request: codec.request, response: codec.response });

describe('CreatePartitions (37) on the Kafka listener', () => {
  const results = [{ name: 'orders', errorCode: 0, errorMessage: '' }, { name: 'bad', errorCode: ErrorCode.INVALID_PARTITIONS, errorMessage: 'Topic already has 3 partitions.' }];

  it.each([0, 3])('v%i: a null assignment list is the controller\'s choice; messages are null when there is no error', async (version) => {
    const body = { topics: [{ name: 'orders', count: 4, assignments: null }, { name: 'bad', count: 3, assignments: [{ brokerIds: [1, 2] }] }], timeoutMs: 5000, validateOnly: true };
    const { decoded, response, errorResponse } = await exchange(protocol, call(createPartitionsCodec, version), body, { results });
    expect(decoded).toEqual({
      timeoutMs: 5000, validateOnly: true,
      topics: [{ name: 'orders', count: 4, assignments: null }, { name: 'bad', count: 3, assignments: [[1, 2]] }],
    });
    expect(response).toEqual({
      throttleTimeMs: 0,
      results: [{ name: 'orders', errorCode: 0, errorMessage: null }, { name: 'bad', errorCode: ErrorCode.INVALID_PARTITIONS, errorMessage: 'Topic already has 3 partitions.' }],
    });
    expect(errorResponse(ErrorCode.NOT_CONTROLLER, 'moved').results).toEqual([
      { name: 'orders', errorCode: ErrorCode.NOT_CONTROLLER, errorMessage: 'moved' }, { name: 'bad', errorCode: ErrorCode.NOT_CONTROLLER, errorMessage: 'moved' },
    ]);
  });
});

describe('DeleteRecords (21) on the Kafka listener', () => {
  it.each([0, 2])('v%i: offsets per partition in, low watermarks and errors out', async (version) => {
    const body = { topics: [{ name: 'orders', partitions: [{ partitionIndex: 0, offset: 10 }, { partitionIndex: 1, offset: -1 }] }], timeoutMs: 30_000 };
    const domain = { topics: [{ name: 'orders', partitions: [{ partition: 0, lowWatermark: 10, errorCode: 0 }, { partition: 1, lowWatermark: -1, errorCode: ErrorCode.OFFSET_OUT_OF_RANGE }] }] };
    const { decoded, response, errorResponse } = await exchange(protocol, call(deleteRecordsCodec, version), body, domain);
    expect(decoded).toEqual({ timeoutMs: 30_000, topics: [{ name: 'orders', partitions: [{ partition: 0, offset: 10 }, { partition: 1, offset: -1 }] }] });
    expect(response).toEqual({
      throttleTimeMs: 0,
      topics: [{ name: 'orders', partitions: [{ partitionIndex: 0, lowWatermark: 10, errorCode: 0 }, { partitionIndex: 1, lowWatermark: -1, errorCode: ErrorCode.OFFSET_OUT_OF_RANGE }] }],
    });
    expect(errorResponse(ErrorCode.UNKNOWN_SERVER_ERROR, 'x').topics).toEqual([{
      name: 'orders', partitions: [{ partitionIndex: 0, lowWatermark: -1, errorCode: -1 }, { partitionIndex: 1, lowWatermark: -1, errorCode: -1 }],
    }]);
  });
});

describe('DescribeLogDirs (35) on the Kafka listener', () => {
  const domain = {
    errorCode: 0,
    results: [{ errorCode: 0, logDir: '/var/lib/samsa', topics: [{ name: 'orders', partitions: [{ partition: 0, sizeBytes: 4096, offsetLag: 0, isFuture: false }] }] }],
  };
  const wire = {
    errorCode: 0, logDir: '/var/lib/samsa', topics: [{ name: 'orders', partitions: [{ partitionIndex: 0, partitionSize: 4096, offsetLag: 0, isFutureKey: false }] }],
  };

  it('v0: a null topic list is every partition; no top-level error code', async () => {
    const { decoded, response } = await exchange(protocol, call(describeLogDirsCodec, 0), { topics: null }, domain);
    expect(decoded).toEqual({ topics: null });
    // The top-level error code is not on the wire before v3: a client reads its default.
    expect(response).toEqual({ throttleTimeMs: 0, errorCode: 0, results: [wire] });
  });

  it('v3: listed partitions, and the top-level error code (KIP-700)', async () => {
    const { decoded, response } = await exchange(protocol, call(describeLogDirsCodec, 3), { topics: [{ topic: 'orders', partitions: [0, 1] }] }, domain);
    expect(decoded).toEqual({ topics: [{ topic: 'orders', partitions: [0, 1] }] });
    expect(response).toEqual({ throttleTimeMs: 0, errorCode: 0, results: [wire] });
    const refused = await exchange(protocol, call(describeLogDirsCodec, 3), { topics: null }, { errorCode: ErrorCode.CLUSTER_AUTHORIZATION_FAILED, results: [] });
    expect(refused.response).toEqual({ throttleTimeMs: 0, errorCode: ErrorCode.CLUSTER_AUTHORIZATION_FAILED, results: [] });
  });
});
