/**
 * What a handler sees of a request, whatever wire protocol it came in on: the header fields every
 * protocol carries (Kafka's RequestHeader), where it came from, and the domain request itself.
 */
import type { ApiKey } from '../../proto/api';
import type { ApiRequest, ApiResponse } from '../api/apis';
import type { Session } from '../security/session';
import type { SaslServerAuthenticator } from '../security/sasl/server-authenticator';

export interface RequestHeader {
  apiKey: number;
  apiVersion: number;
  correlationId: number;
  clientId: string;
}

export interface RequestContext extends RequestHeader {
  /** The listener this connection arrived on. */
  listenerName: string;
  /** "ip:port" */
  clientAddress: string;
  connectionId: string;
  /** Who sent it: the connection's authenticated principal (anonymous before or without authentication). */
  session: Session;
}

export interface RequestConnection {
  /** Closes the connection once the requests before this one are answered (acks=0 failure). */
  closeConnection(reason: string): void;
  /** The connection's SASL authenticator on a SASL listener (SaslHandshake and SaslAuthenticate drive it). */
  readonly authenticator?: SaslServerAuthenticator;
  /** Lets the connection start its next Produce before this request is answered (server-connection.ts). */
  unmute?(): void;
}

/**
 * Returns the domain response, or undefined to send no response (acks=0 produce). Throwing
 * SamsaProtocolError(code) answers the request with a request-level error `code`; any other throw
 * answers UNKNOWN_SERVER_ERROR (-1).
 */
export type RequestHandler<Req, Resp> = (ctx: RequestContext, request: Req, conn: RequestConnection) => Promise<Resp | undefined>;

export type ApiHandler<K extends ApiKey> = RequestHandler<ApiRequest<K>, ApiResponse<K>>;

/** One handler per API key, each typed by its own API (see `HandlerTable`). */
export type ApiHandlers = { readonly [K in ApiKey]?: ApiHandler<K> };

/**
 * The dispatcher's view of the handlers: each one's request type is erased (`never` accepts any
 * handler); the codec registry decodes into the type the API key names before a handler runs.
 */
export type ErasedRequestHandler = (ctx: RequestContext, request: never, conn: RequestConnection) => Promise<unknown>;
export type HandlerTable = ReadonlyMap<number /* ApiKey */, ErasedRequestHandler>;

/** The handler table of `handlers`, keyed by api key. */
export function handlerTable(handlers: ApiHandlers): HandlerTable {
  return new Map(Object.entries(handlers).map(([key, handler]) => [Number(key), handler as ErasedRequestHandler]));
}
