import { ApiKey } from '../../../../proto/api';
import { ErrorCode } from '../../../../proto/errors';
import { createKafkaProtocol } from '.';
import type { ParsedRequest } from '../../codec';
import { KafkaReader, KafkaWriter } from './primitives';

// Metadata has a Kafka codec but is not served here: ApiVersions must not advertise it.
const protocol = createKafkaProtocol({ servedApiKeys: [ApiKey.ApiVersions] });

function requestBytes(apiKey: number, version: number, correlationId: number, flexibleHeader: boolean, body: (w: KafkaWriter) => void): Buffer {
  const w = new KafkaWriter();
  w.int16(apiKey).int16(version).int32(correlationId).string('test-client', false);
  if (flexibleHeader) w.uvarint(0);
  body(w);
  return Buffer.from(w.finish());
}

function readApiVersionsResponse(frame: Buffer, version: number): { correlationId: number; errorCode: number; keys: number[][] } {
  const r = new KafkaReader(frame);
  expect(r.int32()).toBe(frame.length - 4);
  const correlationId = r.int32();
  const flexible = version >= 3;
  const errorCode = r.int16();
  const count = r.arrayLength(flexible, false);
  const keys: number[][] = [];
  for (let i = 0; i < count; i++) {
    keys.push([r.int16(), r.int16(), r.int16()]);
    if (flexible) r.taggedFields();
  }
  if (version >= 1) r.int32();
  if (flexible) r.taggedFields();
  expect(r.remaining()).toBe(0);
  return { correlationId, errorCode, keys };
}

async function answer(parsed: ParsedRequest, response: unknown): Promise<Buffer> {
  await parsed.decode();
  return parsed.encodeResponse!(response);
}

const domainResponse = { errorCode: 0, apiKeys: [{ apiKey: ApiKey.ApiVersions, minVersion: 0, maxVersion: 0 }, { apiKey: ApiKey.Metadata, minVersion: 0, maxVersion: 0 }] };

describe('Kafka protocol: ApiVersions', () => {
  test.each([0, 1, 2, 3])('v%i answers with the Kafka listener\'s ranges for the served APIs only', async (version) => {
    const bytes = requestBytes(ApiKey.ApiVersions, version, 42, version >= 3, (w) => {
      if (version >= 3) w.string('librdkafka', true).string('2.0.2', true).uvarint(0);
    });
    const parsed = protocol.parseRequest(bytes);
    expect(parsed.ok).toBe(true);
    const response = readApiVersionsResponse(await answer(parsed as ParsedRequest, domainResponse), version);
    expect(response.correlationId).toBe(42);
    expect(response.errorCode).toBe(ErrorCode.NONE);
    expect(response.keys).toEqual([[ApiKey.ApiVersions, 0, 3]]);
  });

  test('an unknown (newer) version gets the v0 fallback: UNSUPPORTED_VERSION and the list', () => {
    const bytes = requestBytes(ApiKey.ApiVersions, 9, 7, true, (w) => w.string('x', true).string('1', true).uvarint(0).raw(Buffer.from([1, 2, 3])));
    const parsed = protocol.parseRequest(bytes) as ParsedRequest;
    expect(parsed.ok).toBe(true);
    expect(protocol.versionRange(ApiKey.ApiVersions)).toEqual([0, 3]);
    const response = readApiVersionsResponse(parsed.encodeError!(ErrorCode.UNSUPPORTED_VERSION, 'too new')!, 0);
    expect(response).toEqual({ correlationId: 7, errorCode: ErrorCode.UNSUPPORTED_VERSION, keys: [[ApiKey.ApiVersions, 0, 3]] });
  });

  test('v3 with an invalid client software name is refused with INVALID_REQUEST at v3', async () => {
    const bytes = requestBytes(ApiKey.ApiVersions, 3, 8, true, (w) => w.string('-bad name', true).string('1', true).uvarint(0));
    const parsed = protocol.parseRequest(bytes) as ParsedRequest;
    await expect(Promise.resolve().then(() => parsed.decode())).rejects.toThrow(/software name/);
    const response = readApiVersionsResponse(parsed.encodeError!(ErrorCode.INVALID_REQUEST, 'bad name')!, 3);
    expect(response.errorCode).toBe(ErrorCode.INVALID_REQUEST);
  });
});

describe('Kafka protocol: what it cannot parse closes the connection', () => {
  test('a frame shorter than a request header', () => {
    expect(protocol.parseRequest(Buffer.from([0, 18, 0]))).toMatchObject({ ok: false, correlationId: 0 });
  });

  test('an unknown api key, and an API the broker does not serve', () => {
    expect(protocol.parseRequest(requestBytes(999, 0, 5, false, () => undefined))).toMatchObject({ ok: false, correlationId: 5 });
    expect(protocol.parseRequest(requestBytes(ApiKey.Produce, 3, 6, false, () => undefined))).toMatchObject({ ok: false, correlationId: 6 });
  });

  test('trailing bytes after the body and a malformed tagged-field section', async () => {
    const trailing = protocol.parseRequest(requestBytes(ApiKey.ApiVersions, 1, 9, false, (w) => w.int8(0))) as ParsedRequest;
    await expect(Promise.resolve().then(() => trailing.decode())).rejects.toThrow(/bytes after/);
    const badTags = protocol.parseRequest(requestBytes(ApiKey.ApiVersions, 3, 10, false, (w) => w.raw(Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff]))));
    expect(badTags).toMatchObject({ ok: false, correlationId: 10 });
  });

  test('the protocol itself has no error frame for a request it could not read', () => {
    expect(protocol.encodeError({ correlationId: 1 }, ErrorCode.INVALID_REQUEST, 'x')).toBeUndefined();
  });
});

describe('Kafka protocol: Metadata', () => {
  const withMetadata = createKafkaProtocol({ servedApiKeys: [ApiKey.ApiVersions, ApiKey.Metadata] });
  const domain = {
    brokers: [{ nodeId: 1, host: 'h1', port: 19092, rack: '' }, { nodeId: 2, host: 'h2', port: 19093, rack: 'r2' }],
    clusterId: 'c1', controllerId: 2,
    topics: [{ errorCode: 0, name: 't', isInternal: false, partitions: [{ errorCode: 0, partition: 0, leaderId: 1, leaderEpoch: 4, replicaNodes: [1, 2], isrNodes: [1], offlineReplicas: [2] }] }],
  };

  function metadataRequest(version: number, topics: string[] | null): ParsedRequest {
    const flexible = version >= 9;
    return withMetadata.parseRequest(requestBytes(ApiKey.Metadata, version, 3, flexible, (w) => {
      w.arrayLength(topics === null ? null : topics.length, flexible);
      for (const t of topics ?? []) {
        w.string(t, flexible);
        if (flexible) w.uvarint(0);
      }
      if (version >= 4) w.bool(false);
      if (version >= 8) w.bool(false).bool(false);
      if (flexible) w.uvarint(0);
    })) as ParsedRequest;
  }

  test('v0: an empty list is every topic; v1+: null is, and an empty list is none', async () => {
    expect(await metadataRequest(0, []).decode()).toEqual({ topics: [], allTopics: true, allowAutoTopicCreation: true });
    expect(await metadataRequest(1, []).decode()).toEqual({ topics: [], allTopics: false, allowAutoTopicCreation: true });
    expect(await metadataRequest(9, null).decode()).toEqual({ topics: [], allTopics: true, allowAutoTopicCreation: false });
    expect(await metadataRequest(4, ['a', 'b']).decode()).toEqual({ topics: ['a', 'b'], allTopics: false, allowAutoTopicCreation: false });
  });

  test.each([0, 1, 5, 7, 9])('v%i response carries the fields of its version', async (version) => {
    const parsed = metadataRequest(version, ['t']);
    await parsed.decode();
    const frame = await parsed.encodeResponse!(domain);
    const flexible = version >= 9;
    const r = new KafkaReader(frame, 4);
    expect(r.int32()).toBe(3);
    if (flexible) r.taggedFields();
    if (version >= 3) expect(r.int32()).toBe(0);
    expect(r.arrayLength(flexible, false)).toBe(2);
    const brokers = [0, 1].map(() => {
      const b = [r.int32(), r.string(flexible, false), r.int32(), version >= 1 ? r.string(flexible, true) : undefined];
      if (flexible) r.taggedFields();
      return b;
    });
    expect(brokers).toEqual([[1, 'h1', 19092, version >= 1 ? null : undefined], [2, 'h2', 19093, version >= 1 ? 'r2' : undefined]]);
    if (version >= 2) expect(r.string(flexible, true)).toBe('c1');
    if (version >= 1) expect(r.int32()).toBe(2);
    expect(r.arrayLength(flexible, false)).toBe(1);
    expect([r.int16(), r.string(flexible, false)]).toEqual([0, 't']);
    if (version >= 1) expect(r.bool()).toBe(false);
    expect(r.arrayLength(flexible, false)).toBe(1);
    expect([r.int16(), r.int32(), r.int32()]).toEqual([0, 0, 1]);
    if (version >= 7) expect(r.int32()).toBe(4);
    const ints = (): number[] => Array.from({ length: r.arrayLength(flexible, false) }, () => r.int32());
    expect([ints(), ints()]).toEqual([[1, 2], [1]]);
    if (version >= 5) expect(ints()).toEqual([2]);
    if (flexible) r.taggedFields();
    if (version >= 8) expect(r.int32()).toBe(-2147483648);
    if (flexible) r.taggedFields();
    if (version >= 8) expect(r.int32()).toBe(-2147483648);
    if (flexible) r.taggedFields();
    expect(r.remaining()).toBe(0);
  });
});
