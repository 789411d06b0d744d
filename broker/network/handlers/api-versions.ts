/**
 * ApiVersions (18): the APIs this broker serves and their version range. Every API is at version 0
 * until a field changes meaning (envelope.proto). A request at a newer version still gets the list,
 * with UNSUPPORTED_VERSION, so that the client can pick a version (Kafka's KIP-511 behaviour).
 */
import { ErrorCode } from '../../../proto/errors';
import type { ApiVersionsRequest, ApiVersionsResponse } from '../../api/metadata';
import type { RequestHandler } from '../request';
import { implementedApiKeys } from './implemented-apis';
import type { BrokerServices } from './index';

export const apiVersionMin = 0;
export const apiVersionMax = 0;

export function apiVersionsHandler(_services: BrokerServices): RequestHandler<ApiVersionsRequest, ApiVersionsResponse> {
  return async (ctx) => {
    const version = ctx.apiVersion;
    return {
      errorCode: version > apiVersionMax ? ErrorCode.UNSUPPORTED_VERSION : ErrorCode.NONE,
      apiKeys: implementedApiKeys.map((apiKey) => ({ apiKey, minVersion: apiVersionMin, maxVersion: apiVersionMax })),
    };
  };
}
