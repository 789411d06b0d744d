import { BrokerConfigError } from '../config/properties';
import { adminSecurityConfig, legacyAdminTokenPrincipal, parseAdminTokens, type AdminSecurityKeys } from './admin-security-config';

const base: AdminSecurityKeys = { listenerText: 'http://0.0.0.0:9644', clientAuth: 'none', basicAuth: false };

describe('admin security config', () => {
  it('is off by default: no authentication, no TLS, no unauthenticated listener (the legacy token guards mutations only)', () => {
    expect(adminSecurityConfig({ ...base, legacyToken: 't' })).toEqual({ ssl: undefined, basicAuth: false, tokens: new Map(), authenticationRequired: false, unauthenticatedListener: undefined });
  });

  it('maps admin.auth.tokens to principals and admits the legacy token as User:admin once authentication is on', () => {
    const c = adminSecurityConfig({ ...base, tokensText: 'abc:User:alice, def:User:CN=x', legacyToken: 'old' });
    expect(c.authenticationRequired).toBe(true);
    expect(c.tokens).toEqual(new Map([['abc', { principalType: 'User', name: 'alice' }], ['def', { principalType: 'User', name: 'CN=x' }], ['old', legacyAdminTokenPrincipal]]));
  });

  it('reads https with its PEM files and the unauthenticated listener', () => {
    const c = adminSecurityConfig({
      ...base, listenerText: 'https://127.0.0.1:9443', keystoreLocation: '/k.pem', truststoreLocation: '/ca.pem', clientAuth: 'required',
      basicAuth: true, unauthenticatedListenerText: 'http://127.0.0.1:9645',
    });
    expect(c.ssl).toEqual({ keystoreLocation: '/k.pem', truststoreLocation: '/ca.pem', clientAuth: 'required' });
    expect(c.unauthenticatedListener).toEqual({ host: '127.0.0.1', port: 9645 });
  });

  it.each([
    [{ listenerText: 'https://h:1' }, 'admin.listeners', /needs admin.ssl.keystore.location/],
    [{ keystoreLocation: '/k.pem' }, 'admin.ssl.keystore.location', /not https/],
    [{ listenerText: 'https://h:1', keystoreLocation: '/k', clientAuth: 'required' }, 'admin.ssl.truststore.location', /required with admin.ssl.client.auth=required/],
    [{ tokensText: 'no-principal' }, 'admin.auth.tokens', /token:User:name/],
    [{ tokensText: 'a:User:x,a:User:y' }, 'admin.auth.tokens', /twice/],
    [{ unauthenticatedListenerText: 'https://h:2' }, 'admin.unauthenticated.listeners', /http:\/\/ only/],
  ])('refuses %j', (keys, key, message) => {
    let err: unknown;
    try {
      adminSecurityConfig({ ...base, ...keys });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(BrokerConfigError);
    expect((err as BrokerConfigError).key).toBe(key);
    expect((err as Error).message).toMatch(message);
  });

  it('parses an empty token list as none', () => {
    expect(parseAdminTokens(' , ')).toEqual(new Map());
  });
});
