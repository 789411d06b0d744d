/**
 * ApiVersions (18), v0-v3 (v3 flexible, KIP-511 client software name and version). The list is
 * the APIs the broker serves (the domain response) at the versions the Kafka listener speaks,
 * not the protobuf protocol's. A request at a version this broker does not know is answered at
 * v0 with UNSUPPORTED_VERSION and the full list, so that the client can retry at one it does
 * (Kafka's fallback; the client's ApiVersions header is v2 but it parses a v0 response).
 */
import { ApiKey } from '../../../../proto/api';
import { ErrorCode, SamsaProtocolError } from '../../../../proto/errors';
import type { DomainKafkaCodec } from './api-codec';
import { array, field, message, struct, versions, type KafkaStruct, type VersionRange } from './schema';

const request = message('ApiVersionsRequest', '0-3', '3+',
  field('clientSoftwareName', 'string', '3+'),
  field('clientSoftwareVersion', 'string', '3+'),
);

const response = message('ApiVersionsResponse', '0-3', '3+',
  field('errorCode', 'int16', '0+'),
  field('apiKeys', array(struct(
    field('apiKey', 'int16', '0+'),
    field('minVersion', 'int16', '0+'),
    field('maxVersion', 'int16', '0+'),
  )), '0+'),
  field('throttleTimeMs', 'int32', '1+'),
);

/** KIP-511: what a client may call itself. */
const softwareNamePattern = /^[a-zA-Z0-9](?:[a-zA-Z0-9\-.]*[a-zA-Z0-9])?$/;

/** The Kafka listener's version range for each api key it has a codec for. */
export type VersionTable = ReadonlyMap<number, VersionRange>;

export function apiKeysStruct(apiKeys: readonly number[], table: VersionTable): KafkaStruct[] {
  const out: KafkaStruct[] = [];
  for (const apiKey of [...apiKeys].sort((a, b) => a - b)) {
    const range = table.get(apiKey);
    if (range !== undefined) out.push({ apiKey, minVersion: range[0], maxVersion: range[1] });
  }
  return out;
}

export function apiVersionsCodec(table: () => VersionTable): DomainKafkaCodec<typeof ApiKey.ApiVersions> {
  return {
    apiKey: ApiKey.ApiVersions,
    versions: versions('0-3'),
    request,
    response,
    decode: (body, version) => {
      const clientSoftwareName = body.clientSoftwareName as string;
      const clientSoftwareVersion = body.clientSoftwareVersion as string;
      if (version >= 3 && (!softwareNamePattern.test(clientSoftwareName) || !softwareNamePattern.test(clientSoftwareVersion))) {
        throw new SamsaProtocolError(ErrorCode.INVALID_REQUEST, `invalid client software name or version "${clientSoftwareName}" "${clientSoftwareVersion}"`);
      }
      return { clientSoftwareName, clientSoftwareVersion };
    },
    encode: (resp) => ({ errorCode: resp.errorCode, apiKeys: apiKeysStruct(resp.apiKeys.map((k) => k.apiKey), table()), throttleTimeMs: 0 }),
    errorResponse: (_req, errorCode) => ({ errorCode, apiKeys: [], throttleTimeMs: 0 }),
  };
}
