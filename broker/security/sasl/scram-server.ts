/**
 * SCRAM-SHA-256/512 on the broker (RFC 5802, RFC 7677), as Kafka's ScramSaslServer: client-first
 * -> server-first (combined nonce, salt, iterations) -> client-final (proof checked against the
 * stored key) -> server-final (`v=` server signature). Every message out of order, replayed,
 * truncated or with a foreign nonce fails the exchange.
 *
 * An unknown user is not refused at once: the exchange goes on with a made-up credential whose
 * salt is derived from the user name (the same on every attempt), and fails at the proof check
 * after the same work as a wrong password, so that neither the answer nor its timing tells an
 * attacker which users exist (RFC 5802 section 9).
 */

import { createHmac, randomBytes } from 'node:crypto';
import {
  type ScramCredential, type ScramMechanism, clientKey, hash, hmac, scramIterationsDefault, scramSaltBytes, secretsEqual, xor,
} from '../../../proto/scram';
import {
  type ClientFirstMessage, ScramFormatError, authMessage, formatServerFinal, formatServerFirst, parseClientFinal, parseClientFirst,
} from '../../../proto/scram-messages';
import { type SaslMechanismServer, type SaslStep, SaslAuthenticationFailure } from './mechanism';

/** Looks a user's credential up; undefined for an unknown user; throws when the store cannot answer. */
export type CredentialLookup = (mechanism: ScramMechanism, username: string) => Promise<ScramCredential | undefined>;

/** Bytes of randomness in the server's part of the nonce. */
export const scramServerNonceBytes = 24;

const nonceAlphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** Letters and digits only, as Kafka's ScramFormatter.secureRandomString: some clients mishandle '+', '/' in nonces. */
function alphanumericNonce(length: number): string {
  return [...randomBytes(length)].map((b) => nonceAlphabet[b % nonceAlphabet.length]).join('');
}

/** Per-process key from which unknown users' fake salts are derived. */
const fakeSaltKey = randomBytes(32);

type State = 'client-first' | 'client-final' | 'complete' | 'failed';

export class ScramServer implements SaslMechanismServer {
  private state: State = 'client-first';
  private clientFirst: ClientFirstMessage | undefined;
  private serverFirst = '';
  private nonce = '';
  private credential: ScramCredential | undefined;
  private knownUser = false;

  constructor(private readonly mechanism: ScramMechanism, private readonly lookup: CredentialLookup) {}

  async evaluate(response: Buffer): Promise<SaslStep> {
    const state = this.state;
    this.state = 'failed';
    try {
      if (state === 'client-first') return await this.onClientFirst(response.toString('utf8'));
      if (state === 'client-final') return this.onClientFinal(response.toString('utf8'));
    } catch (err) {
      if (err instanceof ScramFormatError) throw new SaslAuthenticationFailure(`malformed ${state} message: ${err.message}`, this.clientFirst?.username);
      throw err;
    }
    throw new SaslAuthenticationFailure(`unexpected message after the exchange ${state === 'complete' ? 'completed' : 'failed'}`, this.clientFirst?.username);
  }

  private async onClientFirst(text: string): Promise<SaslStep> {
    const first = parseClientFirst(text);
    this.clientFirst = first;
    if (first.authzid !== undefined && first.authzid !== first.username) {
      throw new SaslAuthenticationFailure('client requested an authorization id different from the username', first.username);
    }
    if (first.extensions.get('tokenauth') === 'true') throw new SaslAuthenticationFailure('delegation tokens are not supported', first.username);
    let credential: ScramCredential | undefined;
    try {
      credential = await this.lookup(this.mechanism, first.username);
    } catch (err) {
      throw new SaslAuthenticationFailure(`credential store unavailable: ${(err as Error).message}`, first.username);
    }
    this.knownUser = credential !== undefined;
    this.credential = credential ?? this.fakeCredential(first.username);
    this.nonce = first.nonce + alphanumericNonce(scramServerNonceBytes);
    this.serverFirst = formatServerFirst(this.nonce, this.credential.salt, this.credential.iterations);
    this.state = 'client-final';
    return { challenge: Buffer.from(this.serverFirst, 'utf8') };
  }

  private onClientFinal(text: string): SaslStep {
    const first = this.clientFirst!;
    const final = parseClientFinal(text);
    if (final.channelBinding.toString('utf8') !== first.gs2Header) throw new SaslAuthenticationFailure('channel binding does not match the gs2 header', first.username);
    // Kafka accepts any nonce ending with the combined one, for librdkafka before 1.4, which sends
    // its own nonce followed by the combined one; exactly that form is accepted here too.
    if (final.nonce !== this.nonce && final.nonce !== first.nonce + this.nonce) {
      throw new SaslAuthenticationFailure('invalid nonce in client-final message', first.username);
    }
    const credential = this.credential!;
    const auth = authMessage(first.bare, this.serverFirst, final.withoutProof);
    const clientSignature = hmac(this.mechanism, credential.storedKey, auth);
    const computedStoredKey = hash(this.mechanism, xor(final.proof, clientSignature));
    const proofValid = final.proof.length === clientSignature.length && secretsEqual(computedStoredKey, credential.storedKey);
    if (!this.knownUser) throw new SaslAuthenticationFailure('unknown user', first.username);
    if (!proofValid) throw new SaslAuthenticationFailure('wrong password (client proof does not match)', first.username);
    this.state = 'complete';
    const serverSignature = hmac(this.mechanism, credential.serverKey, auth);
    return { challenge: Buffer.from(formatServerFinal(serverSignature), 'utf8'), authenticatedUser: first.username };
  }

  private fakeCredential(username: string): ScramCredential {
    const salt = createHmac('sha256', fakeSaltKey).update(`${this.mechanism}\u0000${username}`).digest().subarray(0, scramSaltBytes);
    const keyBytes = this.mechanism === 'SCRAM-SHA-256' ? 32 : 64;
    const key = randomBytes(keyBytes);
    return { salt, storedKey: hash(this.mechanism, clientKey(this.mechanism, key)), serverKey: key, iterations: scramIterationsDefault };
  }
}
