/**
 * Turns one request frame into at most one response frame: decode the envelope, check that the
 * header names an API this broker serves and that the body matches it, run the API's handler,
 * and wrap its result (or its error) in a Response. Knows nothing of sockets, so that tests drive
 * it with bytes and a fake handler table (KafkaApis' `handle` without the network).
 *
 * Error scopes (proto/envelope.proto): a request that cannot be decoded, or whose body does not
 * match its api key, is answered with INVALID_REQUEST; an unknown or unimplemented API (or a
 * newer api version) with UNSUPPORTED_VERSION; an unexpected handler failure with
 * UNKNOWN_SERVER_ERROR. API-level errors are the handlers' business and live in the body.
 *
 * With `control.plane.listener.name` set (KIP-291), the controller APIs are confined to that
 * listener: one arriving on any other listener is answered CLUSTER_AUTHORIZATION_FAILED before
 * its handler runs (Kafka answers the same to a controller API without ClusterAction).
 */

import { Reader } from 'protobufjs/minimal';
import type { Logger } from 'pino';
import { ApiKey, apiName, bodyFieldByApiKey } from '../../proto/api';
import { ErrorCode, SamsaProtocolError } from '../../proto/errors';
import { encodeResponseFrame, samsa } from '../../proto/frame';
import type { HandlerTable, RequestContext } from './request';

/** The APIs only the controller and brokers exchange (Kafka's control-plane APIs, KIP-291). */
export const controlPlaneApiKeys: ReadonlySet<number> = new Set([
  ApiKey.LeaderAndIsr, ApiKey.StopReplica, ApiKey.UpdateMetadata, ApiKey.ControlledShutdown,
]);

export interface RequestDispatcherOptions {
  /** control.plane.listener.name; undefined accepts the controller APIs on every listener. */
  controlPlaneListenerName?: string;
}

/** Every API speaks version 0 until a field changes meaning (proto/envelope.proto). */
export const apiVersionMax = 0;

export interface ConnectionInfo {
  listenerName: string;
  clientAddress: string;
  connectionId: string;
  closeConnection(reason: string): void;
}

export interface DispatchResult {
  /** The encoded response frame, or undefined when the request gets none (acks=0 produce). */
  frame: Buffer | undefined;
  /** Set when the connection must close after `frame` is written (undecodable request). */
  closeReason?: string;
}

/**
 * Told of every request once it is answered, for Kafka's RequestMetrics (RequestsPerSec,
 * ErrorsPerSec, TotalTimeMs). `request` is Kafka's request label: the API name, with Fetch split
 * into FetchConsumer and FetchFollower, or 'Unknown' for keys this broker does not know (so that a
 * client cannot mint label values). `errorCode` is the Response-level code (0 when the API ran).
 */
export interface RequestObserver {
  onRequestCompleted(request: string, errorCode: number, totalTimeSeconds: number): void;
}

interface RequestOutcome {
  request: string;
  errorCode: number;
}

export class RequestDispatcher {
  constructor(private readonly handlers: HandlerTable, private readonly logger: Logger,
    private readonly observer?: RequestObserver, private readonly options: RequestDispatcherOptions = {}) {}

  async dispatch(bytes: Buffer, conn: ConnectionInfo): Promise<DispatchResult> {
    const startNs = process.hrtime.bigint();
    const outcome: RequestOutcome = { request: 'Unknown', errorCode: ErrorCode.NONE };
    try {
      return await this.handle(bytes, conn, outcome);
    } finally {
      this.observer?.onRequestCompleted(outcome.request, outcome.errorCode, Number(process.hrtime.bigint() - startNs) / 1e9);
    }
  }

  private async handle(bytes: Buffer, conn: ConnectionInfo, outcome: RequestOutcome): Promise<DispatchResult> {
    let request: samsa.v1.Request;
    try {
      request = samsa.v1.Request.decode(bytes);
    } catch (err) {
      const header = decodeHeaderOnly(bytes);
      const reason = `undecodable request: ${(err as Error).message}`;
      this.logger.warn({ connectionId: conn.connectionId, clientAddress: conn.clientAddress, reason }, 'closing connection after undecodable request');
      outcome.errorCode = ErrorCode.INVALID_REQUEST;
      return { frame: errorFrame(header?.correlationId ?? 0, ErrorCode.INVALID_REQUEST, reason), closeReason: reason };
    }
    const header = request.header;
    if (header === null || header === undefined) {
      const reason = 'request has no header';
      outcome.errorCode = ErrorCode.INVALID_REQUEST;
      return { frame: errorFrame(0, ErrorCode.INVALID_REQUEST, reason), closeReason: reason };
    }
    const correlationId = header.correlationId ?? 0;
    const apiKey = header.apiKey ?? -1;
    outcome.request = requestMetricName(request, apiKey);
    const problem = this.checkRoute(request, header) ?? this.checkListener(apiKey, conn);
    if (problem !== undefined) {
      outcome.errorCode = problem.code;
      this.logger.debug({ connectionId: conn.connectionId, apiKey, correlationId, reason: problem.message }, 'request refused');
      return { frame: errorFrame(correlationId, problem.code, problem.message) };
    }
    const field = bodyFieldByApiKey[apiKey as keyof typeof bodyFieldByApiKey];
    const handler = this.handlers.get(apiKey)!;
    const ctx: RequestContext = {
      header, listenerName: conn.listenerName, clientAddress: conn.clientAddress, connectionId: conn.connectionId,
    };
    let body: object | undefined;
    try {
      body = await handler(ctx, (request as unknown as Record<string, unknown>)[field], conn);
    } catch (err) {
      outcome.errorCode = err instanceof SamsaProtocolError ? err.code : ErrorCode.UNKNOWN_SERVER_ERROR;
      return { frame: this.handlerErrorFrame(err, header) };
    }
    if (body === undefined) return { frame: undefined };
    try {
      return { frame: encodeResponseFrame({ correlationId, [field]: body }) };
    } catch (err) {
      this.logger.error({ err, apiKey, correlationId }, `${apiName(apiKey)} response could not be encoded`);
      outcome.errorCode = ErrorCode.UNKNOWN_SERVER_ERROR;
      return { frame: errorFrame(correlationId, ErrorCode.UNKNOWN_SERVER_ERROR, 'response could not be encoded') };
    }
  }

  private checkRoute(request: samsa.v1.Request, header: samsa.v1.IRequestHeader): { code: number; message: string } | undefined {
    const apiKey = header.apiKey ?? -1;
    const field = bodyFieldByApiKey[apiKey as keyof typeof bodyFieldByApiKey] as string | undefined;
    if (field === undefined) return { code: ErrorCode.UNSUPPORTED_VERSION, message: `unknown api key ${apiKey}` };
    if (request.body !== field) {
      const got = request.body === undefined ? 'no body' : `a ${request.body} body`;
      return { code: ErrorCode.INVALID_REQUEST, message: `api key ${apiKey} (${apiName(apiKey)}) does not match ${got}` };
    }
    if (!this.handlers.has(apiKey)) {
      return { code: ErrorCode.UNSUPPORTED_VERSION, message: `${apiName(apiKey)} is not supported by this broker` };
    }
    const version = header.apiVersion ?? 0;
    if (version < 0 || version > apiVersionMax) {
      return { code: ErrorCode.UNSUPPORTED_VERSION, message: `${apiName(apiKey)} version ${version} is not supported (max ${apiVersionMax})` };
    }
    return undefined;
  }

  private checkListener(apiKey: number, conn: ConnectionInfo): { code: number; message: string } | undefined {
    const controlPlane = this.options.controlPlaneListenerName;
    if (controlPlane === undefined || conn.listenerName === controlPlane || !controlPlaneApiKeys.has(apiKey)) return undefined;
    const message = `${apiName(apiKey)} is accepted only on the control-plane listener, not on ${conn.listenerName}`;
    this.logger.warn({ connectionId: conn.connectionId, clientAddress: conn.clientAddress, listener: conn.listenerName, apiKey }, message);
    return { code: ErrorCode.CLUSTER_AUTHORIZATION_FAILED, message };
  }

  private handlerErrorFrame(err: unknown, header: samsa.v1.IRequestHeader): Buffer {
    const correlationId = header.correlationId ?? 0;
    if (err instanceof SamsaProtocolError) {
      return errorFrame(correlationId, err.code, err.message);
    }
    this.logger.error({ err, apiKey: header.apiKey, correlationId, clientId: header.clientId }, `${apiName(header.apiKey ?? -1)} handler failed`);
    return errorFrame(correlationId, ErrorCode.UNKNOWN_SERVER_ERROR, 'unexpected server error; see the broker log');
  }
}

/** Kafka labels follower fetches (replica_id >= 0) apart from consumer fetches. */
function requestMetricName(request: samsa.v1.Request, apiKey: number): string {
  if (!(apiKey in bodyFieldByApiKey)) return 'Unknown';
  if (apiKey === ApiKey.Fetch) return (request.fetch?.replicaId ?? -1) >= 0 ? 'FetchFollower' : 'FetchConsumer';
  return apiName(apiKey);
}

function errorFrame(correlationId: number, errorCode: number, errorMessage: string): Buffer {
  return encodeResponseFrame({ correlationId, errorCode, errorMessage });
}

/**
 * Reads only field 1 (the header) of a Request that failed to decode as a whole, so that the
 * error response can carry the client's correlation id when the damage is in the body.
 */
export function decodeHeaderOnly(bytes: Buffer): samsa.v1.RequestHeader | undefined {
  try {
    const reader = Reader.create(bytes);
    while (reader.pos < reader.len) {
      const tag = reader.uint32();
      const fieldNumber = tag >>> 3;
      const wireType = tag & 7;
      if (fieldNumber === 1 && wireType === 2) return samsa.v1.RequestHeader.decode(reader, reader.uint32());
      reader.skipType(wireType);
    }
  } catch {
    // Header unreadable too: the caller answers with correlation id 0.
  }
  return undefined;
}
