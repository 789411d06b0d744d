/** Protobuf codecs for SaslHandshake and SaslAuthenticate (proto/security_sasl.proto). */
import type { samsa } from '../../../../proto/generated/samsa';
import type * as S from '../../../api/sasl';
import type { ProtobufCodec } from './protobuf-codec';

export const saslHandshakeCodec: ProtobufCodec<S.SaslHandshakeRequest, S.SaslHandshakeResponse,
  samsa.v1.ISaslHandshakeRequest, samsa.v1.ISaslHandshakeResponse> = {
  decodeRequest: (m) => ({ mechanism: m.mechanism ?? '' }),
  encodeResponse: (r) => r,
};

export const saslAuthenticateCodec: ProtobufCodec<S.SaslAuthenticateRequest, S.SaslAuthenticateResponse,
  samsa.v1.ISaslAuthenticateRequest, samsa.v1.ISaslAuthenticateResponse> = {
  decodeRequest: (m) => ({ authBytes: Buffer.from(m.authBytes ?? []) }),
  encodeResponse: (r) => r,
};
