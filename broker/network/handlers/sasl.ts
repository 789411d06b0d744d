/**
 * SaslHandshake and SaslAuthenticate drive the connection's SASL authenticator. On a listener
 * without SASL (or after authentication), Kafka's KafkaApis answers both ILLEGAL_SASL_STATE.
 */
import type { ApiKey } from '../../../proto/api';
import { ErrorCode } from '../../../proto/errors';
import type { ApiHandler } from '../request';

export function saslHandshakeHandler(): ApiHandler<typeof ApiKey.SaslHandshake> {
  return (_ctx, request, conn) => {
    const authenticator = conn.authenticator;
    if (authenticator === undefined) return Promise.resolve({ errorCode: ErrorCode.ILLEGAL_SASL_STATE, mechanisms: [] });
    return Promise.resolve(authenticator.handshake(request.mechanism));
  };
}

export function saslAuthenticateHandler(): ApiHandler<typeof ApiKey.SaslAuthenticate> {
  return async (_ctx, request, conn) => {
    const authenticator = conn.authenticator;
    if (authenticator === undefined) {
      return { errorCode: ErrorCode.ILLEGAL_SASL_STATE, errorMessage: 'SaslAuthenticate on a listener without SASL', authBytes: Buffer.alloc(0), sessionLifetimeMs: 0 };
    }
    return authenticator.authenticate(request.authBytes);
  };
}

