/**
 * The client side of SASL, run on every new connection before any other request (Kafka's
 * SaslClientAuthenticator with KIP-152 SaslAuthenticate requests): SaslHandshake names the
 * mechanism, then each token travels in a SaslAuthenticate request. PLAIN sends the credentials
 * once; SCRAM-SHA-256/512 proves the password without sending it and CHECKS the server's
 * signature, so that a server that does not know the credential (an impostor) fails the
 * connection.
 */

import { randomBytes } from 'node:crypto';
import { ErrorCode } from '../../proto/errors';
import { type ScramMechanism, clientKey, hash, hmac, saltedPassword, scramIterationsMin, secretsEqual, xor } from '../../proto/scram';
import {
  ScramFormatError, authMessage, formatClientFinalWithoutProof, formatClientFirst, parseServerFinal, parseServerFirst,
} from '../../proto/scram-messages';

export type SaslMechanismName = 'PLAIN' | 'SCRAM-SHA-256' | 'SCRAM-SHA-512';

export interface SaslCredentials {
  mechanism: SaslMechanismName;
  username: string;
  password: string;
}

/** The two SASL requests, sent on the connection being authenticated. */
export interface SaslTransport {
  handshake(mechanism: string): Promise<{ errorCode: number; mechanisms: string[] }>;
  authenticate(authBytes: Buffer): Promise<{ errorCode: number; errorMessage: string; authBytes: Buffer }>;
}

/** Authentication failed; the message is the broker's, or says which check failed on this side. */
export class SaslClientError extends Error {}

/** Bytes of randomness in the client's nonce. */
export const scramClientNonceBytes = 24;

/** KafkaJS's lower-case mechanism names and Kafka's upper-case ones. */
export function saslMechanismName(name: string): SaslMechanismName {
  const upper = name.toUpperCase();
  if (upper === 'PLAIN' || upper === 'SCRAM-SHA-256' || upper === 'SCRAM-SHA-512') return upper;
  throw new SaslClientError(`SASL mechanism "${name}" is not one of plain, scram-sha-256, scram-sha-512`);
}

export async function saslAuthenticate(transport: SaslTransport, credentials: SaslCredentials): Promise<void> {
  const handshake = await transport.handshake(credentials.mechanism);
  if (handshake.errorCode === ErrorCode.UNSUPPORTED_SASL_MECHANISM) {
    throw new SaslClientError(`the broker does not offer SASL mechanism ${credentials.mechanism} (it offers ${handshake.mechanisms.join(', ') || 'none'})`);
  }
  if (handshake.errorCode !== ErrorCode.NONE) throw new SaslClientError(`SaslHandshake failed with error code ${handshake.errorCode}`);
  const exchange = async (token: Buffer): Promise<Buffer> => {
    const response = await transport.authenticate(token);
    if (response.errorCode !== ErrorCode.NONE) throw new SaslClientError(response.errorMessage || `SaslAuthenticate failed with error code ${response.errorCode}`);
    return response.authBytes;
  };
  if (credentials.mechanism === 'PLAIN') {
    await exchange(Buffer.from(`\u0000${credentials.username}\u0000${credentials.password}`, 'utf8'));
    return;
  }
  await scramExchange(credentials.mechanism, credentials.username, credentials.password, exchange);
}

async function scramExchange(mechanism: ScramMechanism, username: string, password: string, exchange: (token: Buffer) => Promise<Buffer>): Promise<void> {
  const clientNonce = randomBytes(scramClientNonceBytes).toString('base64');
  const clientFirst = formatClientFirst(username, clientNonce);
  const clientFirstBare = clientFirst.slice('n,,'.length);
  try {
    const serverFirst = parseServerFirst((await exchange(Buffer.from(clientFirst, 'utf8'))).toString('utf8'));
    if (!serverFirst.nonce.startsWith(clientNonce) || serverFirst.nonce.length === clientNonce.length) {
      throw new SaslClientError('SCRAM server nonce does not extend the client nonce');
    }
    if (serverFirst.iterations < scramIterationsMin) {
      throw new SaslClientError(`SCRAM iteration count ${serverFirst.iterations} is below the minimum ${scramIterationsMin}`);
    }
    const salted = saltedPassword(mechanism, password, serverFirst.salt, serverFirst.iterations);
    const withoutProof = formatClientFinalWithoutProof('n,,', serverFirst.nonce);
    const auth = authMessage(clientFirstBare, serverFirst.text, withoutProof);
    const key = clientKey(mechanism, salted);
    const proof = xor(key, hmac(mechanism, hash(mechanism, key), auth));
    const serverFinal = parseServerFinal((await exchange(Buffer.from(`${withoutProof},p=${proof.toString('base64')}`, 'utf8'))).toString('utf8'));
    if ('error' in serverFinal) throw new SaslClientError(`SCRAM server error: ${serverFinal.error}`);
    const expected = hmac(mechanism, hmac(mechanism, salted, 'Server Key'), auth);
    if (!secretsEqual(serverFinal.signature, expected)) throw new SaslClientError('SCRAM server signature is invalid: the broker does not know this credential');
  } catch (err) {
    if (err instanceof ScramFormatError) throw new SaslClientError(`malformed SCRAM message from the broker: ${err.message}`);
    throw err;
  }
}
