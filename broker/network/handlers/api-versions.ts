/**
 * ApiVersions (18): the APIs this broker serves. The version ranges here are the protobuf
 * protocol's (every API at version 0 until a field changes meaning, envelope.proto); the Kafka
 * listener's codec puts its own ranges on the same list. A version the listener's protocol does
 * not speak never reaches this handler: the dispatcher answers it with UNSUPPORTED_VERSION (and the
 * Kafka codec with the KIP-511 v0 fallback).
 */
import { ErrorCode } from '../../../proto/errors';
import type { ApiVersionsRequest, ApiVersionsResponse } from '../../api/metadata';
import type { RequestHandler } from '../request';
import { implementedApiKeys } from './implemented-apis';
import type { BrokerServices } from './index';

export const apiVersionMin = 0;
export const apiVersionMax = 0;

export function apiVersionsHandler(_services: BrokerServices): RequestHandler<ApiVersionsRequest, ApiVersionsResponse> {
  return async () => {
    return {
      errorCode: ErrorCode.NONE,
      apiKeys: implementedApiKeys.map((apiKey) => ({ apiKey, minVersion: apiVersionMin, maxVersion: apiVersionMax })),
    };
  };
}
