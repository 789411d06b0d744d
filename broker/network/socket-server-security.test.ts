/**
 * The socket server's TLS and SASL listeners in-process, with real sockets and certificates:
 * the session a handler sees (principal from the client certificate's mapped DN, ANONYMOUS
 * without one, User:<name> after SASL) and the SASL gate (nothing but ApiVersions and the SASL
 * APIs before authentication).
 */
import net from 'node:net';
import pino from 'pino';
import { BrokerConnection } from '../../client/network/connection';
import { ApiKey } from '../../proto/api';
import { makeTestCerts, type TestCerts } from '../../test/fixtures/certs';
import { parseBrokerConfig } from '../config';
import { formatPrincipal } from '../security/principal';
import { saslAuthenticatorFactory } from '../security/sasl/server-authenticator';
import type { BrokerServices } from './handlers';
import { saslAuthenticateHandler, saslHandshakeHandler } from './handlers/sasl';
import { handlerTable, type RequestContext } from './request';
import { RequestDispatcher } from './request-dispatcher';
import { SocketServer } from './socket-server';

const logger = pino({ level: 'silent' });
const handshakeTimeoutMs = 300;

describe('socket server security', () => {
  let certs: TestCerts;
  let server: SocketServer;
  const seen: RequestContext[] = [];

  beforeAll(async () => {
    certs = makeTestCerts();
    const config = parseBrokerConfig({
      'broker.id': '1', 'zookeeper.connect': 'zk:2181',
      listeners: 'PLAINTEXT://127.0.0.1:0,TLS://127.0.0.1:0,SASL://127.0.0.1:0',
      'listener.security.protocol.map': 'PLAINTEXT:PLAINTEXT,TLS:SSL,SASL:SASL_PLAINTEXT',
      'ssl.keystore.location': certs.broker.keystorePath, 'ssl.truststore.location': certs.caPath, 'ssl.client.auth': 'requested',
      'ssl.principal.mapping.rules': 'RULE:^CN=([^,]+),OU=clients,.*$/$1/U,DEFAULT',
      'listener.name.sasl.sasl.enabled.mechanisms': 'PLAIN',
      'listener.name.sasl.plain.sasl.jaas.config': 'org.apache.kafka.common.security.plain.PlainLoginModule required user_carol="carol-secret";',
      'connection.failed.authentication.delay.ms': '0',
    });
    server = new SocketServer({
      listeners: config.listeners, maxConnections: 100, frameBytesMax: 1024 * 1024, queuedRequestsMax: 10, idleTimeoutMs: 60_000, logger,
      security: config.security, tlsHandshakeTimeoutMs: handshakeTimeoutMs,
      saslAuthenticators: saslAuthenticatorFactory({ credentials: () => Promise.resolve(undefined), failedAuthenticationDelayMs: 0, logger }),
    });
    await server.startup();
    const services = { config } as unknown as BrokerServices;
    server.startProcessingRequests(new RequestDispatcher(handlerTable({
      [ApiKey.ApiVersions]: (ctx) => {
        seen.push(ctx);
        return Promise.resolve({ errorCode: 0, apiKeys: [] });
      },
      [ApiKey.Metadata]: () => Promise.resolve({ brokers: [], topics: [], clusterId: 'c', controllerId: 1 }),
      [ApiKey.SaslHandshake]: saslHandshakeHandler(services),
      [ApiKey.SaslAuthenticate]: saslAuthenticateHandler(),
    }), logger));
  });

  afterAll(async () => {
    await server?.drainAndClose(1_000);
    certs?.remove();
  });

  async function sessionOver(listener: string, options: Partial<ConstructorParameters<typeof BrokerConnection>[0]>): Promise<string> {
    const conn = new BrokerConnection({ host: '127.0.0.1', port: server.boundPort(listener), clientId: 't', requestTimeoutMs: 5_000, ...options });
    try {
      await conn.send(ApiKey.ApiVersions, {});
      const ctx = seen[seen.length - 1]!;
      return `${formatPrincipal(ctx.session.principal)} ${ctx.session.securityProtocol} ${ctx.session.listenerName}`;
    } finally {
      conn.close();
    }
  }

  it('names a TLS client by its certificate DN through the mapping rules', async () => {
    const alice = certs.client('alice');
    expect(await sessionOver('TLS', { tls: { ca: certs.ca, key: alice.key, cert: alice.cert } })).toBe('User:ALICE SSL TLS');
  });

  it('names a TLS client without a certificate ANONYMOUS (ssl.client.auth=requested)', async () => {
    expect(await sessionOver('TLS', { tls: { ca: certs.ca } })).toBe('User:ANONYMOUS SSL TLS');
  });

  it('refuses a certificate from an untrusted CA even when certificates are only requested', async () => {
    const mallory = certs.untrustedClient;
    await expect(sessionOver('TLS', { tls: { ca: certs.ca, key: mallory.key, cert: mallory.cert } })).rejects.toThrow();
  });

  it('keeps PLAINTEXT connections anonymous', async () => {
    expect(await sessionOver('PLAINTEXT', {})).toBe('User:ANONYMOUS PLAINTEXT PLAINTEXT');
  });

  it('serves a SASL connection as User:<name> once PLAIN succeeds', async () => {
    expect(await sessionOver('SASL', { sasl: { mechanism: 'PLAIN', username: 'carol', password: 'carol-secret' } })).toBe('User:carol SASL_PLAINTEXT SASL');
  });

  it('closes a SASL connection that sends Metadata before authenticating', async () => {
    const conn = new BrokerConnection({ host: '127.0.0.1', port: server.boundPort('SASL'), clientId: 't', requestTimeoutMs: 5_000 });
    try {
      await conn.send(ApiKey.ApiVersions, {});
      await expect(conn.send(ApiKey.Metadata, { topics: [], allTopics: true })).rejects.toThrow(/closed/);
    } finally {
      conn.close();
    }
  });

  it('drops a client that opens the TLS port and never completes the handshake, after the handshake timeout', async () => {
    const startMs = Date.now();
    const closedAfterMs = await new Promise<number>((resolve) => {
      const socket = net.connect({ host: '127.0.0.1', port: server.boundPort('TLS') });
      socket.on('error', () => undefined);
      socket.on('close', () => resolve(Date.now() - startMs));
    });
    expect(closedAfterMs).toBeGreaterThanOrEqual(handshakeTimeoutMs - 50);
    expect(closedAfterMs).toBeLessThan(handshakeTimeoutMs + 5_000);
    expect(await sessionOver('PLAINTEXT', {})).toBe('User:ANONYMOUS PLAINTEXT PLAINTEXT');
  });
});
