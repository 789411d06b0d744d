/**
 * The seam between wire protocols and the domain. A listener speaks one `WireProtocol`: it reads
 * a frame's header, and its codec registry turns the body into the domain request the API key
 * names (`broker/api/`) and the handler's domain response back into the protocol's body. The
 * protobuf protocol lives in `codecs/protobuf/`; a second protocol (Kafka's binary protocol, whose
 * bodies are bytes read by api version) is one more folder of codecs beside it, and the handlers
 * do not change.
 */
import type { RequestHeader } from './request';

/** One API's server side: the received request into the domain, the domain response out. */
export interface ApiCodec<Req, Resp, WireRequest, WireResponse> {
  decodeRequest(wire: WireRequest, apiVersion: number): Req;
  encodeResponse(response: Resp, apiVersion: number): WireResponse;
}

/** One API's client side, for the requests a broker sends (controller, followers, shutdown). */
export interface ApiClientCodec<Req, Resp, WireRequest, WireResponse> {
  encodeRequest(request: Req, apiVersion: number): WireRequest;
  decodeResponse(wire: WireResponse, apiVersion: number): Resp;
}

export interface ParsedRequest {
  ok: true;
  header: RequestHeader;
  /** Why the body cannot be the request the header's api key names; undefined when it can. */
  bodyProblem?: string;
  /** The domain request (the codec of header.apiKey at header.apiVersion); may be async. */
  decode(): unknown;
  /**
   * Set by protocols whose response encoding depends on the request (Kafka's: the version's
   * schema, record conversion): the response frame for this request. Else the protocol's
   * `encodeResponse` is used.
   */
  encodeResponse?(response: unknown): Buffer | Promise<Buffer>;
  /**
   * Set by protocols whose errors are API-specific: the frame answering this request with
   * `errorCode`, or undefined to close the connection without an answer.
   */
  encodeError?(errorCode: number, message: string): Buffer | undefined;
}

export interface UnparsableRequest {
  ok: false;
  /** The client's correlation id when the header was readable, else 0. */
  correlationId: number;
  reason: string;
}

/**
 * A response frame: one buffer, or pieces written in order in one gathered write (a Fetch
 * response's record batches go out as they were read, not copied into the frame).
 */
export type ResponseFrame = Buffer | readonly Buffer[];

/** The frame as one buffer (joined when in pieces): for callers that read it rather than send it. */
export function responseFrameBytes(frame: ResponseFrame): Buffer {
  return Buffer.isBuffer(frame) ? frame : Buffer.concat(frame);
}

/** A listener's wire protocol: frames in, frames out (without the socket layer's length prefix). */
export interface WireProtocol {
  readonly name: string;
  /** The versions of `apiKey` this protocol speaks; undefined for an API it does not carry. */
  versionRange(apiKey: number): readonly [number, number] | undefined;
  parseRequest(message: Buffer): ParsedRequest | UnparsableRequest;
  /** The frame answering `header` with the handler's domain `response`. */
  encodeResponse(header: RequestHeader, response: unknown): ResponseFrame;
  /**
   * The frame answering a request with an error instead of running it. `request` is the whole
   * header when it was readable (a protocol without request-level errors, such as Kafka's, answers
   * with the API's own response carrying the code), else only the correlation id. Undefined:
   * send nothing and close the connection (Kafka's answer to a request it cannot parse).
   */
  encodeError(request: RequestHeader | { correlationId: number }, errorCode: number, message: string): Buffer | undefined;
}
