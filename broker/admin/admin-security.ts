/**
 * Builds the admin API's security from its configuration: the HTTPS options (PEM files read at
 * startup; a missing or unreadable file stops startup naming the key) and the authenticator with
 * its SCRAM user cache over ZooKeeper.
 */
import { readFile } from 'node:fs/promises';
import type { Logger } from 'pino';
import { BrokerConfigError } from '../config/properties';
import type tls from 'node:tls';
import { PrincipalMapper } from '../security/tls/principal-mapper';
import { tlsPrincipal } from '../security/tls/tls-principal';
import { AdminAuthenticator } from './admin-authentication';
import type { AdminSecurityConfig } from './admin-security-config';
import type { AdminServerOptions } from './admin-server';
import { type ScramCredentialSource, ScramUserCache } from './scram-user-cache';

export interface AdminSecurity {
  https: AdminServerOptions['https'];
  authenticator: AdminAuthenticator | undefined;
}

async function readPem(key: string, path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (err) {
    throw new BrokerConfigError(key, `cannot read ${path}: ${(err as Error).message}`);
  }
}

/** `failedAuthenticationDelayMs`: the broker's connection.failed.authentication.delay.ms, so both doors answer a wrong password alike. */
export async function buildAdminSecurity(
  config: AdminSecurityConfig, credentials: ScramCredentialSource | undefined, logger: Logger, failedAuthenticationDelayMs?: number,
): Promise<AdminSecurity> {
  let https: AdminServerOptions['https'];
  if (config.ssl) {
    // One PEM file holds the key and its certificate chain (Kafka's PEM keystore): each option takes its own blocks.
    const keystore = await readPem('admin.ssl.keystore.location', config.ssl.keystoreLocation);
    const ca = config.ssl.truststoreLocation === undefined ? undefined : await readPem('admin.ssl.truststore.location', config.ssl.truststoreLocation);
    https = {
      key: keystore, cert: keystore, ...(ca ? { ca } : {}),
      requestCert: config.ssl.clientAuth !== 'none',
      rejectUnauthorized: config.ssl.clientAuth === 'required',
    };
  }
  if (!config.authenticationRequired) return { https, authenticator: undefined };
  let cache: ScramUserCache | undefined;
  if (config.basicAuth) {
    if (!credentials) throw new Error('invariant: HTTP basic authentication needs the broker\'s SCRAM credential cache');
    cache = new ScramUserCache(credentials);
  }
  const mapper = config.ssl && config.ssl.clientAuth !== 'none' ? PrincipalMapper.fromRules(config.principalMappingRules) : undefined;
  const authenticator = new AdminAuthenticator({
    certificatePrincipal: mapper ? (request) => certificatePrincipal(request.raw.socket as tls.TLSSocket, mapper) : undefined,
    passwordMatches: cache ? (user, password) => cache.passwordMatches(user, password) : undefined,
    tokens: config.tokens, tls: config.ssl !== undefined, logger, failedAuthenticationDelayMs,
  });
  return { https, authenticator };
}

/** The principal of a trusted client certificate (mapped as on the Kafka listeners); none without one. */
function certificatePrincipal(socket: tls.TLSSocket, mapper: PrincipalMapper) {
  const result = tlsPrincipal(socket, mapper);
  return result.ok && result.principal.name !== 'ANONYMOUS' ? result.principal : undefined;
}
