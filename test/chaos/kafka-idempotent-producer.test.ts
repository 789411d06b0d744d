/**
 * Issue 10, "Idempotence and errors": an idempotent acks=all librdkafka producer
 * (confluent-kafka-python, enable.idempotence=true) writes unique values to 3 partitions (RF=3,
 * min.insync.replicas=2) on the KAFKA listeners while the leader of each partition in turn is
 * SIGKILLed and restarted. Afterwards a fresh read from offset 0 (Samsa's protobuf Fetch) must
 * hold every acknowledged record exactly once, at its acknowledged offset, in acknowledged order,
 * and nothing twice: not even a send whose outcome the producer never learnt, since the
 * broker's producer-state dedup is what idempotence promises across retries.
 */
import { startCluster, waitFor, type TestCluster } from '../fixtures/cluster';
import { describeWithTools, python, scriptsDir, startTool } from '../kafka-clients/tools';
import { createTopic, replicationOverrides, restartAfterCrash } from '../replication/helpers';
import { checkQueue, describeCheck, type SendOp } from './checker';
import { finalRead, leaderOf, sleep, waitForFullIsr } from './harness';
import path from 'node:path';

const topic = 'chaos-kafka-idempotent';
const partitions = 3;
const replicas = 3;
const leaderKills = 3;
/** Time the producer runs against a crashed leader before it comes back. */
const downTimeMs = 2_000;
const recordsPerSecond = 300;
const isrRejoinTimeoutMs = 90_000;
/** The producer's flush bound (FLUSH_TIMEOUT_S) plus its start-up. */
const producerExitTimeoutMs = 120_000;
const producerRunTimeoutMs = 8 * 60_000;
const acksAfterFaults = 200;

interface ProducerLine extends Partial<SendOp> { fatal?: string }

describeWithTools(['confluent-kafka'], 'chaos: an idempotent librdkafka producer through leader kills', () => {
  let cluster: TestCluster | undefined;

  beforeAll(async () => {
    cluster = await startCluster({
      brokers: replicas, name: 'chaos-kafka-idempotent', sessionTimeoutMs: 6_000,
      overrides: { ...replicationOverrides, 'replica.lag.time.max.ms': 4_000, 'unclean.leader.election.enable': false },
    });
  }, 90_000);

  afterAll(async () => {
    await cluster?.stop();
  });

  it('writes every acknowledged record exactly once, in order, at its offset, and nothing twice', async () => {
    const c = cluster!;
    await createTopic(c.brokers[0]!, topic, partitions, { 'min.insync.replicas': '2' });
    await waitForFullIsr(c, topic, partitions, replicas);

    const history: SendOp[] = [];
    const fatal: string[] = [];
    const producer = startTool(python, [path.join(scriptsDir, 'confluent_chaos_producer.py'), c.kafkaBootstrap, topic, String(partitions), 'rdkafka', String(recordsPerSecond)], {
      timeoutMs: producerRunTimeoutMs,
      onLine: (line) => {
        if (!line.startsWith('{')) return;
        const parsed = JSON.parse(line) as ProducerLine;
        if (parsed.fatal) fatal.push(parsed.fatal);
        else history.push(parsed as SendOp);
      },
    });
    const acked = (): number => history.filter((op) => op.outcome === 'ok').length;
    const faults: string[] = [];
    try {
      await waitFor(() => acked() >= 100, { timeoutMs: 60_000, intervalMs: 200, description: `100 acknowledgements before the first kill (${JSON.stringify(producer.output())})` });
      for (let round = 0; round < leaderKills; round++) {
        const { leader } = await leaderOf(c, topic, round % partitions);
        faults.push(`leader of ${round % partitions}: broker ${leader}`);
        await c.broker(leader).kill('SIGKILL');
        await sleep(downTimeMs);
        await restartAfterCrash(c, leader);
        // One broker down at a time: min.insync.replicas=2 keeps acks=all available throughout.
        await waitForFullIsr(c, topic, partitions, replicas, isrRejoinTimeoutMs);
      }
      // The producer keeps making progress after the last fault.
      const before = acked();
      await waitFor(() => acked() >= before + acksAfterFaults, {
        timeoutMs: 60_000, intervalMs: 200, description: `${acksAfterFaults} more acknowledgements after the last fault`,
      });
    } finally {
      producer.endInput();
    }
    let exitTimer: NodeJS.Timeout | undefined;
    const run = await Promise.race([producer.done, new Promise<undefined>((resolve) => (exitTimer = setTimeout(() => resolve(undefined), producerExitTimeoutMs)))]);
    clearTimeout(exitTimer);
    const output = producer.output();
    expect({ fatal, exited: run?.code, stderr: output.stderr.slice(-4000) }).toEqual({ fatal: [], exited: 0, stderr: output.stderr.slice(-4000) });

    await waitForFullIsr(c, topic, partitions, replicas);
    const result = checkQueue(history, await finalRead(c, topic, partitions));
    const summary = `faults ${faults.join(', ')}\n${describeCheck(result)}`;
    process.stdout.write(`${summary}\n`);
    expect({ summary, lost: result.lost.length, duplicates: result.duplicates.length }).toEqual({ summary, lost: 0, duplicates: 0 });
    expect({ summary, inconsistent: result.inconsistentOffsets.length, moved: result.moved.length, order: result.order.length }).toEqual({ summary, inconsistent: 0, moved: 0, order: 0 });
    expect({ summary, unexpected: result.unexpected.length, gaps: result.gaps.length }).toEqual({ summary, unexpected: 0, gaps: 0 });
    expect({ summary, exactlyOnce: result.acknowledgedExactlyOnceInOrder }).toEqual({ summary, exactlyOnce: true });
    expect(result.counts.ok).toBeGreaterThan(300);
  }, 15 * 60_000);
});
