/**
 * The admin API of a real broker process over HTTPS with a self-signed certificate made by
 * openssl, HTTP basic against a SCRAM user created with `samsa configs --zookeeper`, a bearer
 * token, and probes and metrics on the separate unauthenticated listener (which is also where
 * the fixture waits for readiness).
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import { BrokerProcess, type ConfigOverrides } from '../fixtures/broker-process';
import { runCli } from '../fixtures/cli';
import { freePort } from '../fixtures/ports';
import { testZkConnect, uniqueChroot, withChroot } from '../fixtures/zookeeper';

const requestTimeoutMs = 10_000;

function httpsGet(port: number, urlPath: string, ca: Buffer | undefined, authorization?: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = https.get({ host: '127.0.0.1', port, path: urlPath, ...(ca ? { ca } : {}), servername: 'localhost', headers: authorization ? { authorization } : {}, timeout: requestTimeoutMs }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('timeout', () => req.destroy(new Error(`no answer within ${requestTimeoutMs} ms`)));
    req.on('error', reject);
  });
}

async function httpGet(url: string): Promise<number> {
  const res = await fetch(url, { signal: AbortSignal.timeout(requestTimeoutMs) });
  await res.arrayBuffer();
  return res.status;
}

const basic = (user: string, password: string): string => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

describe('admin API over HTTPS on a broker', () => {
  let dir: string;
  let broker: BrokerProcess;
  let httpsPort: number;
  let cert: Buffer;
  let zkConnect: string;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'samsa-admin-https-'));
    const keyPath = path.join(dir, 'key.pem');
    const certPath = path.join(dir, 'cert.pem');
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', keyPath, '-out', certPath, '-days', '2',
      '-subj', '/CN=localhost', '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1'], { stdio: 'ignore' });
    cert = await readFile(certPath);
    const keystore = path.join(dir, 'admin-keystore.pem');
    await writeFile(keystore, Buffer.concat([await readFile(keyPath), cert]));
    httpsPort = await freePort();
    zkConnect = withChroot(testZkConnect(), uniqueChroot('admin-https'));
    const overrides: ConfigOverrides = {};
    broker = await BrokerProcess.create({ brokerId: 1, zkConnect, workDir: dir, overrides });
    Object.assign(overrides, {
      'admin.listeners': `https://127.0.0.1:${httpsPort}`,
      'admin.ssl.keystore.location': keystore,
      'admin.auth.basic.enable': true,
      'admin.auth.tokens': 'ops-token:User:ops',
      // The fixture polls /readyz on its admin port: the unauthenticated listener serves it there.
      'admin.unauthenticated.listeners': broker.adminUrl,
    });
    await broker.start();
    await broker.waitForReady();
    const created = await runCli(['configs', '--zookeeper', zkConnect, '--entity-type', 'users', '--alter', '--entity-name', 'alice', '--add-config', 'SCRAM-SHA-256=[iterations=4096,password=alice-secret]']);
    expect(created.code).toBe(0);
  }, 90_000);

  afterAll(async () => {
    await broker?.kill('SIGKILL');
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('answers over TLS with the configured certificate, and only to authenticated callers', async () => {
    expect((await httpsGet(httpsPort, '/v3/clusters', cert)).status).toBe(401);
    expect((await httpsGet(httpsPort, '/metrics', cert)).status).toBe(401);
    expect((await httpsGet(httpsPort, '/v3/clusters', cert, basic('alice', 'not-it'))).status).toBe(401);
    const ok = await httpsGet(httpsPort, '/v3/clusters', cert, basic('alice', 'alice-secret'));
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.body).kind).toBe('KafkaClusterList');
    expect((await httpsGet(httpsPort, '/healthz', cert, 'Bearer ops-token')).status).toBe(200);
  }, 60_000);

  it('refuses a client that does not trust the certificate and plain HTTP on the TLS port', async () => {
    await expect(httpsGet(httpsPort, '/healthz', undefined)).rejects.toThrow(/self.signed/);
    await expect(httpGet(`http://127.0.0.1:${httpsPort}/healthz`)).rejects.toThrow();
    expect((await httpsGet(httpsPort, '/healthz', cert, basic('alice', 'alice-secret'))).status).toBe(200);
  }, 60_000);

  it('serves probes and metrics without authentication on the unauthenticated listener, and nothing else', async () => {
    expect(await httpGet(`${broker.adminUrl}/healthz`)).toBe(200);
    expect(await httpGet(`${broker.adminUrl}/metrics`)).toBe(200);
    expect(await httpGet(`${broker.adminUrl}/v3/clusters`)).toBe(404);
  }, 60_000);
});
