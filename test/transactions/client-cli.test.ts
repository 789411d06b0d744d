/**
 * The transactions side of the `samsa` CLI against real ZooKeeper and a real broker process:
 * `produce --transactional-id` commits its lines in one transaction, `consume --isolation-level`
 * hides an open transaction from read_committed only, `transactions --list / --describe /
 * --describe-producers / --find-hanging` print kafka-transactions.sh's tables, and
 * `transactions --abort` ends a transaction on a partition with an abort marker.
 */
import { type Producer, type Transaction } from '../../client';
import { type CliResult, runCli } from '../fixtures/cli';
import { startCluster, type TestCluster } from '../fixtures/cluster';
import { createTopicEverywhere } from '../groups/group-helpers';
import { clientFor, txnOverrides } from './client-support';

const topic = 'txcli';

/** A table's rows as trimmed cells (kafka-transactions.sh ends each cell with a tab). */
function rows(stdout: string): string[][] {
  return stdout.trim().split('\n').map((line) => line.split('\t').map((c) => c.trim()).filter((c) => c.length > 0));
}

describe('samsa CLI with transactions', () => {
  let cluster: TestCluster;
  let server: string[];
  let openProducer: Producer;
  let open: Transaction;

  const cli = (args: string[], stdin?: string): Promise<CliResult> => runCli(args, stdin === undefined ? {} : { stdin });

  beforeAll(async () => {
    cluster = await startCluster({ brokers: 1, name: 'txclient-cli', overrides: txnOverrides });
    server = ['--bootstrap-server', cluster.bootstrap];
    await createTopicEverywhere(cluster.brokers, topic, 1);
    const produced = await cli(['produce', ...server, '--topic', topic, '--transactional-id', 'cli-tx'], 'a\nb\n');
    expect(produced).toMatchObject({ code: 0 });
    openProducer = clientFor(cluster, 'open-tx').producer({ transactionalId: 'open-tx' });
    await openProducer.connect();
    open = await openProducer.transaction();
    await open.send({ topic, messages: [{ value: 'pending' }] });
  }, 120_000);

  afterAll(async () => {
    await open?.abort().catch(() => undefined);
    await openProducer?.disconnect();
    await cluster?.stop();
  });

  it('consume --isolation-level read_committed stops at the open transaction; read_uncommitted does not', async () => {
    const consume = (level: string) => cli(['consume', ...server, '--topic', topic, '--from-beginning', '--isolation-level', level, '--timeout-ms', '3000']);
    expect((await consume('read_committed')).stdout).toBe('a\nb\n');
    expect((await consume('read_uncommitted')).stdout).toBe('a\nb\npending\n');
    const bad = await cli(['consume', ...server, '--topic', topic, '--isolation-level', 'committed']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('read_committed or read_uncommitted');
  }, 60_000);

  it('transactions --list and --describe show both transactional ids', async () => {
    const list = await cli(['transactions', ...server, '--list']);
    expect(list.code).toBe(0);
    const listed = rows(list.stdout);
    expect(listed[0]).toEqual(['TransactionalId', 'Coordinator', 'ProducerId', 'TransactionState']);
    expect(listed.find((r) => r[0] === 'open-tx')).toEqual(['open-tx', '1', expect.stringMatching(/^\d+$/), 'Ongoing']);
    expect(listed.find((r) => r[0] === 'cli-tx')?.[3]).toMatch(/Commit/);
    const describe = rows((await cli(['transactions', ...server, '--describe', '--transactional-id', 'open-tx'])).stdout);
    expect(describe[0]?.[0]).toBe('CoordinatorId');
    expect(describe[1]?.slice(0, 2)).toEqual(['1', 'open-tx']);
    expect(describe[1]?.[4]).toBe('Ongoing');
    expect(describe[1]?.[8]).toBe(`${topic}-0`);
  }, 60_000);

  it('transactions --describe-producers and --find-hanging see the open transaction, held open by its coordinator', async () => {
    const producers = rows((await cli(['transactions', ...server, '--describe-producers', '--topic', topic, '--partition', '0'])).stdout);
    expect(producers[0]).toEqual(['ProducerId', 'ProducerEpoch', 'LatestCoordinatorEpoch', 'LastSequence', 'LastTimestamp', 'CurrentTransactionStartOffset']);
    // Offsets 0-1 are cli-tx's records, 2 its commit marker: the open transaction starts at 3.
    expect(producers.slice(1).map((r) => r[5])).toContain('3');
    const hanging = await cli(['transactions', ...server, '--find-hanging', '--broker-id', '1', '--max-transaction-timeout', '1']);
    expect(hanging).toMatchObject({ code: 0, stdout: 'No hanging transactions found.\n' });
    const unknown = await cli(['transactions', ...server, '--describe', '--transactional-id', 'no-such-id']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/TRANSACTIONAL_ID_NOT_FOUND/);
  }, 60_000);

  it('transactions --abort writes an abort marker for the open transaction: the partition no longer holds it and read_committed never shows it', async () => {
    const before = rows((await cli(['transactions', ...server, '--describe-producers', '--topic', topic, '--partition', '0'])).stdout);
    const openRow = before.slice(1).find((r) => r[5] === '3');
    expect(openRow).toBeDefined();
    const [producerId, producerEpoch, coordinatorEpoch] = openRow!;
    const abort = await cli(['transactions', ...server, '--abort', '--topic', topic, '--partition', '0',
      '--producer-id', producerId!, '--producer-epoch', producerEpoch!, '--coordinator-epoch', coordinatorEpoch === '-1' ? '0' : coordinatorEpoch!]);
    expect({ code: abort.code, stderr: abort.stderr }).toEqual({ code: 0, stderr: '' });
    const after = rows((await cli(['transactions', ...server, '--describe-producers', '--topic', topic, '--partition', '0'])).stdout);
    expect(after.slice(1).find((r) => r[0] === producerId)?.[5]).not.toBe('3');
    // The last stable offset moved past the aborted transaction: a record committed after it is read.
    expect(await cli(['produce', ...server, '--topic', topic, '--transactional-id', 'cli-tx-after'], 'c\n')).toMatchObject({ code: 0 });
    const consume = (level: string) => cli(['consume', ...server, '--topic', topic, '--from-beginning', '--isolation-level', level, '--timeout-ms', '3000']);
    expect((await consume('read_committed')).stdout).toBe('a\nb\nc\n');
    expect((await consume('read_uncommitted')).stdout).toBe('a\nb\npending\nc\n');
  }, 60_000);
});

