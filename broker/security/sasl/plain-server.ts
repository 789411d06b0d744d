/**
 * PLAIN (RFC 4616) on the broker, as Kafka's PlainSaslServer: one message
 * `authzid NUL authcid NUL passwd`; the authorization id must be empty or the user name; the
 * password is checked against the JAAS `user_<name>` entries of the listener.
 */

import { createHash, timingSafeEqual } from 'node:crypto';
import { type SaslMechanismServer, type SaslStep, SaslAuthenticationFailure } from './mechanism';

export class PlainServer implements SaslMechanismServer {
  private done = false;

  constructor(private readonly users: ReadonlyMap<string, string>) {}

  evaluate(response: Buffer): Promise<SaslStep> {
    if (this.done) return Promise.reject(new SaslAuthenticationFailure('PLAIN takes exactly one message'));
    this.done = true;
    const parts = response.toString('utf8').split('\u0000');
    if (parts.length !== 3) return Promise.reject(new SaslAuthenticationFailure('PLAIN message is not authzid NUL authcid NUL passwd'));
    const [authzid, username, password] = parts as [string, string, string];
    if (username === '') return Promise.reject(new SaslAuthenticationFailure('PLAIN username not specified'));
    if (password === '') return Promise.reject(new SaslAuthenticationFailure('PLAIN password not specified', username));
    if (authzid !== '' && authzid !== username) {
      return Promise.reject(new SaslAuthenticationFailure('client requested an authorization id different from the username', username));
    }
    const expected = this.users.get(username);
    // Compare digests so that the comparison takes the same time whatever the lengths, and an
    // unknown user costs the same as a wrong password.
    const matches = timingSafeEqual(digest(password), digest(expected ?? '\u0000unknown-user'));
    if (expected === undefined) return Promise.reject(new SaslAuthenticationFailure('unknown user', username));
    if (!matches) return Promise.reject(new SaslAuthenticationFailure('wrong password', username));
    return Promise.resolve({ challenge: Buffer.alloc(0), authenticatedUser: username });
  }
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}
