/**
 * Kafka's binary protocol on a listener (`listener.wire.protocol.map`, NAME:kafka). A request is
 * Kafka's request header (v1, or v2 for flexible versions: api key, api version, correlation id,
 * client id, tagged fields) and the API's body at that version; a response is the correlation id
 * (plus tagged fields in flexible versions, except ApiVersions, whose response header stays v0)
 * and the body. What Kafka cannot parse it does not answer: an unknown api key, an unsupported
 * version of any API but ApiVersions, or a malformed body closes the connection, as Kafka's
 * SocketServer does. The same handlers serve this protocol and protobuf.
 */
import { ApiKey } from '../../../../proto/api';
import type { ParsedRequest, UnparsableRequest, WireProtocol } from '../../codec';
import type { RequestHeader } from '../../request';
import { aclCodecs } from './acls';
import { adminCodecs } from './admin-codecs';
import type { AnyKafkaApiCodec } from './api-codec';
import { apiKeysStruct, apiVersionsCodec, type VersionTable } from './api-versions';
import { dataCodecs } from './data-codecs';
import { partitionCodecs } from './partition-codecs';
import { groupCodecs } from './group-codecs';
import { KafkaDecodeError, KafkaReader, KafkaWriter } from './primitives';
import { inVersions, readMessage, writeMessage, type VersionRange } from './schema';
import { transactionCodecs } from './transaction-codecs';
import { saslAuthenticateCodec, saslHandshakeCodec } from './sasl';

/** Request header: api key, version, correlation id. */
const requestHeaderFixedBytes = 8;

export interface KafkaProtocolOptions {
  /** The api keys the broker has handlers for: ApiVersions advertises no others. */
  servedApiKeys: readonly number[];
}

export function createKafkaProtocol(options: KafkaProtocolOptions): WireProtocol {
  const served = new Set(options.servedApiKeys);
  const codecs = new Map<number, AnyKafkaApiCodec>();
  let table: VersionTable = new Map();
  const register = (codec: AnyKafkaApiCodec): void => {
    if (codecs.has(codec.apiKey)) throw new Error(`two Kafka codecs for api key ${codec.apiKey}`);
    codecs.set(codec.apiKey, codec);
  };
  register(apiVersionsCodec(() => table));
  for (const codec of [...dataCodecs, ...groupCodecs, ...adminCodecs, ...transactionCodecs, ...aclCodecs, ...partitionCodecs, saslHandshakeCodec, saslAuthenticateCodec]) register(codec);
  table = new Map([...codecs].filter(([key]) => served.has(key)).map(([key, codec]) => [key, codec.versions]));

  const parseRequest = (message: Buffer): ParsedRequest | UnparsableRequest => {
    if (message.length < requestHeaderFixedBytes) return { ok: false, correlationId: 0, reason: `request of ${message.length} bytes is shorter than a request header` };
    const r = new KafkaReader(message);
    const apiKey = r.int16();
    const apiVersion = r.int16();
    const correlationId = r.int32();
    const codec = table.has(apiKey) ? codecs.get(apiKey) : undefined;
    if (codec === undefined) return { ok: false, correlationId, reason: `unknown or unserved api key ${apiKey}` };
    const supported = inVersions(codec.versions, apiVersion);
    if (!supported && apiKey !== ApiKey.ApiVersions) {
      return { ok: false, correlationId, reason: `api key ${apiKey} version ${apiVersion} is not supported (${codec.versions[0]}-${codec.versions[1]})` };
    }
    let clientId: string;
    try {
      clientId = r.string(false, true) ?? '';
      // Header v2 (flexible versions) ends with tagged fields; an unknown ApiVersions version is
      // read as flexible, since every version a client could send beyond ours is.
      if (!supported || inVersions(codec.request.flexibleVersions, apiVersion)) r.taggedFields();
    } catch (err) {
      return { ok: false, correlationId, reason: `unreadable request header: ${(err as Error).message}` };
    }
    const header: RequestHeader = { apiKey, apiVersion, correlationId, clientId };
    let decoded: unknown;
    return {
      ok: true,
      header,
      decode: async () => {
        if (!supported) return { clientSoftwareName: '', clientSoftwareVersion: '' };
        const body = readMessage(codec.request, apiVersion, r);
        if (r.remaining() !== 0) throw new KafkaDecodeError(`${r.remaining()} bytes after the ${codec.request.name} v${apiVersion} body`);
        decoded = await codec.decode(body, apiVersion);
        return decoded;
      },
      encodeResponse: async (response: unknown) => frame(codec, header, await codec.encode(response, apiVersion, decoded)),
      encodeError: (errorCode: number, errorMessage: string) => {
        if (apiKey === ApiKey.ApiVersions) {
          // KIP-511 fallback: v0 when the client's version is unknown, with every key we serve.
          const version = supported ? apiVersion : 0;
          return frame(codec, { ...header, apiVersion: version }, { errorCode, apiKeys: apiKeysStruct([...served], table), throttleTimeMs: 0 });
        }
        if (decoded === undefined) return undefined;
        return frame(codec, header, codec.errorResponse(decoded, errorCode, errorMessage, apiVersion));
      },
    };
  };

  return {
    name: 'kafka',
    parseRequest,
    versionRange: (apiKey: number): VersionRange | undefined => table.get(apiKey),
    encodeResponse: () => {
      throw new Error('Kafka responses are encoded by their parsed request');
    },
    encodeError: () => undefined,
  };
}

function frame(codec: AnyKafkaApiCodec, header: RequestHeader, body: Record<string, unknown>): Buffer {
  const w = new KafkaWriter(256, 4);
  w.int32(header.correlationId);
  // Response header v1 in flexible versions, but ApiVersions answers with v0 always (KIP-511).
  if (header.apiKey !== ApiKey.ApiVersions && inVersions(codec.response.flexibleVersions, header.apiVersion)) w.uvarint(0);
  writeMessage(codec.response, header.apiVersion, body, w);
  return w.finishFrame();
}

