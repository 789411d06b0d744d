/**
 * Builds the admin API's security from its configuration: the HTTPS options (PEM files read at
 * startup; a missing or unreadable file stops startup naming the key) and the authenticator with
 * its SCRAM user cache over ZooKeeper.
 */
import type { Logger } from 'pino';
import { BrokerConfigError } from '../config/properties';
import type tls from 'node:tls';
import { PrincipalMapper } from '../security/tls/principal-mapper';
import { tlsPrincipal } from '../security/tls/tls-principal';
import { AdminAuthenticator } from './admin-authentication';
import type { AdminSecurityConfig, AdminSslConfig } from './admin-security-config';
import type { SslConfig } from '../config/security';
import { TlsReloader } from '../security/tls/tls-reloader';
import type { AdminServerOptions } from './admin-server';
import { type ScramCredentialSource, ScramUserCache } from './scram-user-cache';

export interface AdminSecurity {
  https: AdminServerOptions['https'];
  authenticator: AdminAuthenticator | undefined;
  /** Set with https: start it once the server listens, feeding its reloads to the server; stop it with the server. */
  tlsReloader: TlsReloader | undefined;
}

/** Admin TLS files are checked for changes as often as the Kafka listeners' (ssl.file.reload.interval.ms's default). */
export const adminTlsReloadIntervalMs = 10_000;

/** The admin listener's TLS material as a listener's SslConfig, so that it loads and reloads as the Kafka listeners' does. */
function adminSslConfig(ssl: AdminSslConfig, principalMappingRules: string): SslConfig {
  return {
    keystoreLocation: ssl.keystoreLocation, keystoreKey: undefined, keystoreCertificateChain: undefined, keyPassword: undefined,
    truststoreLocation: ssl.truststoreLocation, truststoreCertificates: undefined, clientAuth: ssl.clientAuth,
    enabledProtocols: ['TLSv1.2', 'TLSv1.3'], cipherSuites: [], endpointIdentificationAlgorithm: 'https', principalMappingRules,
    fileReloadIntervalMs: adminTlsReloadIntervalMs,
  };
}

/** `failedAuthenticationDelayMs`: the broker's connection.failed.authentication.delay.ms, so both doors answer a wrong password alike. */
export async function buildAdminSecurity(
  config: AdminSecurityConfig, credentials: ScramCredentialSource | undefined, logger: Logger, failedAuthenticationDelayMs?: number,
): Promise<AdminSecurity> {
  let https: AdminServerOptions['https'];
  let tlsReloader: TlsReloader | undefined;
  if (config.ssl) {
    // One PEM file holds the key and its certificate chain (Kafka's PEM keystore), read and reloaded as the listeners' are.
    try {
      tlsReloader = new TlsReloader('admin', adminSslConfig(config.ssl, config.principalMappingRules), logger);
    } catch (err) {
      throw new BrokerConfigError('admin.ssl.keystore.location', `cannot use the admin TLS files: ${(err as Error).message}`);
    }
    https = {
      ...tlsReloader.currentServerOptions,
      requestCert: config.ssl.clientAuth !== 'none',
      rejectUnauthorized: config.ssl.clientAuth === 'required',
    };
  }
  if (!config.authenticationRequired) return { https, tlsReloader, authenticator: undefined };
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
  return { https, tlsReloader, authenticator };
}

/** The principal of a trusted client certificate (mapped as on the Kafka listeners); none without one. */
function certificatePrincipal(socket: tls.TLSSocket, mapper: PrincipalMapper) {
  const result = tlsPrincipal(socket, mapper);
  return result.ok && result.principal.name !== 'ANONYMOUS' ? result.principal : undefined;
}
