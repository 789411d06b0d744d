import type { samsa } from '../../proto/generated/samsa';

export interface RequestContext {
  header: samsa.v1.IRequestHeader;   // apiKey, apiVersion, correlationId, clientId
  listenerName: string;              // the listener this connection arrived on
  clientAddress: string;             // "ip:port"
  connectionId: string;
}
/** Returns the response body for the API (the object placed in Response's oneof field), or
 *  undefined to send no response (acks=0 produce). Throwing SamsaProtocolError(code) answers the
 *  request with Response.errorCode=code; any other throw answers UNKNOWN_SERVER_ERROR (-1).
 *  `closeConnection()` (acks=0 failure) is available via the third argument. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type RequestHandler = (ctx: RequestContext, body: any, conn: { closeConnection(reason: string): void }) => Promise<object | undefined>;
export type HandlerTable = Map<number /* ApiKey */, RequestHandler>;
