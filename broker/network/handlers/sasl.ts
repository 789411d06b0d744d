/**
 * SaslHandshake and SaslAuthenticate drive the connection's SASL authenticator. On a listener
 * without SASL (or after authentication), Kafka's KafkaApis answers both ILLEGAL_SASL_STATE.
 */
import type { ApiKey } from '../../../proto/api';
import { ErrorCode } from '../../../proto/errors';
import { wireProtocolOf } from '../../config';
import type { ApiHandler } from '../request';
import type { BrokerServices } from './index';

export function saslHandshakeHandler(s: BrokerServices): ApiHandler<typeof ApiKey.SaslHandshake> {
  return (ctx, request, conn) => {
    const authenticator = conn.authenticator;
    if (authenticator === undefined) return Promise.resolve({ errorCode: ErrorCode.ILLEGAL_SASL_STATE, mechanisms: [] });
    // Version 0 on Kafka's wire protocol: the tokens follow as bare frames (protobuf has no such mode).
    const rawTokens = ctx.apiVersion === 0 && wireProtocolOf(s.config, ctx.listenerName) === 'kafka';
    return Promise.resolve(authenticator.handshake(request.mechanism, rawTokens));
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

