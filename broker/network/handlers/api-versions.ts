/**
 * ApiVersions (18): the APIs this broker serves and their version range. Every API is at version 0
 * until a field changes meaning (envelope.proto). A request at a newer version still gets the list,
 * with UNSUPPORTED_VERSION, so that the client can pick a version (Kafka's KIP-511 behaviour).
 */
import { ErrorCode } from '../../../proto/errors';
import type { samsa } from '../../../proto/generated/samsa';
import type { RequestHandler } from '../request';
import { implementedApiKeys } from './implemented-apis';
import type { BrokerServices } from './index';

export const apiVersionMin = 0;
export const apiVersionMax = 0;

export function apiVersionsHandler(_services: BrokerServices): RequestHandler {
  return async (ctx): Promise<samsa.v1.IApiVersionsResponse> => {
    const version = ctx.header.apiVersion ?? 0;
    return {
      errorCode: version > apiVersionMax ? ErrorCode.UNSUPPORTED_VERSION : ErrorCode.NONE,
      apiKeys: implementedApiKeys.map((apiKey) => ({ apiKey, minVersion: apiVersionMin, maxVersion: apiVersionMax })),
    };
  };
}
