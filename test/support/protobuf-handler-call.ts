/**
 * Runs one handler the way the dispatcher does for a protobuf request, without the envelope: the
 * API's protobuf codec decodes `body` (a protobufjs-shaped object, fields optional) into the
 * domain request, and encodes the handler's domain response back. Handler tests stay written
 * in the wire's terms while the handlers take domain types.
 */
import type { ApiKey } from '../../proto/api';
import { protobufCodecs } from '../../broker/network/codecs/protobuf';
import type { HandlerTable, RequestConnection, RequestContext } from '../../broker/network/request';
import { anonymousSession } from '../../broker/security/session';

export async function callThroughProtobuf(
  table: HandlerTable, ctx: RequestContext, body: object, conn: RequestConnection,
): Promise<unknown> {
  const handler = table.get(ctx.apiKey);
  if (handler === undefined) throw new Error(`no handler for api key ${ctx.apiKey}`);
  const codec = protobufCodecs[ctx.apiKey as ApiKey] as unknown as {
    decodeRequest(wire: object, apiVersion: number): never;
    encodeResponse(response: unknown, apiVersion: number): object;
  };
  const response = await handler(ctx, codec.decodeRequest(body, ctx.apiVersion), conn);
  return response === undefined ? undefined : codec.encodeResponse(response, ctx.apiVersion);
}

/** A request context for handler tests. */
export function testRequestContext(apiKey: number, listenerName = 'PLAINTEXT'): RequestContext {
  return {
    apiKey, apiVersion: 0, correlationId: 1, clientId: 'test', listenerName, clientAddress: '127.0.0.1:1', connectionId: 'c1',
    session: anonymousSession('127.0.0.1', listenerName),
  };
}
