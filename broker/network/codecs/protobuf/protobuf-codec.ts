/**
 * The protobuf protocol's codec shapes. Its bodies are the protobufjs objects of the envelope's
 * oneof (proto/envelope.proto): decoding fills every field the sender left out with its default,
 * and a domain response already has the wire message's shape, so encoding it is the identity
 * (checked by the compiler against the generated types).
 */
import type { ApiClientCodec, ApiCodec } from '../../codec';

export type ProtobufCodec<Req, Resp, WireRequest, WireResponse> = ApiCodec<Req, Resp, WireRequest, WireResponse>;
export type ProtobufClientCodec<Req, Resp, WireRequest, WireResponse> = ApiClientCodec<Req, Resp, WireRequest, WireResponse>;
