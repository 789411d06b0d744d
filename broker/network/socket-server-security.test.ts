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
import { createKafkaProtocol } from './codecs/kafka';
import { protobufProtocol } from './codecs/protobuf';

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
      listeners: 'PLAINTEXT://127.0.0.1:0,TLS://127.0.0.1:0,SASL://127.0.0.1:0,KSASL://127.0.0.1:0',
      'listener.security.protocol.map': 'PLAINTEXT:PLAINTEXT,TLS:SSL,SASL:SASL_PLAINTEXT,KSASL:SASL_PLAINTEXT',
      'listener.wire.protocol.map': 'KSASL:kafka',
      'listener.name.ksasl.sasl.enabled.mechanisms': 'PLAIN',
      'listener.name.ksasl.plain.sasl.jaas.config': 'org.apache.kafka.common.security.plain.PlainLoginModule required user_carol="carol-secret";',
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
    }), logger, undefined, {
      protocolFor: (name) => (name === 'KSASL' ? createKafkaProtocol({ servedApiKeys: [ApiKey.ApiVersions, ApiKey.SaslHandshake, ApiKey.SaslAuthenticate] }) : protobufProtocol),
    }));
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

  /** Kafka's framing by hand: a request (header v1 + body) or a bare SASL token, each length-prefixed. */
  class KafkaWire {
    readonly socket: net.Socket;
    private buffered = Buffer.alloc(0);
    private waiters: Array<() => void> = [];
    closed = false;

    constructor(port: number) {
      this.socket = net.connect({ host: '127.0.0.1', port });
      this.socket.on('data', (chunk: Buffer) => {
        this.buffered = Buffer.concat([this.buffered, chunk]);
        this.wake();
      });
      this.socket.on('error', () => undefined);
      this.socket.on('close', () => {
        this.closed = true;
        this.wake();
      });
    }

    private wake(): void {
      for (const w of this.waiters.splice(0)) w();
    }

    send(payload: Buffer): void {
      const size = Buffer.alloc(4);
      size.writeInt32BE(payload.length);
      this.socket.write(Buffer.concat([size, payload]));
    }

    request(apiKey: number, version: number, correlationId: number, body: Buffer): void {
      const header = Buffer.alloc(10);
      header.writeInt16BE(apiKey, 0);
      header.writeInt16BE(version, 2);
      header.writeInt32BE(correlationId, 4);
      header.writeInt16BE(-1, 8);
      this.send(Buffer.concat([header, body]));
    }

    /** The next frame's payload, or undefined once the broker closed the connection. */
    async frame(): Promise<Buffer | undefined> {
      for (;;) {
        if (this.buffered.length >= 4 && this.buffered.length >= 4 + this.buffered.readInt32BE(0)) {
          const size = this.buffered.readInt32BE(0);
          const payload = this.buffered.subarray(4, 4 + size);
          this.buffered = this.buffered.subarray(4 + size);
          return payload;
        }
        if (this.closed) return undefined;
        await new Promise<void>((resolve) => this.waiters.push(resolve));
      }
    }
  }

  const kafkaString = (text: string): Buffer => {
    const out = Buffer.alloc(2 + Buffer.byteLength(text));
    out.writeInt16BE(Buffer.byteLength(text));
    out.write(text, 2);
    return out;
  };

  it.each([
    ['the right password: the bare empty challenge, then requests are served', 'carol-secret', true],
    ['a wrong password: closed without an answer', 'wrong', false],
  ])('serves SaslHandshake v0 on the Kafka listener with bare tokens after it, %s', async (_label, password, succeeds) => {
    const wire = new KafkaWire(server.boundPort('KSASL'));
    try {
      wire.request(ApiKey.SaslHandshake, 0, 7, kafkaString('PLAIN'));
      const handshake = (await wire.frame())!;
      expect(handshake.readInt32BE(0)).toBe(7);
      expect(handshake.readInt16BE(4)).toBe(0);
      wire.send(Buffer.from(`\u0000carol\u0000${password}`));
      const challenge = await wire.frame();
      if (!succeeds) {
        expect(challenge).toBeUndefined();
        return;
      }
      expect(challenge).toEqual(Buffer.alloc(0));
      wire.request(ApiKey.ApiVersions, 0, 8, Buffer.alloc(0));
      const versions = (await wire.frame())!;
      expect(versions.readInt32BE(0)).toBe(8);
      expect(versions.readInt16BE(4)).toBe(0);
    } finally {
      wire.socket.destroy();
    }
  });
});
