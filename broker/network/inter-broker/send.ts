/** One inter-broker request over a protobuf BrokerConnection, in domain types at both ends. */
import type { ApiKey } from '../../../proto/api';
import type { BrokerConnection } from '../../../client/network/connection';
import type { ApiClientCodec } from '../codec';

/** Every inter-broker API speaks version 0 (proto/envelope.proto). */
const apiVersion = 0;

export async function sendWith<Req, Resp, WireRequest extends object, WireResponse>(
  connection: Pick<BrokerConnection, 'send'>, apiKey: ApiKey, codec: ApiClientCodec<Req, Resp, WireRequest, WireResponse>,
  request: Req, timeoutMs?: number,
): Promise<Resp> {
  const wire = codec.encodeRequest(request, apiVersion);
  const response = await connection.send<WireResponse>(apiKey, wire, timeoutMs === undefined ? {} : { timeoutMs });
  return codec.decodeResponse(response, apiVersion);
}
