/**
 * Builds the admin API's security from its configuration: the HTTPS options (PEM files read at
 * startup; a missing or unreadable file stops startup naming the key) and the authenticator with
 * its SCRAM user cache over ZooKeeper.
 */
import { readFile } from 'node:fs/promises';
import type { Logger } from 'pino';
import { UserScramCredentialStore } from '../../zk/admin/user-scram-credentials';
import type { ZkSession } from '../../zk/zk-session';
import { BrokerConfigError } from '../config/properties';
import { AdminAuthenticator } from './admin-authentication';
import type { AdminSecurityConfig } from './admin-security-config';
import type { AdminServerOptions } from './admin-server';
import { ScramUserCache } from './scram-user-cache';

export interface AdminSecurity {
  https: AdminServerOptions['https'];
  authenticator: AdminAuthenticator | undefined;
  /** Stop it when the admin server stops (it watches ZooKeeper). */
  userCache: ScramUserCache | undefined;
}

async function readPem(key: string, path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (err) {
    throw new BrokerConfigError(key, `cannot read ${path}: ${(err as Error).message}`);
  }
}

export async function buildAdminSecurity(config: AdminSecurityConfig, zk: ZkSession, logger: Logger): Promise<AdminSecurity> {
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
  if (!config.authenticationRequired) return { https, authenticator: undefined, userCache: undefined };
  let userCache: ScramUserCache | undefined;
  if (config.basicAuth) {
    userCache = new ScramUserCache(new UserScramCredentialStore(zk), zk);
    await userCache.start();
  }
  const cache = userCache;
  const authenticator = new AdminAuthenticator({
    passwordMatches: cache ? (user, password) => cache.passwordMatches(user, password) : undefined,
    tokens: config.tokens, tls: config.ssl !== undefined, logger,
  });
  return { https, authenticator, userCache };
}
