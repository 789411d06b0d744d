/**
 * The admin API's security settings (Samsa-only keys, named after Kafka's listener ones):
 * `admin.listeners=https://host:port` with `admin.ssl.keystore.location` (PEM: private key and
 * certificate), optionally `admin.ssl.truststore.location` and `admin.ssl.client.auth` for client
 * certificates; authentication with `admin.auth.basic.enable` (HTTP basic against the SCRAM users
 * in ZooKeeper) and/or `admin.auth.tokens` (`token:User:name,...` bearer tokens mapped to
 * principals); `admin.unauthenticated.listeners` for a separate listener serving only /metrics,
 * /healthz and /readyz. With none of them the admin API is as it always was (the legacy
 * `admin.auth.token` guards mutating routes only).
 */
import { type AdminListener, parseAdminListener } from '../config/listeners';
import { BrokerConfigError } from '../config/properties';
import { type KafkaPrincipal, parsePrincipal } from '../security/principal';

export const adminSslClientAuthModes = ['none', 'requested', 'required'] as const;
export type AdminSslClientAuth = (typeof adminSslClientAuthModes)[number];

/** The principal the legacy single `admin.auth.token` authenticates as once authentication is on. */
export const legacyAdminTokenPrincipal: KafkaPrincipal = Object.freeze({ principalType: 'User', name: 'admin' });

export interface AdminSslConfig {
  keystoreLocation: string;
  truststoreLocation?: string;
  clientAuth: AdminSslClientAuth;
}

export interface AdminSecurityConfig {
  /** Present when admin.listeners is https://. */
  ssl?: AdminSslConfig;
  basicAuth: boolean;
  /** Bearer token -> principal (admin.auth.tokens, plus admin.auth.token when authentication is on). */
  tokens: ReadonlyMap<string, KafkaPrincipal>;
  /** Every route needs authentication (basic or tokens configured). */
  authenticationRequired: boolean;
  unauthenticatedListener?: AdminListener;
}

/** The raw keys, as the broker config reads them. */
export interface AdminSecurityKeys {
  listenerText: string;
  keystoreLocation?: string;
  truststoreLocation?: string;
  clientAuth: string;
  basicAuth: boolean;
  tokensText?: string;
  legacyToken?: string;
  unauthenticatedListenerText?: string;
}

/** `admin.listeners` accepts http:// and https://; the host and port parse the same way. */
export function parseAdminEndpoint(key: string, text: string): { listener: AdminListener; tls: boolean } {
  const trimmed = text.trim();
  const tls = /^https:\/\//i.test(trimmed);
  return { listener: parseAdminListener(key, tls ? `http://${trimmed.slice('https://'.length)}` : trimmed), tls };
}

/** `token:User:name,...`; a token may not contain ':' or ','. */
export function parseAdminTokens(text: string | undefined): Map<string, KafkaPrincipal> {
  const out = new Map<string, KafkaPrincipal>();
  for (const item of (text ?? '').split(',').map((s) => s.trim()).filter((s) => s !== '')) {
    const colon = item.indexOf(':');
    if (colon <= 0) throw new BrokerConfigError('admin.auth.tokens', 'each entry must be token:User:name');
    let principal: KafkaPrincipal;
    try {
      principal = parsePrincipal(item.slice(colon + 1));
    } catch {
      throw new BrokerConfigError('admin.auth.tokens', 'each entry must be token:User:name');
    }
    if (out.has(item.slice(0, colon))) throw new BrokerConfigError('admin.auth.tokens', 'a token is listed twice');
    out.set(item.slice(0, colon), principal);
  }
  return out;
}

export function adminSecurityConfig(keys: AdminSecurityKeys): AdminSecurityConfig {
  const { tls } = parseAdminEndpoint('admin.listeners', keys.listenerText);
  if (tls && keys.keystoreLocation === undefined) {
    throw new BrokerConfigError('admin.listeners', 'https:// needs admin.ssl.keystore.location (only http:// works without one)');
  }
  if (!tls && keys.keystoreLocation !== undefined) throw new BrokerConfigError('admin.ssl.keystore.location', 'is set but admin.listeners is not https://');
  if (!(adminSslClientAuthModes as readonly string[]).includes(keys.clientAuth)) {
    throw new BrokerConfigError('admin.ssl.client.auth', `"${keys.clientAuth}" is not one of ${adminSslClientAuthModes.join(', ')}`);
  }
  const clientAuth = keys.clientAuth as AdminSslClientAuth;
  if (clientAuth !== 'none' && keys.truststoreLocation === undefined) {
    throw new BrokerConfigError('admin.ssl.truststore.location', `is required with admin.ssl.client.auth=${clientAuth}`);
  }
  const tokens = parseAdminTokens(keys.tokensText);
  const authenticationRequired = keys.basicAuth || tokens.size > 0;
  if (authenticationRequired && keys.legacyToken !== undefined && !tokens.has(keys.legacyToken)) tokens.set(keys.legacyToken, legacyAdminTokenPrincipal);
  const unauthenticated = keys.unauthenticatedListenerText === undefined ? undefined : parseAdminEndpoint('admin.unauthenticated.listeners', keys.unauthenticatedListenerText);
  if (unauthenticated?.tls) throw new BrokerConfigError('admin.unauthenticated.listeners', 'serves plain http:// only');
  return {
    ssl: tls ? { keystoreLocation: keys.keystoreLocation!, truststoreLocation: keys.truststoreLocation, clientAuth } : undefined,
    basicAuth: keys.basicAuth,
    tokens,
    authenticationRequired,
    unauthenticatedListener: unauthenticated?.listener,
  };
}
