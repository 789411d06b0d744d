/**
 * Turns one request frame into at most one response frame: the listener's wire protocol reads the
 * header, the dispatcher checks that it names an API this broker serves and that the body matches
 * it, the API's codec decodes the body into its domain request, the typed handler runs, and the
 * codec encodes its domain response (or the protocol its error). Knows nothing of sockets, so
 * that tests drive it with bytes and a fake handler table (KafkaApis' `handle` without the network).
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

import type { Logger } from 'pino';
import { ApiKey, apiName } from '../../proto/api';
import { ErrorCode, SamsaProtocolError } from '../../proto/errors';
import type { FetchRequest } from '../api/fetch';
import type { ParsedRequest, ResponseFrame, WireProtocol } from './codec';
import { protobufProtocol } from './codecs/protobuf';
import type { HandlerTable, RequestContext, RequestHeader } from './request';
import { anonymousSession, hostOfAddress, type Session } from '../security/session';
import type { SaslServerAuthenticator } from '../security/sasl/server-authenticator';

/** What a connection on a SASL listener may send before it authenticates (Kafka's SaslServerAuthenticator). */
export const saslPreAuthenticationApiKeys: ReadonlySet<number> = new Set([ApiKey.ApiVersions, ApiKey.SaslHandshake, ApiKey.SaslAuthenticate]);

/** The APIs only the controller and brokers exchange (Kafka's control-plane APIs, KIP-291). */
export const controlPlaneApiKeys: ReadonlySet<number> = new Set([
  ApiKey.LeaderAndIsr, ApiKey.StopReplica, ApiKey.UpdateMetadata, ApiKey.ControlledShutdown,
]);

export interface RequestDispatcherOptions {
  /** control.plane.listener.name; undefined accepts the controller APIs on every listener. */
  controlPlaneListenerName?: string;
  /** The wire protocol a listener speaks; protobuf on every listener by default. */
  protocolFor?: (listenerName: string) => WireProtocol;
}

export interface ConnectionInfo {
  listenerName: string;
  clientAddress: string;
  connectionId: string;
  /** The connection's session once known; undefined means anonymous on a PLAINTEXT listener. */
  readonly session?: Session | undefined;
  /** Set on SASL listeners: until it completes, only the SASL APIs and ApiVersions are served. */
  readonly authenticator?: SaslServerAuthenticator | undefined;
  /**
   * Set when this request started before the earlier requests of its connection were answered
   * (an earlier Produce unmuted the connection): settles once they are. Every request but a
   * Produce waits for it before it runs.
   */
  readonly earlierAnswered?: Promise<void> | undefined;
  closeConnection(reason: string): void;
  /** Lets the connection start its next request before this one is answered (server-connection.ts). */
  unmute?(): void;
}

export interface DispatchResult {
  /** The encoded response frame, or undefined when the request gets none (acks=0 produce). */
  frame: ResponseFrame | undefined;
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
    const protocol = this.options.protocolFor?.(conn.listenerName) ?? protobufProtocol;
    const parsed = protocol.parseRequest(bytes);
    if (!parsed.ok) {
      this.logger.warn({ connectionId: conn.connectionId, clientAddress: conn.clientAddress, reason: parsed.reason }, 'closing connection after undecodable request');
      outcome.errorCode = ErrorCode.INVALID_REQUEST;
      return { frame: protocol.encodeError({ correlationId: parsed.correlationId }, ErrorCode.INVALID_REQUEST, parsed.reason), closeReason: parsed.reason };
    }
    const { header } = parsed;
    // Only a Produce may run beside the earlier Produce requests still waiting for their acks.
    if (conn.earlierAnswered !== undefined && header.apiKey !== ApiKey.Produce) await conn.earlierAnswered;
    // Kafka closes a SASL connection that sends anything but these before authenticating, unanswered.
    const authenticator = conn.authenticator;
    if (authenticator !== undefined && !authenticator.complete && !saslPreAuthenticationApiKeys.has(header.apiKey)) {
      this.logger.info({ connectionId: conn.connectionId, clientAddress: conn.clientAddress, apiKey: header.apiKey }, 'closing connection: request before SASL authentication');
      outcome.errorCode = ErrorCode.ILLEGAL_SASL_STATE;
      return { frame: undefined, closeReason: `${apiName(header.apiKey)} before SASL authentication` };
    }
    const refuse = (problem: { code: number; message: string }): DispatchResult => {
      outcome.errorCode = problem.code;
      this.logger.debug({ connectionId: conn.connectionId, apiKey: header.apiKey, correlationId: header.correlationId, reason: problem.message }, 'request refused');
      return errorResult(protocol, parsed, problem.code, problem.message);
    };
    if (protocol.versionRange(header.apiKey) === undefined) return refuse({ code: ErrorCode.UNSUPPORTED_VERSION, message: `unknown api key ${header.apiKey}` });
    if (parsed.bodyProblem !== undefined) {
      outcome.request = requestMetricName(header.apiKey, undefined);
      return refuse({ code: ErrorCode.INVALID_REQUEST, message: `api key ${header.apiKey} (${apiName(header.apiKey)}) ${parsed.bodyProblem}` });
    }
    let request: unknown;
    try {
      request = await parsed.decode();
    } catch (err) {
      outcome.request = requestMetricName(header.apiKey, undefined);
      this.logger.debug({ connectionId: conn.connectionId, clientAddress: conn.clientAddress, apiKey: header.apiKey, err: (err as Error).message }, 'undecodable request body');
      return refuse({ code: err instanceof SamsaProtocolError ? err.code : ErrorCode.INVALID_REQUEST, message: `undecodable ${apiName(header.apiKey)} body: ${(err as Error).message}` });
    }
    outcome.request = requestMetricName(header.apiKey, request);
    const problem = this.checkRoute(protocol, header) ?? this.checkListener(header.apiKey, conn);
    if (problem !== undefined) return refuse(problem);
    return this.run(protocol, parsed, request, conn, outcome);
  }

  private async run(protocol: WireProtocol, parsed: ParsedRequest, request: unknown, conn: ConnectionInfo, outcome: RequestOutcome): Promise<DispatchResult> {
    const { header } = parsed;
    const handler = this.handlers.get(header.apiKey)!;
    const ctx: RequestContext = {
      apiKey: header.apiKey, apiVersion: header.apiVersion, correlationId: header.correlationId, clientId: header.clientId,
      listenerName: conn.listenerName, clientAddress: conn.clientAddress, connectionId: conn.connectionId,
      session: conn.session ?? anonymousSession(hostOfAddress(conn.clientAddress), conn.listenerName),
    };
    let response: unknown;
    try {
      response = await handler(ctx, request as never, conn);
    } catch (err) {
      outcome.errorCode = err instanceof SamsaProtocolError ? err.code : ErrorCode.UNKNOWN_SERVER_ERROR;
      return this.handlerError(protocol, parsed, err);
    }
    if (response === undefined) return { frame: undefined };
    try {
      const frame = await (parsed.encodeResponse?.(response) ?? protocol.encodeResponse(header, response));
      return conn.authenticator?.failed === true ? { frame, closeReason: 'SASL authentication failed' } : { frame };
    } catch (err) {
      this.logger.error({ err, apiKey: header.apiKey, correlationId: header.correlationId }, `${apiName(header.apiKey)} response could not be encoded`);
      outcome.errorCode = ErrorCode.UNKNOWN_SERVER_ERROR;
      return errorResult(protocol, parsed, ErrorCode.UNKNOWN_SERVER_ERROR, 'response could not be encoded');
    }
  }

  private checkRoute(protocol: WireProtocol, header: RequestHeader): { code: number; message: string } | undefined {
    const { apiKey, apiVersion } = header;
    if (!this.handlers.has(apiKey)) {
      return { code: ErrorCode.UNSUPPORTED_VERSION, message: `${apiName(apiKey)} is not supported by this broker` };
    }
    const [min, max] = protocol.versionRange(apiKey)!;
    if (apiVersion < min || apiVersion > max) {
      return { code: ErrorCode.UNSUPPORTED_VERSION, message: `${apiName(apiKey)} version ${apiVersion} is not supported (${min}-${max})` };
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

  private handlerError(protocol: WireProtocol, parsed: ParsedRequest, err: unknown): DispatchResult {
    if (err instanceof SamsaProtocolError) return errorResult(protocol, parsed, err.code, err.message);
    const { header } = parsed;
    this.logger.error({ err, apiKey: header.apiKey, correlationId: header.correlationId, clientId: header.clientId }, `${apiName(header.apiKey)} handler failed`);
    return errorResult(protocol, parsed, ErrorCode.UNKNOWN_SERVER_ERROR, 'unexpected server error; see the broker log');
  }
}

/**
 * The answer to a request refused with `code`: the request's own error encoding when its
 * protocol has one, else the protocol's. A protocol that has no answer (Kafka's, for a request it
 * cannot parse) closes the connection instead.
 */
function errorResult(protocol: WireProtocol, parsed: ParsedRequest, code: number, message: string): DispatchResult {
  const frame = parsed.encodeError !== undefined ? parsed.encodeError(code, message) : protocol.encodeError(parsed.header, code, message);
  return frame === undefined ? { frame: undefined, closeReason: message } : { frame };
}

/** Kafka labels follower fetches (replica_id >= 0) apart from consumer fetches. */
function requestMetricName(apiKey: number, request: unknown): string {
  if (apiKey === ApiKey.Fetch) return ((request as FetchRequest | undefined)?.replicaId ?? -1) >= 0 ? 'FetchFollower' : 'FetchConsumer';
  return apiName(apiKey);
}
