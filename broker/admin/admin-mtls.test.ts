/**
 * The admin API over HTTPS with required client certificates (admin.ssl.client.auth=required):
 * a trusted certificate authenticates its caller as User:<DN mapped by ssl.principal.mapping.rules>,
 * whose ACLs then apply; a caller without one cannot connect.
 */
import https from 'node:https';
import { copyFileSync, readFileSync } from 'node:fs';
import tls from 'node:tls';
import { X509Certificate } from 'node:crypto';
import pino from 'pino';
import { makeTestCerts, type TestCerts } from '../../test/fixtures/certs';
import { AclOperation } from '../security/acl';
import { allowAllAuthorizer, type Authorizer } from '../security/authorizer';
import { adminSecurityConfig } from './admin-security-config';
import { type AdminSecurity, buildAdminSecurity } from './admin-security';
import { AdminServer } from './admin-server';
import type { AdminDataSource } from './data-source';

const logger = pino({ level: 'silent' });
const requestTimeoutMs = 10_000;
const source: AdminDataSource = {
  clusterId: () => 'c1', controllerId: () => 1, brokers: () => [], topicNames: () => [], topic: () => undefined,
  readiness: () => ({ ready: true, reasons: [] }),
};
/** Only alice may Describe the cluster. */
const authorizer: Authorizer = { ...allowAllAuthorizer, enabled: true, authorize: (s, op) => s.principal.name === 'alice' && op === AclOperation.DESCRIBE };

function get(port: number, urlPath: string, options: https.RequestOptions): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = https.get({ host: '127.0.0.1', port, path: urlPath, servername: 'localhost', timeout: requestTimeoutMs, ...options }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('timeout', () => req.destroy(new Error(`no answer within ${requestTimeoutMs} ms`)));
    req.on('error', reject);
  });
}

describe('admin API with client certificates', () => {
  let certs: TestCerts;
  let server: AdminServer;
  let port: number;
  let security: AdminSecurity;

  beforeAll(async () => {
    certs = makeTestCerts();
    const config = adminSecurityConfig({
      listenerText: 'https://127.0.0.1:0', keystoreLocation: certs.broker.keystorePath, truststoreLocation: certs.caPath,
      clientAuth: 'required', basicAuth: false, principalMappingRules: 'RULE:^CN=([^,]*).*$/$1/,DEFAULT',
    });
    security = await buildAdminSecurity(config, undefined, logger);
    server = new AdminServer({ source, logger, authenticator: security.authenticator, authorizer, https: security.https });
    port = await server.start('127.0.0.1', 0);
    // As the broker wires it: reloaded material goes to the running server.
    security.tlsReloader!.onReload((options) => server.setSecureContext(options));
  }, 60_000);
  afterAll(async () => {
    security?.tlsReloader?.stop();
    await server?.stop();
    certs?.remove();
  });

  const withCert = (name: string): https.RequestOptions => {
    const pair = certs.client(name);
    return { ca: certs.ca, key: readFileSync(pair.keyPath), cert: readFileSync(pair.certPath) };
  };

  it("authenticates a trusted certificate's mapped DN and applies its ACLs", async () => {
    expect(await get(port, '/v3/clusters', withCert('alice'))).toBe(200);
    expect(await get(port, '/v3/clusters', withCert('bob'))).toBe(403);
  });

  it('refuses a caller without a certificate or with an untrusted one', async () => {
    await expect(get(port, '/healthz', { ca: certs.ca })).rejects.toThrow();
    const untrusted = certs.untrustedClient;
    await expect(get(port, '/healthz', { ca: certs.ca, key: readFileSync(untrusted.keyPath), cert: readFileSync(untrusted.certPath) })).rejects.toThrow();
  });

  // Last: it replaces the keystore file the tests above rely on.
  it('serves a new certificate from the next connection on when the keystore file changes, keeping the old one for a bad file', async () => {
    const alice = certs.client('alice');
    const served = () => new Promise<string>((resolve, reject) => {
      const socket = tls.connect({ host: '127.0.0.1', port, servername: 'localhost', key: alice.key, cert: alice.cert, rejectUnauthorized: false }, () => {
        resolve(socket.getPeerCertificate().fingerprint256);
        socket.destroy();
      });
      socket.on('error', reject);
    });
    const before = await served();
    copyFileSync(certs.caPath, certs.broker.keystorePath);
    security.tlsReloader!.check();
    expect(await served()).toBe(before);
    expect(await get(port, '/v3/clusters', withCert('alice'))).toBe(200);
    copyFileSync(certs.untrustedBroker.keystorePath, certs.broker.keystorePath);
    security.tlsReloader!.check();
    expect(await served()).toBe(new X509Certificate(certs.untrustedBroker.cert).fingerprint256);
    expect(before).not.toBe(new X509Certificate(certs.untrustedBroker.cert).fingerprint256);
  });
});
