/**
 * TLS on a real broker: a listener with mutual TLS (ssl.client.auth=required) serves a client
 * presenting a certificate from the trusted CA; plaintext bytes, no certificate, a certificate
 * from an untrusted CA and an expired certificate are refused at the handshake while the broker
 * keeps serving the good client; a client refuses a broker whose certificate it does not trust.
 * Keys and certificates reload from their files without a restart.
 */

import { copyFileSync } from 'node:fs';
import net from 'node:net';
import tls from 'node:tls';
import { Samsa, SamsaAuthenticationError } from '../../client';
import { BrokerConnection } from '../../client/network/connection';
import { ApiKey } from '../../proto/api';
import { brokerTlsOverrides, makeTestCerts, type CertPair, type TestCerts } from '../fixtures/certs';
import { startCluster, waitFor, type TestCluster } from '../fixtures/cluster';

const waitMs = 30_000;
/** Well under the broker's TLS handshake timeout: the refusal must not wait for it. */
const plaintextCloseWithinMs = 5_000;

describe('SSL listener with mutual TLS', () => {
  let certs: TestCerts;
  let cluster: TestCluster;
  let port: number;

  const clientTls = (pair: CertPair | undefined): tls.ConnectionOptions => ({
    ca: certs.ca, ...(pair === undefined ? {} : { key: pair.key, cert: pair.cert }),
  });

  /** One round trip on a fresh connection: resolves with the broker ids Metadata names. */
  async function metadataOver(options: tls.ConnectionOptions): Promise<number[]> {
    const conn = new BrokerConnection({ host: '127.0.0.1', port, clientId: 'tls-test', tls: options, connectTimeoutMs: 10_000, requestTimeoutMs: 10_000 });
    try {
      const response = await conn.send<{ brokers: Array<{ nodeId: number }> }>(ApiKey.Metadata, { topics: [], allTopics: false });
      return response.brokers.map((b) => b.nodeId);
    } finally {
      conn.close();
    }
  }

  async function expectRefused(options: tls.ConnectionOptions): Promise<void> {
    await expect(metadataOver(options)).rejects.toThrow(/socket hang up|ECONNRESET|closed|alert|certificate/i);
    expect(await metadataOver(clientTls(certs.client('alice')))).toEqual([1]);
  }

  beforeAll(async () => {
    certs = makeTestCerts();
    cluster = await startCluster({
      brokers: 1, name: 'transport-tls', securityProtocols: { PLAINTEXT: 'SSL' },
      overrides: {
        ...brokerTlsOverrides(certs), 'listener.name.plaintext.ssl.client.auth': 'required',
        'ssl.principal.mapping.rules': 'RULE:^CN=([^,]+),OU=clients,.*$/$1/L,DEFAULT',
        'ssl.file.reload.interval.ms': 200,
      },
    });
    port = cluster.brokers[0]!.port;
  }, 90_000);

  afterAll(async () => {
    await cluster?.stop();
    certs?.remove();
  });

  it('serves a client with a trusted certificate through the Samsa client', async () => {
    const client = new Samsa({ brokers: [cluster.bootstrap], clientId: 'mtls', ssl: clientTls(certs.client('alice')) });
    const admin = client.admin();
    await admin.connect();
    try {
      await admin.createTopics({ topics: [{ topic: 'tls-topic', numPartitions: 1, replicationFactor: 1 }], waitForLeaders: true, timeoutMs: waitMs });
      const producer = client.producer();
      await producer.connect();
      const [result] = await producer.send({ topic: 'tls-topic', messages: [{ value: 'over TLS' }] });
      await producer.disconnect();
      expect(result!.errorCode).toBe(0);
      expect((await admin.fetchTopicOffsets('tls-topic'))[0]!.high).toBe(1);
    } finally {
      await admin.disconnect();
    }
  });

  it('refuses plaintext bytes on the TLS port and keeps serving TLS clients', async () => {
    // A protobuf frame (length prefix + bytes) where a TLS ClientHello belongs: the broker closes the socket.
    const outcome = await new Promise<string>((resolve) => {
      const socket = net.connect({ host: '127.0.0.1', port }, () => socket.write(Buffer.from([0, 0, 0, 12, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])));
      const timer = setTimeout(() => {
        socket.destroy();
        resolve('still open');
      }, plaintextCloseWithinMs);
      socket.on('data', () => undefined);
      socket.on('error', () => undefined);
      socket.on('close', () => {
        clearTimeout(timer);
        resolve('closed');
      });
    });
    expect(outcome).toBe('closed');
    expect(await metadataOver(clientTls(certs.client('alice')))).toEqual([1]);
  });

  it('refuses a client without a certificate (ssl.client.auth=required)', async () => {
    await expectRefused(clientTls(undefined));
  });

  it('refuses a certificate from an untrusted CA', async () => {
    await expectRefused(clientTls(certs.untrustedClient));
  });

  it('refuses an expired certificate', async () => {
    await expectRefused(clientTls(certs.expiredClient));
  });

  it('fails a client that does not trust the broker with a non-retriable authentication error', async () => {
    const err = await metadataOver({ key: certs.client('alice').key, cert: certs.client('alice').cert }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SamsaAuthenticationError);
    expect((err as SamsaAuthenticationError).retriable).toBe(false);
  });

  it('reloads the broker certificate when its file changes, and keeps the old one when the new file is bad', async () => {
    const brokerKeystore = certs.broker.keystorePath;
    const fingerprint = () => new Promise<string>((resolve, reject) => {
      const socket = tls.connect({ host: '127.0.0.1', port, ca: [certs.ca], key: certs.client('alice').key, cert: certs.client('alice').cert, rejectUnauthorized: false }, () => {
        resolve(socket.getPeerCertificate().fingerprint256);
        socket.destroy();
      });
      socket.on('error', reject);
    });
    const before = await fingerprint();
    // A file that holds no key: logged, the old context stays.
    copyFileSync(certs.caPath, brokerKeystore);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await fingerprint()).toBe(before);
    expect(await metadataOver(clientTls(certs.client('alice')))).toEqual([1]);
    // The untrusted broker certificate: served from the next connection on (clients that trust only our CA refuse it).
    copyFileSync(certs.untrustedBroker.keystorePath, brokerKeystore);
    await waitFor(async () => ((await fingerprint()) !== before ? true : undefined), { timeoutMs: waitMs, intervalMs: 200, description: 'the new certificate served' });
    await expect(metadataOver(clientTls(certs.client('alice')))).rejects.toBeInstanceOf(SamsaAuthenticationError);
  });
});
