import { allowAllAuthorizer } from '../../security/authorizer';
import pino from 'pino';
import { ErrorCode } from '../../../proto/errors';
import type { samsa } from '../../../proto/generated/samsa';
import type { FetchParams, FetchPartitionResult, ReplicaDataPlane } from '../../cluster/replica-data-plane';
import { callThroughProtobuf, testRequestContext } from '../../../test/support/protobuf-handler-call';
import { handlerTable } from '../request';
import { fetchHandler } from './fetch';
import type { BrokerServices } from './index';

const ctx = testRequestContext(1, 'EXTERNAL');

/** A data plane that records what it was asked and answers one byte per partition. */
function setup() {
  const calls: FetchParams[] = [];
  const replicaDataPlane = {
    fetchMessages: async (params: FetchParams): Promise<FetchPartitionResult[]> => {
      calls.push(params);
      return params.partitions.map((p) => ({
        topic: p.topic, partition: p.partition, errorCode: ErrorCode.NONE, errorMessage: '',
        highWatermark: 10, lastStableOffset: 10, logStartOffset: 0, records: Buffer.from([p.partition]),
      }));
    },
  };
  const services = { replicaDataPlane: replicaDataPlane as unknown as ReplicaDataPlane, logger: pino({ level: 'silent' }), authorizer: allowAllAuthorizer } as BrokerServices;
  const table = handlerTable({ 1: fetchHandler(services) });
  const fetch = (body: samsa.v1.IFetchRequest) => callThroughProtobuf(table, ctx, body, { closeConnection: () => undefined }) as Promise<samsa.v1.IFetchResponse>;
  return { calls, fetch };
}

function request(maxBytes: number | undefined, partitionMaxBytes: Array<number | undefined>): samsa.v1.IFetchRequest {
  return {
    replicaId: -1, maxWaitMs: 500, minBytes: 1, maxBytes,
    topics: [{ name: 't', partitions: partitionMaxBytes.map((bytes, partition) => ({ partition, fetchOffset: 0, currentLeaderEpoch: -1, logStartOffset: -1, partitionMaxBytes: bytes })) }],
  };
}

describe('Fetch sizes', () => {
  it.each([0, -1, -2147483648, undefined])('refuses max_bytes %p with a top-level INVALID_FETCH_SIZE and reads nothing', async (maxBytes) => {
    const { calls, fetch } = setup();
    const resp = await fetch(request(maxBytes, [1024]));
    expect(resp.errorCode).toBe(ErrorCode.INVALID_FETCH_SIZE);
    expect(resp.topics).toEqual([]);
    expect(calls).toHaveLength(0);
  });

  it.each([0, -1, undefined])('answers INVALID_FETCH_SIZE for a partition_max_bytes of %p and reads the other partitions at once', async (bad) => {
    const { calls, fetch } = setup();
    const resp = await fetch(request(4096, [1024, bad, 1024]));
    expect(resp.errorCode).toBe(ErrorCode.NONE);
    const partitions = resp.topics![0]!.partitions!;
    expect(partitions.map((p) => [p.partition, p.errorCode])).toEqual([[0, ErrorCode.NONE], [1, ErrorCode.INVALID_FETCH_SIZE], [2, ErrorCode.NONE]]);
    expect(partitions[1]!.records).toHaveLength(0);
    expect(partitions.map((p) => Buffer.from(p.records!).toString('hex'))).toEqual(['00', '', '02']);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.partitions.map((p) => p.partition)).toEqual([0, 2]);
    expect(calls[0]!.maxWaitMs).toBe(0); // an error answers at once: no long poll
  });

  it('reads nothing when every partition_max_bytes is invalid', async () => {
    const { calls, fetch } = setup();
    const resp = await fetch(request(4096, [0, -5]));
    expect(resp.topics![0]!.partitions!.map((p) => p.errorCode)).toEqual([ErrorCode.INVALID_FETCH_SIZE, ErrorCode.INVALID_FETCH_SIZE]);
    expect(calls).toHaveLength(0);
  });

  it('passes positive sizes and the long poll through unchanged', async () => {
    const { calls, fetch } = setup();
    const resp = await fetch(request(4096, [1, 1024]));
    expect(resp.errorCode).toBe(ErrorCode.NONE);
    expect(calls[0]).toMatchObject({ maxBytes: 4096, maxWaitMs: 500, minBytes: 1 });
    expect(calls[0]!.partitions.map((p) => p.partitionMaxBytes)).toEqual([1, 1024]);
  });
});
