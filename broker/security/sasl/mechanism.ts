/** What every SASL mechanism's server side offers the authenticator (Java's SaslServer). */

export interface SaslStep {
  /** The challenge to send back (empty when the mechanism has nothing to say). */
  challenge: Buffer;
  /** Set once the exchange has succeeded: the authenticated user name. */
  authenticatedUser?: string;
}

export interface SaslMechanismServer {
  /** One client response in, one challenge out; throws SaslAuthenticationFailure to refuse. */
  evaluate(response: Buffer): Promise<SaslStep>;
}

/**
 * Why authentication failed. `reason` is logged with the user name (never a secret); clients see
 * Kafka's generic message, so that they cannot tell an unknown user from a wrong password.
 */
export class SaslAuthenticationFailure extends Error {
  constructor(readonly reason: string, readonly userName?: string) {
    super(reason);
  }
}
