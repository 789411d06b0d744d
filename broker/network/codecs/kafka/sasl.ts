/**
 * SaslHandshake (17) v0-v1 and SaslAuthenticate (36) v0-v2 (v1 session lifetime, KIP-368; v2
 * flexible). After a v0 handshake the tokens travel as bare length-prefixed frames without
 * request headers (the connection handles them, server-connection.ts); after v1 in
 * SaslAuthenticate requests. librdkafka requires v0 in the advertised range before it uses SASL
 * at all, then picks v1.
 */
import { ApiKey } from '../../../../proto/api';
import type { DomainKafkaCodec } from './api-codec';
import { array, field, message, versions } from './schema';

const handshakeRequest = message('SaslHandshakeRequest', '0-1', 'none',
  field('mechanism', 'string', '0+'),
);

const handshakeResponse = message('SaslHandshakeResponse', '0-1', 'none',
  field('errorCode', 'int16', '0+'),
  field('mechanisms', array('string'), '0+'),
);

const authenticateRequest = message('SaslAuthenticateRequest', '0-2', '2+',
  field('authBytes', 'bytes', '0+'),
);

const authenticateResponse = message('SaslAuthenticateResponse', '0-2', '2+',
  field('errorCode', 'int16', '0+'),
  field('errorMessage', 'string', '0+', { nullableVersions: '0+' }),
  field('authBytes', 'bytes', '0+'),
  field('sessionLifetimeMs', 'int64', '1+', { default: 0 }),
);

export const saslHandshakeCodec: DomainKafkaCodec<typeof ApiKey.SaslHandshake> = {
  apiKey: ApiKey.SaslHandshake,
  versions: versions('0-1'),
  request: handshakeRequest,
  response: handshakeResponse,
  decode: (body) => ({ mechanism: body.mechanism as string }),
  encode: (resp) => ({ errorCode: resp.errorCode, mechanisms: resp.mechanisms }),
  errorResponse: (_req, errorCode) => ({ errorCode, mechanisms: [] }),
};

export const saslAuthenticateCodec: DomainKafkaCodec<typeof ApiKey.SaslAuthenticate> = {
  apiKey: ApiKey.SaslAuthenticate,
  versions: versions('0-2'),
  request: authenticateRequest,
  response: authenticateResponse,
  decode: (body) => ({ authBytes: body.authBytes as Buffer }),
  encode: (resp) => ({ errorCode: resp.errorCode, errorMessage: resp.errorMessage === '' ? null : resp.errorMessage, authBytes: resp.authBytes, sessionLifetimeMs: resp.sessionLifetimeMs }),
  errorResponse: (_req, errorCode, errorMessage) => ({ errorCode, errorMessage, authBytes: Buffer.alloc(0), sessionLifetimeMs: 0 }),
};
