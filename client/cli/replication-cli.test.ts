import { PassThrough } from 'node:stream';
import type { Admin } from '../admin/admin';
import type { ElectionResult } from '../admin/configs';
import { ErrorCode } from '../../proto/errors';
import { CliUsageError, commands, parseArgs } from './args';
import { electionReport, leaderElectionOptions, parseElectionJson, runLeaderElection } from './leader-election';
import { type TopicConfigSummary, describeLines } from './topics';
import type { CliIo } from './output';

function captureIo(): { io: CliIo; out: () => string } {
  const stdout = new PassThrough();
  let text = '';
  stdout.on('data', (c: Buffer) => (text += c.toString()));
  return { io: { stdout, stderr: new PassThrough(), stdin: new PassThrough() }, out: () => text };
}

const parse = (command: string, argv: string[]) => parseArgs(commands[command]!, argv);

describe('topics --describe with configs and min ISR filters', () => {
  const topic = {
    name: 't', isInternal: false,
    partitions: [
      { partitionId: 0, leader: 1, leaderEpoch: 0, partitionErrorCode: 0, replicas: [1, 2, 3], isr: [1, 2, 3], offlineReplicas: [] },
      { partitionId: 1, leader: 2, leaderEpoch: 0, partitionErrorCode: 0, replicas: [2, 3, 1], isr: [2, 3], offlineReplicas: [] },
      { partitionId: 2, leader: 3, leaderEpoch: 0, partitionErrorCode: 0, replicas: [3, 1, 2], isr: [3], offlineReplicas: [] },
      { partitionId: 3, leader: -1, leaderEpoch: 0, partitionErrorCode: 0, replicas: [1, 2, 3], isr: [], offlineReplicas: [1, 2, 3] },
    ],
  };
  const configs = new Map<string, TopicConfigSummary>([['t', { overrides: [['retention.ms', '1000'], ['min.insync.replicas', '2']], minInsyncReplicas: 2 }]]);
  const partitionsOf = (lines: string[]) => lines.map((l) => Number(/Partition: (\d+)/.exec(l)![1]));

  it('prints the overrides on the summary line', () => {
    expect(describeLines([topic], {}, configs)[0]).toBe('Topic: t\tPartitionCount: 4\tReplicationFactor: 3\tConfigs: retention.ms=1000,min.insync.replicas=2');
  });

  it('filters under-min-ISR (including leaderless) and at-min-ISR partitions', () => {
    expect(partitionsOf(describeLines([topic], { underMinIsr: true }, configs))).toEqual([2, 3]);
    expect(partitionsOf(describeLines([topic], { atMinIsr: true }, configs))).toEqual([1]);
    expect(partitionsOf(describeLines([topic], { underReplicated: true }, configs))).toEqual([1, 2, 3]);
    expect(partitionsOf(describeLines([topic], { unavailable: true }, configs))).toEqual([3]);
  });

  it('parses the new describe flags', () => {
    expect(parse('topics', ['--describe', '--under-min-isr-partitions', '--at-min-isr-partitions'])).toEqual({ describe: true, 'under-min-isr-partitions': true, 'at-min-isr-partitions': true });
  });
});

describe('leader-election', () => {
  const noFile = async (): Promise<string> => {
    throw new Error('no file expected');
  };

  it('parses the three ways of naming partitions', async () => {
    expect(await leaderElectionOptions(parse('leader-election', ['--election-type', 'preferred', '--topic', 't', '--partition', '1']), noFile))
      .toEqual({ electionType: 0, electionTypeName: 'PREFERRED', partitions: [{ topic: 't', partition: 1 }] });
    expect(await leaderElectionOptions(parse('leader-election', ['--election-type', 'UNCLEAN', '--all-topic-partitions']), noFile))
      .toEqual({ electionType: 1, electionTypeName: 'UNCLEAN', partitions: 'all' });
    const fromFile = await leaderElectionOptions(parse('leader-election', ['--election-type', 'PREFERRED', '--path-to-json-file', 'f.json']),
      async () => '{"partitions":[{"topic":"a","partition":0},{"topic":"b","partition":2}]}');
    expect(fromFile.partitions).toEqual([{ topic: 'a', partition: 0 }, { topic: 'b', partition: 2 }]);
  });

  it('refuses a missing election type, no partitions, or two ways at once', async () => {
    await expect(leaderElectionOptions(parse('leader-election', ['--all-topic-partitions']), noFile)).rejects.toThrow(/--election-type/);
    await expect(leaderElectionOptions(parse('leader-election', ['--election-type', 'PREFERRED']), noFile)).rejects.toThrow(CliUsageError);
    await expect(leaderElectionOptions(parse('leader-election', ['--election-type', 'PREFERRED', '--topic', 't', '--partition', '0', '--all-topic-partitions']), noFile)).rejects.toThrow(CliUsageError);
    await expect(leaderElectionOptions(parse('leader-election', ['--election-type', 'PREFERRED', '--topic', 't']), noFile)).rejects.toThrow(/go together/);
    expect(() => parseElectionJson('{"partitions":[{"topic":"a","partition":0},{"topic":"a","partition":0}]}')).toThrow(/duplicate/);
  });

  it("prints Kafka's success, no-op and per-partition error lines", () => {
    const results: ElectionResult[] = [
      { topic: 't', partition: 0, errorCode: ErrorCode.NONE, errorMessage: '' },
      { topic: 't', partition: 1, errorCode: ErrorCode.NONE, errorMessage: '' },
      { topic: 't', partition: 2, errorCode: ErrorCode.ELECTION_NOT_NEEDED, errorMessage: '' },
      { topic: 't', partition: 3, errorCode: ErrorCode.PREFERRED_LEADER_NOT_AVAILABLE, errorMessage: 'Failed to elect leader for partition t-3' },
    ];
    expect(electionReport('PREFERRED', results)).toEqual({
      failed: 1,
      lines: [
        'Successfully completed leader election (PREFERRED) for partitions t-0, t-1',
        'Valid replica already elected for partitions t-2',
        'Error completing leader election (PREFERRED) for partition: t-3: Failed to elect leader for partition t-3',
      ],
    });
  });

  it('sends the election through the admin client and fails the command when a partition failed', async () => {
    const calls: unknown[] = [];
    const admin = {
      electLeaders: async (o: unknown) => {
        calls.push(o);
        return [{ topic: 't', partition: 0, errorCode: ErrorCode.ELIGIBLE_LEADERS_NOT_AVAILABLE, errorMessage: '' }];
      },
    } as unknown as Admin;
    const { io, out } = captureIo();
    await expect(runLeaderElection(admin, { electionType: 1, electionTypeName: 'UNCLEAN', partitions: 'all' }, io)).rejects.toThrow('1 replica(s) could not be elected');
    expect(calls).toEqual([{ electionType: 1, partitions: 'all' }]);
    expect(out()).toBe('Error completing leader election (UNCLEAN) for partition: t-0: Eligible topic partition leaders are not available.\n');
  });
});
