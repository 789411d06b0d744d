import { ApiKey } from '../../../../proto/api';
import { ErrorCode } from '../../../../proto/errors';
import { createKafkaProtocol } from '.';
import type { ParsedRequest } from '../../codec';
import { KafkaReader, KafkaWriter } from './primitives';

const protocol = createKafkaProtocol({ servedApiKeys: [ApiKey.ApiVersions, ApiKey.Metadata] });

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
