/**
 * AlterPartitionReassignments (45) and ListPartitionReassignments (46) v0 on the Kafka listener:
 * a golden request frame written byte by byte as Kafka's client sends it (flexible v0: compact
 * lengths, tagged fields), nulls for cancellation and "every partition", and the answers read
 * back as a client reads them.
 */
import { ErrorCode } from '../../../../proto/errors';
import { exchange, type KafkaCall } from '../../../../test/kafka/admin-wire';
import { implementedApiKeys } from '../../handlers/implemented-apis';
import { createKafkaProtocol } from '.';
import type { AnyKafkaApiCodec } from './api-codec';
import { alterPartitionReassignmentsCodec, listPartitionReassignmentsCodec } from './reassignments';

const protocol = createKafkaProtocol({ servedApiKeys: implementedApiKeys });
const call = (codec: AnyKafkaApiCodec): KafkaCall => ({ apiKey: codec.apiKey, version: 0, request: codec.request, response: codec.response });

describe('AlterPartitionReassignments (45) on the Kafka listener', () => {
  it('decodes a golden v0 frame: a target and a cancellation (null replicas)', async () => {
    const golden = Buffer.from([
      0x00, 0x2d, 0x00, 0x00, 0x00, 0x00, 0x00, 0x07, // api key 45, version 0, correlation id 7
      0x00, 0x01, 0x63, 0x00, // client id "c" (int16 length), header tagged fields
      0x00, 0x00, 0x75, 0x30, // timeoutMs 30000
      0x02, 0x02, 0x74, // one topic, name "t" (compact)
      0x03, // two partitions
      0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x02, 0x00, // 0 -> [3, 2]
      0x00, 0x00, 0x00, 0x01, 0x00, 0x00, // 1 -> null
      0x00, 0x00, // topic and request tagged fields
    ]);
    const parsed = protocol.parseRequest(golden);
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(await parsed.decode()).toEqual({
      timeoutMs: 30_000, topics: [{ name: 't', partitions: [{ partitionIndex: 0, replicas: [3, 2] }, { partitionIndex: 1, replicas: null }] }],
    });
  });

  it('answers per partition, null messages where there is no error, and the error response names every partition', async () => {
    const body = { timeoutMs: 1000, topics: [{ name: 't', partitions: [{ partitionIndex: 0, replicas: [1] }, { partitionIndex: 1, replicas: null }] }] };
    const domain = {
      errorCode: 0, errorMessage: '',
      responses: [{ name: 't', partitions: [
        { partitionIndex: 0, errorCode: 0, errorMessage: '' },
        { partitionIndex: 1, errorCode: ErrorCode.NO_REASSIGNMENT_IN_PROGRESS, errorMessage: 'none in progress' },
      ] }],
    };
    const { response, errorResponse } = await exchange(protocol, call(alterPartitionReassignmentsCodec), body, domain);
    expect(response).toEqual({
      throttleTimeMs: 0, errorCode: 0, errorMessage: null,
      responses: [{ name: 't', partitions: [
        { partitionIndex: 0, errorCode: 0, errorMessage: null },
        { partitionIndex: 1, errorCode: ErrorCode.NO_REASSIGNMENT_IN_PROGRESS, errorMessage: 'none in progress' },
      ] }],
    });
    expect(errorResponse(ErrorCode.CLUSTER_AUTHORIZATION_FAILED, 'no')).toEqual({
      throttleTimeMs: 0, errorCode: ErrorCode.CLUSTER_AUTHORIZATION_FAILED, errorMessage: 'no',
      responses: [{ name: 't', partitions: [0, 1].map((partitionIndex) => ({ partitionIndex, errorCode: ErrorCode.CLUSTER_AUTHORIZATION_FAILED, errorMessage: 'no' })) }],
    });
  });
});

describe('ListPartitionReassignments (46) on the Kafka listener', () => {
  it('null topics asks for every move; the answer carries replicas, adding and removing', async () => {
    const domain = {
      errorCode: 0, errorMessage: '',
      topics: [{ name: 't', partitions: [{ partitionIndex: 0, replicas: [3, 2, 1], addingReplicas: [3], removingReplicas: [1] }] }],
    };
    const { decoded, response } = await exchange(protocol, call(listPartitionReassignmentsCodec), { timeoutMs: 1000, topics: null }, domain);
    expect(decoded).toEqual({ timeoutMs: 1000, topics: null });
    expect(response).toEqual({ throttleTimeMs: 0, errorCode: 0, errorMessage: null, topics: domain.topics });
    const named = await exchange(protocol, call(listPartitionReassignmentsCodec), { timeoutMs: 1000, topics: [{ name: 't', partitionIndexes: [4] }] },
      { errorCode: ErrorCode.NOT_CONTROLLER, errorMessage: 'not here', topics: [] });
    expect(named.decoded).toEqual({ timeoutMs: 1000, topics: [{ name: 't', partitionIndexes: [4] }] });
    expect(named.response).toEqual({ throttleTimeMs: 0, errorCode: ErrorCode.NOT_CONTROLLER, errorMessage: 'not here', topics: [] });
  });
});
