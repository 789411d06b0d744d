/**
 * A client written in another language from proto/*.proto and proto/README.md alone (Python,
 * with protoc-generated classes) produces and reads back records: the wire contract is
 * complete enough to implement a client from scratch.
 */

import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { Samsa } from '../client';
import { startCluster } from './fixtures/cluster';

type Cluster = Awaited<ReturnType<typeof startCluster>>;

const python = '/usr/bin/python3';
const repoRoot = path.resolve(__dirname, '..');
const script = path.join(repoRoot, 'test/python/produce_consume.py');
const scriptTimeoutMs = 90_000;
const topic = 'python-client';
const recordCount = 50;

/** Why the Python client cannot run here, or undefined when it can. */
function missingPrerequisite(): string | undefined {
  if (!existsSync(python)) return `${python} is missing: install Debian's python3 and python3-protobuf`;
  const protobuf = spawnSync(python, ['-c', 'import google.protobuf'], { encoding: 'utf8' });
  if (protobuf.status !== 0) return `${python} cannot import google.protobuf: install python3-protobuf (${protobuf.stderr.trim()})`;
  // The script compiles proto/*.proto with protoc at start: $PROTOC, /usr/bin/protoc, or PATH.
  const protocPath = process.env.PROTOC ?? (existsSync('/usr/bin/protoc') ? '/usr/bin/protoc' : 'protoc');
  const protoc = spawnSync(protocPath, ['--version'], { encoding: 'utf8' });
  if (protoc.error || protoc.status !== 0) return `protoc (${protocPath}) cannot run: install protobuf-compiler`;
  if (!existsSync(script)) return `${script} is missing`;
  return undefined;
}

describe('Python client', () => {
  let cluster: Cluster;

  beforeAll(async () => {
    cluster = await startCluster({ brokers: 1 });
    const admin = new Samsa({ brokers: cluster.bootstrap.split(','), clientId: 'python-client-setup' }).admin();
    await admin.connect();
    await admin.createTopics({ topics: [{ topic, numPartitions: 1, replicationFactor: 1 }], waitForLeaders: true, timeoutMs: 30_000 });
    await admin.disconnect();
  }, 90_000);

  afterAll(async () => {
    await cluster?.stop();
  });

  test('produces records and reads them back correctly', async () => {
    const missing = missingPrerequisite();
    if (missing) throw new Error(`cannot run the Python client: ${missing}`);
    const { code, stdout, stderr } = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
      const child = spawn(python, [script, cluster.bootstrap, topic, String(recordCount)], { cwd: repoRoot });
      let out = '';
      let err = '';
      child.stdout.on('data', (c: Buffer) => (out += c.toString()));
      child.stderr.on('data', (c: Buffer) => (err += c.toString()));
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        reject(new Error(`python client did not exit within ${scriptTimeoutMs} ms\nstdout: ${out}\nstderr: ${err}`));
      }, scriptTimeoutMs);
      child.on('error', reject);
      child.on('exit', (c) => {
        clearTimeout(timer);
        resolve({ code: c, stdout: out, stderr: err });
      });
    });
    if (code !== 0) throw new Error(`python client exited ${code}\nstdout: ${stdout}\nstderr: ${stderr}`);
    const summaryLine = stdout.trim().split('\n').reverse().find((l) => l.trim().startsWith('{'));
    expect(summaryLine).toBeDefined();
    const summary = JSON.parse(summaryLine!) as Record<string, unknown>;
    // The topic was empty: the Python client's records start at offset 0 and all come back.
    expect(summary).toMatchObject({ ok: true, topic, produced: recordCount, fetched: recordCount, firstOffset: 0 });
  }, 120_000);
});
