/**
 * Bad input on the KAFKA listener (issue 10, "Bad input"): garbage, truncated frames, unknown
 * api keys and versions, absurd sizes and counts, overlong varints, mutated requests and lying
 * record batches (kafka-case-gen.ts) against a one-broker cluster. Every case ends with a
 * response (an error for every lying Produce) or a closed connection; the broker stays up and
 * serves a well-behaved Kafka client between windows of cases; and the fuzzed partitions' log end
 * offsets, read through the protobuf listener, do not move. FUZZ_KAFKA_SEED replays a run (the
 * seed is in the test name); FUZZ_KAFKA_CASES changes the case count.
 */
import { randomInt } from 'node:crypto';
import { Samsa } from '../../client';
import { startCluster, type TestCluster } from '../fixtures/cluster';
import { ApiKey } from '../../proto/api';
import { ErrorCode } from '../../proto/errors';
import { validKafkaBatch } from './kafka-batch-gen';
import { produceBody, requestFrame } from './kafka-frames';
import { formatKafkaReport, produceErrorCode, runCase, runKafkaFuzz } from './kafka-listener-fuzz';
import { Rng } from './rng';

const casesInCi = 10_000;
/** 10,000 cases take about 30 s on an idle 2-core machine; a busy one is slower. */
const fuzzTestTimeoutMs = 10 * 60_000;
const setupTimeoutMs = 120_000;
const connections = 8;
const checkEveryCases = 250;
const topics = ['kafka-fuzz-a', 'kafka-fuzz-b'];
/** Where the truthful twin of the lying batches goes: not a topic whose offsets must stay put. */
const truthTopic = 'kafka-fuzz-truth';
const partitions = 3;

const seed = process.env.FUZZ_KAFKA_SEED !== undefined ? Number(process.env.FUZZ_KAFKA_SEED) >>> 0 : randomInt(0, 2 ** 32);
const cases = process.env.FUZZ_KAFKA_CASES !== undefined ? Number(process.env.FUZZ_KAFKA_CASES) : casesInCi;

async function logEndOffsets(cluster: TestCluster): Promise<Record<string, number>> {
  const admin = new Samsa({ brokers: cluster.bootstrap.split(','), clientId: 'kafka-fuzz-offsets', logLevel: 'silent' }).admin();
  await admin.connect();
  try {
    const out: Record<string, number> = {};
    for (const topic of topics) for (const o of await admin.fetchTopicOffsets(topic)) out[`${topic}-${o.partition}`] = o.high;
    return out;
  } finally {
    await admin.disconnect();
  }
}

describe('Kafka listener fuzzer', () => {
  let cluster: TestCluster;

  beforeAll(async () => {
    // No auto-creation: a mutated Metadata request must not be able to add topics.
    cluster = await startCluster({ brokers: 1, name: 'kafka-fuzz', overrides: { 'auto.create.topics.enable': false } });
    const admin = new Samsa({ brokers: cluster.bootstrap.split(','), clientId: 'kafka-fuzz-setup', logLevel: 'silent' }).admin();
    await admin.connect();
    try {
      await admin.createTopics({ topics: [...topics, truthTopic].map((topic) => ({ topic, numPartitions: partitions, replicationFactor: 1 })), waitForLeaders: true, timeoutMs: 30_000 });
      // Something in every partition, so that a log end offset that moves is not one that starts moving.
      const producer = new Samsa({ brokers: cluster.bootstrap.split(','), clientId: 'kafka-fuzz-seed', logLevel: 'silent' }).producer({ acks: -1 });
      await producer.connect();
      for (const topic of topics) {
        for (let p = 0; p < partitions; p++) await producer.send({ topic, messages: [{ partition: p, value: `seed-${p}` }] });
      }
      await producer.disconnect();
    } finally {
      await admin.disconnect();
    }
  }, setupTimeoutMs);

  afterAll(async () => {
    await cluster?.stop();
  });

  test('a truthful batch written by the same builders is accepted at every Produce version, so the lies are what the broker refuses', async () => {
    const rng = new Rng(seed);
    for (let version = 3; version <= 9; version++) {
      const correlationId = 1000 + version;
      const bytes = requestFrame(
        { apiKey: ApiKey.Produce, apiVersion: version, correlationId, clientId: 'fuzz-truth', flexible: version >= 9 },
        produceBody(version, 1, { topic: truthTopic, partition: version % partitions }, validKafkaBatch(rng, Date.now())),
      );
      const outcome = await runCase('127.0.0.1', cluster.brokers[0]!.kafkaPort, { kind: 'truth', detail: '', bytes, correlationId, expect: 'answer-or-close', endAfterWrite: false });
      expect({ version, outcome: outcome.kind }).toEqual({ version, outcome: 'response' });
      const answer = outcome.kind === 'response' ? outcome.frames.at(-1)! : Buffer.alloc(0);
      expect({ version, errorCode: produceErrorCode(answer, version) }).toEqual({ version, errorCode: ErrorCode.NONE });
    }
  }, 60_000);

  test(`${cases} hostile cases: each answered with an error or closed, the broker serves on, no log moves (seed ${seed})`, async () => {
    const before = await logEndOffsets(cluster);
    const broker = cluster.brokers[0]!;
    const report = await runKafkaFuzz({
      seed, cases, connections, checkEveryCases,
      host: '127.0.0.1', port: broker.kafkaPort,
      targets: { topics, partitions, nowMs: Date.now() },
      brokerAlive: () => broker.isRunning,
    });
    const summary = formatKafkaReport(report);
    process.stdout.write(`kafka listener fuzz seed ${seed}\n${summary}\n`);
    if (report.failures.length > 0) throw new Error(`replay with FUZZ_KAFKA_SEED=${seed}\n${summary}\n${await cluster.logTails(20)}`);
    expect(report.casesSent).toBe(cases);
    expect(broker.isRunning).toBe(true);
    expect(await logEndOffsets(cluster)).toEqual(before);
  }, fuzzTestTimeoutMs);
});
