/**
 * Who is calling the admin API: HTTP basic (RFC 7617) checked against the SCRAM users, or a
 * bearer token (RFC 6750) mapped to its principal. When authentication is configured every
 * route needs it; a failure answers 401 with the schemes offered in WWW-Authenticate, after
 * `adminFailedAuthenticationDelayMs` (Kafka's connection.failed.authentication.delay.ms, which
 * slows password guessing), and is logged with the user name and client, never the secret.
 * The principal then goes through the broker's Authorizer like a Kafka client's.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import { type KafkaPrincipal, formatPrincipal, userPrincipal } from '../security/principal';
import { anonymousSession, hostOfAddress, type Session } from '../security/session';

/** Kafka's default connection.failed.authentication.delay.ms. */
export const adminFailedAuthenticationDelayMs = 100;
/** The listener name admin sessions carry (ACLs match principals and hosts, not listeners). */
export const adminListenerName = 'ADMIN';
export const adminRealm = 'samsa-admin';

export interface AdminAuthenticationOptions {
  /** HTTP basic: whether `password` is `user`'s SCRAM password (undefined: basic is off). */
  passwordMatches?: (user: string, password: string) => Promise<boolean>;
  tokens: ReadonlyMap<string, KafkaPrincipal>;
  tls: boolean;
  logger: Logger;
  failedAuthenticationDelayMs?: number;
}

type Outcome = { principal: KafkaPrincipal } | { failure: string; user?: string };

const sessions = new WeakMap<FastifyRequest, Session>();

/** The request's session: its authenticated principal, or anonymous when authentication is off. */
export function sessionOf(request: FastifyRequest): Session {
  return sessions.get(request) ?? anonymousSession(hostOfAddress(request.ip), adminListenerName);
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

export class AdminAuthenticator {
  private readonly tokenDigests: Array<{ digest: Buffer; principal: KafkaPrincipal }>;

  constructor(private readonly opts: AdminAuthenticationOptions) {
    // Compared as digests so that every comparison takes the same time whatever the lengths.
    this.tokenDigests = [...opts.tokens].map(([token, principal]) => ({ digest: digest(token), principal }));
  }

  get challenge(): string {
    const schemes = [];
    if (this.opts.passwordMatches) schemes.push(`Basic realm="${adminRealm}", charset="UTF-8"`);
    if (this.tokenDigests.length > 0) schemes.push(`Bearer realm="${adminRealm}"`);
    return schemes.join(', ');
  }

  /** An onRequest hook: sets the request's session or answers 401. */
  readonly onRequest = async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    const outcome = await this.authenticate(request.headers.authorization);
    const clientHost = hostOfAddress(request.ip);
    if ('principal' in outcome) {
      sessions.set(request, { principal: outcome.principal, clientHost, listenerName: adminListenerName, securityProtocol: this.opts.tls ? 'SSL' : 'PLAINTEXT' });
      return;
    }
    this.opts.logger.warn({ clientHost, user: outcome.user, reason: outcome.failure, method: request.method, url: request.url }, 'admin authentication failed');
    await sleep(this.opts.failedAuthenticationDelayMs ?? adminFailedAuthenticationDelayMs);
    await reply.code(401).header('www-authenticate', this.challenge).send({ error_code: 401, message: 'authentication required' });
  };

  async authenticate(header: string | undefined): Promise<Outcome> {
    if (header === undefined || header === '') return { failure: 'no credentials' };
    const space = header.indexOf(' ');
    const scheme = (space < 0 ? header : header.slice(0, space)).toLowerCase();
    const value = space < 0 ? '' : header.slice(space + 1).trim();
    if (scheme === 'bearer' && this.tokenDigests.length > 0) return this.bearer(value);
    if (scheme === 'basic' && this.opts.passwordMatches) return this.basic(value, this.opts.passwordMatches);
    return { failure: `unsupported scheme ${scheme.slice(0, 16)}` };
  }

  private bearer(token: string): Outcome {
    const presented = digest(token);
    let found: KafkaPrincipal | undefined;
    for (const t of this.tokenDigests) if (timingSafeEqual(t.digest, presented)) found = t.principal;
    return found ? { principal: found } : { failure: 'unknown bearer token' };
  }

  private async basic(encoded: string, matches: (user: string, password: string) => Promise<boolean>): Promise<Outcome> {
    const decoded = Buffer.from(encoded, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon <= 0) return { failure: 'malformed basic credentials' };
    const user = decoded.slice(0, colon);
    if (!(await matches(user, decoded.slice(colon + 1)))) return { failure: 'wrong password or unknown user', user };
    return { principal: userPrincipal(user) };
  }
}

/** For log lines and 403 messages. */
export function describeSession(session: Session): string {
  return formatPrincipal(session.principal);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
