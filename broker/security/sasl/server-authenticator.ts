/**
 * One connection's SASL authentication on the broker (Kafka's SaslServerAuthenticator with
 * KIP-152's SaslAuthenticate requests): until it completes, only ApiVersions, SaslHandshake and
 * SaslAuthenticate are accepted (the dispatcher closes the connection on anything else); a
 * SaslHandshake picks an enabled mechanism, then SaslAuthenticate requests carry its tokens. A
 * failure is answered SASL_AUTHENTICATION_FAILED (or UNSUPPORTED_SASL_MECHANISM /
 * ILLEGAL_SASL_STATE) after `connection.failed.authentication.delay.ms`, and the connection then
 * closes. The log names the user and the reason, never a password, proof or token.
 */

import type { Logger } from 'pino';
import { ErrorCode } from '../../../proto/errors';
import { isScramMechanism } from '../../../proto/scram';
import type { ListenerSecurity, SaslMechanism } from '../../config/security';
import { type KafkaPrincipal, userPrincipal } from '../principal';
import { plainUsers } from '../../../proto/jaas-config';
import { type SaslMechanismServer, SaslAuthenticationFailure } from './mechanism';
import { PlainServer } from './plain-server';
import { type CredentialLookup, ScramServer } from './scram-server';

export interface SaslHandshakeResult {
  errorCode: number;
  mechanisms: string[];
}

export interface SaslAuthenticateResult {
  errorCode: number;
  errorMessage: string;
  authBytes: Buffer;
  sessionLifetimeMs: number;
}

export interface SaslAuthenticatorFactory {
  create(listener: ListenerSecurity, connection: { connectionId: string; clientAddress: string }, onAuthenticated: (principal: KafkaPrincipal) => void): SaslServerAuthenticator;
}

type State = 'handshake' | 'authenticate' | 'complete' | 'failed';

/** Kafka's client-facing message: the same for unknown users and wrong passwords. */
const failedMessage = 'Authentication failed: Invalid username or password';

export class SaslServerAuthenticator {
  private state: State = 'handshake';
  private rawTokens = false;
  private mechanismName: SaslMechanism | undefined;
  private server: SaslMechanismServer | undefined;

  constructor(private readonly opts: {
    listener: ListenerSecurity;
    credentials: CredentialLookup;
    failedAuthenticationDelayMs: number;
    logger: Logger;
    onAuthenticated: (principal: KafkaPrincipal) => void;
  }) {}

  /** Authentication succeeded: every API is open to the connection. */
  get complete(): boolean {
    return this.state === 'complete';
  }

  /** The exchange failed: the connection closes once the answer is written. */
  get failed(): boolean {
    return this.state === 'failed';
  }

  /**
   * After a SaslHandshake v0 (Kafka's wire protocol, pre-KIP-152 clients) the tokens come as bare
   * length-prefixed frames without request headers, and are answered the same way.
   */
  get expectsRawToken(): boolean {
    return this.rawTokens && this.state === 'authenticate';
  }

  /** `rawTokens`: a SaslHandshake v0 on Kafka's wire protocol. */
  handshake(mechanism: string, rawTokens = false): SaslHandshakeResult {
    const enabled = this.opts.listener.sasl!.enabledMechanisms;
    if (this.state !== 'handshake') {
      this.state = this.state === 'complete' ? 'complete' : 'failed';
      return { errorCode: ErrorCode.ILLEGAL_SASL_STATE, mechanisms: enabled };
    }
    const chosen = enabled.find((m) => m === mechanism);
    if (chosen === undefined) {
      this.state = 'failed';
      this.opts.logger.info({ mechanism, enabled }, 'SASL handshake asked for a mechanism this listener does not offer');
      return { errorCode: ErrorCode.UNSUPPORTED_SASL_MECHANISM, mechanisms: enabled };
    }
    this.mechanismName = chosen;
    this.server = this.mechanismServer(chosen);
    this.state = 'authenticate';
    this.rawTokens = rawTokens;
    return { errorCode: ErrorCode.NONE, mechanisms: enabled };
  }

  async authenticate(authBytes: Buffer): Promise<SaslAuthenticateResult> {
    if (this.state !== 'authenticate') {
      const message = this.state === 'complete' ? 'SaslAuthenticate request received after successful authentication' : 'SaslAuthenticate before SaslHandshake';
      if (this.state !== 'complete') this.state = 'failed';
      return { errorCode: ErrorCode.ILLEGAL_SASL_STATE, errorMessage: message, authBytes: Buffer.alloc(0), sessionLifetimeMs: 0 };
    }
    try {
      const step = await this.server!.evaluate(authBytes);
      if (step.authenticatedUser !== undefined) {
        this.state = 'complete';
        const principal = userPrincipal(step.authenticatedUser);
        this.opts.onAuthenticated(principal);
        this.opts.logger.debug({ mechanism: this.mechanismName, user: step.authenticatedUser }, 'SASL authentication succeeded');
      }
      return { errorCode: ErrorCode.NONE, errorMessage: '', authBytes: step.challenge, sessionLifetimeMs: 0 };
    } catch (err) {
      this.state = 'failed';
      const failure = err instanceof SaslAuthenticationFailure ? err : new SaslAuthenticationFailure(`mechanism error: ${(err as Error).message}`);
      this.opts.logger.info({ mechanism: this.mechanismName, user: failure.userName, reason: failure.reason }, 'SASL authentication failed');
      await delay(this.opts.failedAuthenticationDelayMs);
      const errorMessage = failure.reason.startsWith('credential store unavailable') ? 'Authentication failed: credential store unavailable' : failedMessage;
      return { errorCode: ErrorCode.SASL_AUTHENTICATION_FAILED, errorMessage, authBytes: Buffer.alloc(0), sessionLifetimeMs: 0 };
    }
  }

  private mechanismServer(mechanism: SaslMechanism): SaslMechanismServer {
    if (isScramMechanism(mechanism)) return new ScramServer(mechanism, this.opts.credentials);
    const jaas = this.opts.listener.sasl!.jaas.PLAIN;
    return new PlainServer(jaas === undefined ? new Map() : plainUsers(jaas));
  }
}

function delay(ms: number): Promise<void> {
  return ms <= 0 ? Promise.resolve() : new Promise((resolve) => setTimeout(resolve, ms));
}

/** The broker's factory: SCRAM credentials from the cache, the listener's JAAS users for PLAIN. */
export function saslAuthenticatorFactory(opts: { credentials: CredentialLookup; failedAuthenticationDelayMs: number; logger: Logger }): SaslAuthenticatorFactory {
  return {
    create: (listener, connection, onAuthenticated) => new SaslServerAuthenticator({
      listener, credentials: opts.credentials, failedAuthenticationDelayMs: opts.failedAuthenticationDelayMs,
      logger: opts.logger.child({ listener: listener.listenerName, connectionId: connection.connectionId, clientAddress: connection.clientAddress }),
      onAuthenticated,
    }),
  };
}
