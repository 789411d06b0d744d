import { ApiKey, apiName, bodyFieldByApiKey } from '../../../../proto/api';
import { encodeRequestFrame, samsa } from '../../../../proto/frame';
import { implementedApiKeys } from '../../handlers/implemented-apis';
import { controlledShutdownClientCodec, leaderAndIsrClientCodec, stopReplicaClientCodec, updateMetadataClientCodec } from './control';
import { protobufCodecs, protobufProtocol } from './index';
import { fetchClientCodec, listOffsetsClientCodec, offsetForLeaderEpochClientCodec } from './produce-fetch';
import { responseFrameBytes } from '../../codec';

/** The paths of fields that are undefined or null anywhere in `value`. */
function missingFields(value: unknown, path = ''): string[] {
  if (value === undefined || value === null) return [path];
  if (Buffer.isBuffer(value) || typeof value !== 'object') return [];
  if (Array.isArray(value)) return value.flatMap((v, i) => missingFields(v, `${path}[${i}]`));
  return Object.entries(value).flatMap(([k, v]) => missingFields(v, `${path}.${k}`));
}

describe('protobuf codecs', () => {
  it('exist for every API the broker serves, and only those', () => {
    expect(Object.keys(protobufCodecs).map(Number).sort((a, b) => a - b)).toEqual([...implementedApiKeys].sort((a, b) => a - b));
  });

  it.each(implementedApiKeys.map((k) => [apiName(k), k]))('%s: an empty body decodes to a request with every field set', (_name, apiKey) => {
    const request = protobufCodecs[apiKey as ApiKey].decodeRequest({}, 0);
    expect(missingFields(request)).toEqual([]);
  });

  it('fill nested records too, and turn bytes into Buffers', () => {
    const produce = protobufCodecs[ApiKey.Produce].decodeRequest({ topics: [{ partitions: [{}] }] }, 0);
    expect(missingFields(produce)).toEqual([]);
    expect(Buffer.isBuffer(produce.topics[0]!.partitions[0]!.records)).toBe(true);
    const fetch = protobufCodecs[ApiKey.Fetch].decodeRequest({ topics: [{ partitions: [{}] }] }, 0);
    expect(fetch.topics[0]!.partitions[0]).toEqual({ partition: 0, currentLeaderEpoch: -1, fetchOffset: 0, logStartOffset: -1, partitionMaxBytes: 0 });
  });

  it('decode every response a broker receives with every field set', () => {
    const responses = [
      fetchClientCodec.decodeResponse({ topics: [{ partitions: [{}] }] }, 0),
      listOffsetsClientCodec.decodeResponse({ topics: [{ partitions: [{}] }] }, 0),
      offsetForLeaderEpochClientCodec.decodeResponse({ topics: [{ partitions: [{}] }] }, 0),
      leaderAndIsrClientCodec.decodeResponse({ partitionErrors: [{}] }, 0),
      updateMetadataClientCodec.decodeResponse({}, 0),
      stopReplicaClientCodec.decodeResponse({ partitionErrors: [{}] }, 0),
      controlledShutdownClientCodec.decodeResponse({ remainingPartitions: [{}] }, 0),
    ];
    for (const r of responses) expect(missingFields(r)).toEqual([]);
  });

  it('parse the envelope into the header and the domain request, and refuse a body of another API', () => {
    const frame = encodeRequestFrame({ header: { apiKey: ApiKey.Metadata, apiVersion: 0, correlationId: 9, clientId: 'c' }, metadata: { topics: ['a'] } });
    const parsed = protobufProtocol.parseRequest(frame.subarray(4));
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(parsed.header).toEqual({ apiKey: ApiKey.Metadata, apiVersion: 0, correlationId: 9, clientId: 'c' });
    expect(parsed.bodyProblem).toBeUndefined();
    expect(parsed.decode()).toEqual({ topics: ['a'], allTopics: false, allowAutoTopicCreation: false });
    const mismatched = encodeRequestFrame({ header: { apiKey: ApiKey.Fetch, correlationId: 3 }, metadata: {} });
    const wrong = protobufProtocol.parseRequest(mismatched.subarray(4));
    expect(wrong.ok && wrong.bodyProblem).toBe('does not match a metadata body');
  });

  it('encode a domain response into the body field of its API', () => {
    const header = { apiKey: ApiKey.Heartbeat, apiVersion: 0, correlationId: 5, clientId: '' };
    const frame = protobufProtocol.encodeResponse(header, { errorCode: 27 });
    const decoded = samsa.v1.Response.decode(responseFrameBytes(frame).subarray(4));
    expect(decoded.correlationId).toBe(5);
    expect(decoded.body).toBe(bodyFieldByApiKey[ApiKey.Heartbeat]);
    expect(decoded.heartbeat?.errorCode).toBe(27);
  });

  it.each([
    [ApiKey.WriteTxnMarkers, { markers: [{ producerId: 1, producerEpoch: -2147483647, topics: [] }] }],
    [ApiKey.EndTxn, { transactionalId: 't', producerId: 1, producerEpoch: 40_000 }],
    [ApiKey.TxnOffsetCommit, { transactionalId: 't', groupId: 'g', producerId: 1, producerEpoch: -40_000 }],
    [ApiKey.InitProducerId, { transactionalId: 't', producerId: 1, producerEpoch: 32_768 }],
    [ApiKey.AddPartitionsToTxn, { transactionalId: 't', producerId: -5, producerEpoch: 0 }],
    [ApiKey.AddOffsetsToTxn, { transactionalId: 't', producerId: 2 ** 60, producerEpoch: 0 }],
  ])('refuse a producer epoch outside int16 or a producer id that is not one (api %s) as INVALID_REQUEST', (apiKey, body) => {
    // Found by the protocol fuzzer: an epoch past int16 reached the marker encoder and failed the request as a server error.
    expect(() => protobufCodecs[apiKey as ApiKey].decodeRequest(body as never, 0)).toThrow(expect.objectContaining({ code: 42 }));
  });
});

