/**
 * What TLS and SASL cost, measured next to plaintext in the same run (issue 12's figures): for each
 * security protocol, PLAINTEXT, SSL and SASL_SSL (SCRAM-SHA-512), a local 1-broker cluster whose
 * client listener speaks it, then
 *
 *   1. produce: N records of B bytes with acks=1 (linger 5 ms, 256 KiB batches), every send awaited,
 *      after N/4 unmeasured records to another topic (the run's JIT and connection warm-up);
 *   2. consume: the same records read back from offset 0 by one consumer.
 *
 *   node dist/bench/tls-bench.js [--num-records 300000] [--record-size 100] [--protocols PLAINTEXT,SSL,SASL_SSL]
 *
 * ZooKeeper from ZK_CONNECT (or a container, as the other benchmarks). Certificates are made with
 * openssl for the run (test/fixtures/certs.ts). TLS here is TLS 1.3 with Node's default ciphers.
 */
import { Samsa, type SamsaConfig } from '../client';
import { brokerJaas, brokerTlsOverrides, makeTestCerts, type TestCerts } from '../test/fixtures/certs';
import { writeScramUser } from '../test/security/helpers';
import { runAgainst, runMain, type LocalClusterOptions } from './local-cluster';

const protocols = ['PLAINTEXT', 'SSL', 'SASL_SSL'] as const;
type Protocol = (typeof protocols)[number];
const inFlightSendsMax = 20_000;
/** Unmeasured records sent first on each cluster, as a share of --num-records. */
const warmupShare = 0.25;
const consumeTimeoutMs = 120_000;
const user = { username: 'bench', password: 'bench-secret' };

interface BenchOptions { numRecords: number; recordSizeBytes: number; protocols: Protocol[] }
interface Figures { produceRate: number; produceMBps: number; consumeRate: number; consumeMBps: number }

function usage(message: string): never {
  process.stderr.write(`${message}\nusage: tls-bench [--num-records N] [--record-size B] [--protocols ${protocols.join(',')}]\n`);
  process.exit(2);
}

function parseArgs(argv: string[]): BenchOptions {
  const opts: BenchOptions = { numRecords: 300_000, recordSizeBytes: 100, protocols: [...protocols] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = argv[++i] ?? usage(`${arg} needs a value`);
    if (arg === '--protocols') {
      const chosen = value.split(',').map((p) => p.trim().toUpperCase());
      const bad = chosen.find((p) => !(protocols as readonly string[]).includes(p));
      if (bad !== undefined) usage(`unknown protocol ${bad}`);
      opts.protocols = chosen as Protocol[];
      continue;
    }
    const n = Number(value);
    if (!(n > 0) || !Number.isInteger(n)) usage(`${arg} needs a positive integer`);
    if (arg === '--num-records') opts.numRecords = n;
    else if (arg === '--record-size') opts.recordSizeBytes = n;
    else usage(`unknown argument ${arg}`);
  }
  return opts;
}

/** The local cluster and the client settings of one protocol. */
function setup(protocol: Protocol, certs: TestCerts): { cluster: LocalClusterOptions; client: Pick<SamsaConfig, 'ssl' | 'sasl'> } {
  const name = `tls-bench-${protocol.toLowerCase().replace('_', '-')}`;
  if (protocol === 'PLAINTEXT') return { cluster: { name, brokers: 1 }, client: {} };
  const tlsOverrides = brokerTlsOverrides(certs);
  if (protocol === 'SSL') return { cluster: { name, brokers: 1, overrides: tlsOverrides, security: { securityProtocols: { PLAINTEXT: 'SSL' } } }, client: { ssl: { ca: certs.ca } } };
  return {
    cluster: {
      name, brokers: 1,
      overrides: { ...tlsOverrides, 'sasl.enabled.mechanisms': 'SCRAM-SHA-512', 'sasl.jaas.config': brokerJaas(user) },
      security: { securityProtocols: { PLAINTEXT: 'SASL_SSL' }, beforeBrokersStart: (zk) => writeScramUser(zk, user.username, user.password, ['SCRAM-SHA-512']) },
    },
    client: { ssl: { ca: certs.ca }, sasl: { mechanism: 'scram-sha-512', ...user } },
  };
}

async function produce(client: Samsa, topic: string, numRecords: number, value: Buffer): Promise<number> {
  const producer = client.producer({ acks: 1, lingerMs: 5, batchSizeBytes: 262_144 });
  await producer.connect();
  const start = performance.now();
  let inFlight: Promise<unknown>[] = [];
  for (let i = 0; i < numRecords; i++) {
    inFlight.push(producer.send({ topic, messages: [{ partition: 0, value }] }));
    if (inFlight.length >= inFlightSendsMax) {
      await Promise.all(inFlight);
      inFlight = [];
    }
  }
  await Promise.all(inFlight);
  const seconds = (performance.now() - start) / 1000;
  await producer.disconnect();
  return seconds;
}

async function consume(client: Samsa, topic: string, opts: BenchOptions): Promise<number> {
  const consumer = client.consumer({ autoOffsetReset: 'earliest' });
  await consumer.connect();
  consumer.assign([{ topic, partition: 0 }]);
  await consumer.seek({ topic, partition: 0, offset: 0 });
  const deadline = setTimeout(() => void consumer.stop(), consumeTimeoutMs);
  let seen = 0;
  const start = performance.now();
  try {
    for await (const _message of consumer) {
      if (++seen >= opts.numRecords) break;
    }
  } finally {
    clearTimeout(deadline);
  }
  const seconds = (performance.now() - start) / 1000;
  await consumer.disconnect();
  if (seen < opts.numRecords) throw new Error(`read ${seen} of ${opts.numRecords} records within ${consumeTimeoutMs} ms`);
  return seconds;
}

async function measure(protocol: Protocol, certs: TestCerts, opts: BenchOptions): Promise<Figures> {
  const { cluster, client: security } = setup(protocol, certs);
  let figures: Figures | undefined;
  await runAgainst(cluster, async (bootstrap) => {
    const client = new Samsa({ brokers: bootstrap, clientId: 'tls-bench', logLevel: 'warn', ...security });
    const topic = `bench-${protocol.toLowerCase()}-${Date.now()}`;
    const warmupTopic = `${topic}-warmup`;
    const admin = client.admin();
    await admin.connect();
    await admin.createTopics({ topics: [topic, warmupTopic].map((t) => ({ topic: t, numPartitions: 1, replicationFactor: 1 })), waitForLeaders: true });
    await admin.disconnect();
    const value = Buffer.alloc(opts.recordSizeBytes, 0x61);
    const megabytes = (opts.numRecords * opts.recordSizeBytes) / (1024 * 1024);
    await produce(client, warmupTopic, Math.ceil(opts.numRecords * warmupShare), value);
    const produceSeconds = await produce(client, topic, opts.numRecords, value);
    const consumeSeconds = await consume(client, topic, opts);
    figures = {
      produceRate: opts.numRecords / produceSeconds, produceMBps: megabytes / produceSeconds,
      consumeRate: opts.numRecords / consumeSeconds, consumeMBps: megabytes / consumeSeconds,
    };
  });
  return figures!;
}

runMain(async () => {
  const opts = parseArgs(process.argv.slice(2));
  const certs = makeTestCerts();
  const results = new Map<Protocol, Figures>();
  try {
    for (const protocol of opts.protocols) results.set(protocol, await measure(protocol, certs, opts));
  } finally {
    certs.remove();
  }
  const baseline = results.get('PLAINTEXT');
  const relative = (v: number, b: number | undefined): string => (b === undefined ? '' : ` (${((100 * v) / b).toFixed(0)}%)`);
  process.stdout.write(`${opts.numRecords} records of ${opts.recordSizeBytes} B, 1 partition, acks=1; percentages relative to PLAINTEXT\n`);
  process.stdout.write('protocol     produce records/s (MB/s)        consume records/s (MB/s)\n');
  for (const [protocol, f] of results) {
    const produceText = `${f.produceRate.toFixed(0)} (${f.produceMBps.toFixed(1)})${relative(f.produceRate, baseline?.produceRate)}`;
    const consumeText = `${f.consumeRate.toFixed(0)} (${f.consumeMBps.toFixed(1)})${relative(f.consumeRate, baseline?.consumeRate)}`;
    process.stdout.write(`${protocol.padEnd(12)} ${produceText.padEnd(31)} ${consumeText}\n`);
  }
});
