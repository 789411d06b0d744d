/**
 * The authorization matrix's cells: for each API and resource, the outcome each principal must
 * get (Kafka 2.8's KafkaApis with the ACLs of matrix-cluster.ts), the request that tests it over
 * the protobuf protocol, and the state a refusal must leave unchanged (read as the super user).
 * `runMatrix` runs every cell for every principal and counts the outcomes.
 */
import { ApiKey } from '../../proto/api';
import { ErrorCode, errorName } from '../../proto/errors';
import { encodeRecordBatchUncompressed } from '../../proto/record-batch';
import type { Principal } from './matrix-cluster';
import type { RawConnection } from './raw-connection';

/** 'allowed', 'hidden' (filtered out of a listing), or the refusal's error name. */
export type Outcome = string;
export const allowed = 'allowed';
export const hidden = 'hidden';
const refused = (code: number): Outcome => errorName(code);

export interface Cell {
  api: string;
  resource: string;
  expected: Record<Principal, Outcome>;
  /** Sends the request as the principal and tells the outcome. */
  run(conn: RawConnection): Promise<Outcome>;
  /** What a refusal must leave unchanged, read as the super user before and after. */
  state?(): Promise<unknown>;
}

const outcomeOf = (code: number | undefined): Outcome => ((code ?? 0) === 0 ? allowed : errorName(code!));
/** The one partition-level code of a response shaped topics[0].partitions[0]. */
const firstPartitionCode = (body: { topics?: Array<{ partitions?: Array<{ errorCode?: number }> }> }): number | undefined => body.topics?.[0]?.partitions?.[0]?.errorCode;

const record = (): Buffer => encodeRecordBatchUncompressed([{ key: 'k', value: 'matrix', timestamp: Date.now() }]);
const everyone = (outcome: Outcome, superOutcome: Outcome = allowed): Record<Principal, Outcome> => ({ super: superOutcome, producer: outcome, consumer: outcome, anonymous: outcome });

export interface MatrixTotals {
  cells: number;
  allowed: number;
  hidden: number;
  refused: Record<string, number>;
}

/** Every cell, reading state through `superConn`. */
export function matrixCells(superConn: RawConnection): Cell[] {
  /** As the super user: t's log end offset, g's committed offset and members, and whether `created` exists. */
  const logEndOffset = async (topic: string): Promise<number> => {
    const r = await superConn.send(ApiKey.ListOffsets, { replicaId: -1, topics: [{ name: topic, partitions: [{ partition: 0, timestamp: -1, currentLeaderEpoch: -1 }] }] });
    return Number(r!.body.topics[0].partitions[0].offset);
  };
  const committed = async (): Promise<number> => {
    const r = await superConn.send(ApiKey.OffsetFetch, { groupId: 'g', topics: [{ name: 't', partitions: [0] }] });
    return Number(r!.body.topics?.[0]?.partitions?.[0]?.committedOffset ?? -1);
  };
  const members = async (): Promise<number> => {
    const r = await superConn.send(ApiKey.DescribeGroups, { groups: ['g'] });
    return (r!.body.groups?.[0]?.members ?? []).length;
  };
  const topicNames = async (): Promise<string[]> => {
    const r = await superConn.send(ApiKey.Metadata, { allTopics: true });
    return (r!.body.topics ?? []).map((t: { name: string }) => t.name).sort();
  };

  return [
    {
      api: 'ApiVersions', resource: '-', expected: everyone(allowed),
      run: async (c) => outcomeOf((await c.send(ApiKey.ApiVersions, {}))!.body.errorCode),
    },
    {
      api: 'Metadata', resource: 'topic t (named)', expected: { super: allowed, producer: allowed, consumer: allowed, anonymous: refused(ErrorCode.TOPIC_AUTHORIZATION_FAILED) },
      run: async (c) => outcomeOf((await c.send(ApiKey.Metadata, { topics: ['t'], allowAutoTopicCreation: false }))!.body.topics[0].errorCode),
    },
    {
      api: 'Metadata', resource: 'all topics', expected: { super: allowed, producer: allowed, consumer: allowed, anonymous: hidden },
      run: async (c) => ((await c.send(ApiKey.Metadata, { allTopics: true }))!.body.topics ?? []).some((t: { name: string }) => t.name === 't') ? allowed : hidden,
    },
    {
      api: 'Metadata', resource: 'auto-create topic auto-t', expected: everyone(refused(ErrorCode.TOPIC_AUTHORIZATION_FAILED)),
      // Created: LEADER_NOT_AVAILABLE until its leader is elected.
      run: async (c) => outcomeOf((await c.send(ApiKey.Metadata, { topics: ['auto-t'], allowAutoTopicCreation: true }))!.body.topics[0].errorCode).replace('LEADER_NOT_AVAILABLE', allowed),
      state: topicNames,
    },
    {
      api: 'Produce', resource: 'topic t', expected: { super: allowed, producer: allowed, consumer: refused(ErrorCode.TOPIC_AUTHORIZATION_FAILED), anonymous: refused(ErrorCode.TOPIC_AUTHORIZATION_FAILED) },
      run: async (c) => outcomeOf(firstPartitionCode((await c.send(ApiKey.Produce, { acks: 1, timeoutMs: 5_000, topics: [{ name: 't', partitions: [{ partition: 0, records: record() }] }] }))!.body)),
      state: () => logEndOffset('t'),
    },
    {
      api: 'Produce', resource: 'topic secret', expected: everyone(refused(ErrorCode.TOPIC_AUTHORIZATION_FAILED)),
      run: async (c) => outcomeOf(firstPartitionCode((await c.send(ApiKey.Produce, { acks: 1, timeoutMs: 5_000, topics: [{ name: 'secret', partitions: [{ partition: 0, records: record() }] }] }))!.body)),
      state: () => logEndOffset('secret'),
    },
    {
      api: 'Fetch', resource: 'topic t', expected: { super: allowed, producer: refused(ErrorCode.TOPIC_AUTHORIZATION_FAILED), consumer: allowed, anonymous: refused(ErrorCode.TOPIC_AUTHORIZATION_FAILED) },
      run: async (c) => outcomeOf(firstPartitionCode((await c.send(ApiKey.Fetch, {
        replicaId: -1, maxWaitMs: 0, minBytes: 1, maxBytes: 1 << 20,
        topics: [{ name: 't', partitions: [{ partition: 0, fetchOffset: 0, currentLeaderEpoch: -1, logStartOffset: -1, partitionMaxBytes: 1 << 20 }] }],
      }))!.body)),
    },
    {
      api: 'Fetch (follower)', resource: 'cluster', expected: everyone(refused(ErrorCode.TOPIC_AUTHORIZATION_FAILED), allowed),
      run: async (c) => outcomeOf(firstPartitionCode((await c.send(ApiKey.Fetch, {
        replicaId: 7, maxWaitMs: 0, minBytes: 1, maxBytes: 1 << 20,
        topics: [{ name: 't', partitions: [{ partition: 0, fetchOffset: 0, currentLeaderEpoch: -1, logStartOffset: -1, partitionMaxBytes: 1 << 20 }] }],
      }))!.body)).replace('NOT_LEADER_OR_FOLLOWER', allowed).replace('UNKNOWN_TOPIC_OR_PARTITION', allowed),
    },
    {
      api: 'ListOffsets', resource: 'topic t', expected: { super: allowed, producer: allowed, consumer: allowed, anonymous: refused(ErrorCode.TOPIC_AUTHORIZATION_FAILED) },
      run: async (c) => outcomeOf(firstPartitionCode((await c.send(ApiKey.ListOffsets, { replicaId: -1, topics: [{ name: 't', partitions: [{ partition: 0, timestamp: -1, currentLeaderEpoch: -1 }] }] }))!.body)),
    },
    {
      api: 'OffsetForLeaderEpoch', resource: 'topic t', expected: { super: allowed, producer: allowed, consumer: allowed, anonymous: refused(ErrorCode.TOPIC_AUTHORIZATION_FAILED) },
      run: async (c) => outcomeOf(firstPartitionCode((await c.send(ApiKey.OffsetForLeaderEpoch, {
        replicaId: -1, topics: [{ topic: 't', partitions: [{ partition: 0, currentLeaderEpoch: -1, leaderEpoch: 0 }] }],
      }))!.body)),
    },
    {
      api: 'InitProducerId', resource: 'idempotent (cluster)', expected: { super: allowed, producer: allowed, consumer: refused(ErrorCode.CLUSTER_AUTHORIZATION_FAILED), anonymous: refused(ErrorCode.CLUSTER_AUTHORIZATION_FAILED) },
      run: async (c) => outcomeOf((await c.send(ApiKey.InitProducerId, { transactionalId: '', transactionTimeoutMs: 60_000, producerId: -1, producerEpoch: -1 }))!.body.errorCode),
    },
    {
      api: 'InitProducerId', resource: 'transactional id tx', expected: everyone(refused(ErrorCode.TRANSACTIONAL_ID_AUTHORIZATION_FAILED), 'ignored'),
      run: async (c) => outcomeOf((await c.send(ApiKey.InitProducerId, { transactionalId: 'tx', transactionTimeoutMs: 60_000, producerId: -1, producerEpoch: -1 }))!.body.errorCode),
    },
    {
      api: 'FindCoordinator', resource: 'group g', expected: { super: allowed, producer: refused(ErrorCode.GROUP_AUTHORIZATION_FAILED), consumer: allowed, anonymous: refused(ErrorCode.GROUP_AUTHORIZATION_FAILED) },
      run: async (c) => outcomeOf((await c.send(ApiKey.FindCoordinator, { key: 'g', keyType: 0 }))!.body.errorCode),
    },
    {
      api: 'FindCoordinator', resource: 'transactional id tx', expected: everyone(refused(ErrorCode.TRANSACTIONAL_ID_AUTHORIZATION_FAILED), 'ignored'),
      run: async (c) => outcomeOf((await c.send(ApiKey.FindCoordinator, { key: 'tx', keyType: 1 }))!.body.errorCode),
    },
    {
      api: 'JoinGroup', resource: 'group g', expected: { super: 'ignored', producer: refused(ErrorCode.GROUP_AUTHORIZATION_FAILED), consumer: allowed, anonymous: refused(ErrorCode.GROUP_AUTHORIZATION_FAILED) },
      // A first join is answered MEMBER_ID_REQUIRED (KIP-394): authorized, and still no member.
      run: async (c) => outcomeOf((await c.send(ApiKey.JoinGroup, {
        groupId: 'g', sessionTimeoutMs: 10_000, rebalanceTimeoutMs: 10_000, memberId: '', protocolType: 'consumer', protocols: [{ name: 'range', metadata: Buffer.from('m') }],
      }))!.body.errorCode).replace('MEMBER_ID_REQUIRED', allowed),
      state: members,
    },
    {
      api: 'Heartbeat', resource: 'group g', expected: { super: 'ignored', producer: refused(ErrorCode.GROUP_AUTHORIZATION_FAILED), consumer: allowed, anonymous: refused(ErrorCode.GROUP_AUTHORIZATION_FAILED) },
      // Authorized, a heartbeat from no member is UNKNOWN_MEMBER_ID.
      run: async (c) => outcomeOf((await c.send(ApiKey.Heartbeat, { groupId: 'g', generationId: 1, memberId: 'nobody' }))!.body.errorCode).replace('UNKNOWN_MEMBER_ID', allowed),
    },
    {
      api: 'OffsetCommit', resource: 'group g, topic t', expected: { super: 'ignored', producer: refused(ErrorCode.GROUP_AUTHORIZATION_FAILED), consumer: allowed, anonymous: refused(ErrorCode.GROUP_AUTHORIZATION_FAILED) },
      run: async (c) => outcomeOf(firstPartitionCode((await c.send(ApiKey.OffsetCommit, {
        groupId: 'g', generationId: -1, topics: [{ name: 't', partitions: [{ partition: 0, committedOffset: 1, committedLeaderEpoch: -1 }] }],
      }))!.body)),
      state: committed,
    },
    {
      api: 'OffsetFetch', resource: 'group g', expected: { super: allowed, producer: refused(ErrorCode.GROUP_AUTHORIZATION_FAILED), consumer: allowed, anonymous: refused(ErrorCode.GROUP_AUTHORIZATION_FAILED) },
      run: async (c) => outcomeOf((await c.send(ApiKey.OffsetFetch, { groupId: 'g', topics: [{ name: 't', partitions: [0] }] }))!.body.errorCode),
    },
    {
      api: 'ListGroups', resource: 'group g', expected: { super: allowed, producer: hidden, consumer: allowed, anonymous: hidden },
      run: async (c) => ((await c.send(ApiKey.ListGroups, {}))!.body.groups ?? []).some((g: { groupId: string }) => g.groupId === 'g') ? allowed : hidden,
    },
    {
      api: 'DescribeGroups', resource: 'group g', expected: { super: allowed, producer: refused(ErrorCode.GROUP_AUTHORIZATION_FAILED), consumer: allowed, anonymous: refused(ErrorCode.GROUP_AUTHORIZATION_FAILED) },
      // Read implies Describe in Kafka's authorizer: the consumer may describe g.
      run: async (c) => outcomeOf((await c.send(ApiKey.DescribeGroups, { groups: ['g'] }))!.body.groups[0].errorCode),
    },
    {
      api: 'DeleteGroups', resource: 'group g', expected: everyone(refused(ErrorCode.GROUP_AUTHORIZATION_FAILED), 'ignored'),
      run: async (c) => outcomeOf((await c.send(ApiKey.DeleteGroups, { groupsNames: ['g'] }))!.body.results[0].errorCode),
      state: committed,
    },
    {
      api: 'CreateTopics', resource: 'topic created-t', expected: everyone(refused(ErrorCode.TOPIC_AUTHORIZATION_FAILED), 'ignored'),
      run: async (c) => outcomeOf((await c.send(ApiKey.CreateTopics, { topics: [{ name: 'created-t', numPartitions: 1, replicationFactor: 1 }], timeoutMs: 5_000 }))!.body.topics[0].errorCode),
      state: topicNames,
    },
    {
      api: 'DeleteTopics', resource: 'topic t', expected: everyone(refused(ErrorCode.TOPIC_AUTHORIZATION_FAILED), 'ignored'),
      run: async (c) => outcomeOf((await c.send(ApiKey.DeleteTopics, { topicNames: ['t'], timeoutMs: 5_000 }))!.body.responses[0].errorCode),
      state: topicNames,
    },
    {
      api: 'DescribeConfigs', resource: 'topic t', expected: everyone(refused(ErrorCode.TOPIC_AUTHORIZATION_FAILED)),
      run: async (c) => outcomeOf((await c.send(ApiKey.DescribeConfigs, { resources: [{ resourceType: 2, resourceName: 't' }] }))!.body.results[0].errorCode),
    },
    {
      api: 'DescribeConfigs', resource: 'broker 1', expected: everyone(refused(ErrorCode.CLUSTER_AUTHORIZATION_FAILED)),
      run: async (c) => outcomeOf((await c.send(ApiKey.DescribeConfigs, { resources: [{ resourceType: 4, resourceName: '1' }] }))!.body.results[0].errorCode),
    },
    {
      api: 'ElectLeaders', resource: 'cluster', expected: everyone(refused(ErrorCode.CLUSTER_AUTHORIZATION_FAILED)),
      run: async (c) => outcomeOf((await c.send(ApiKey.ElectLeaders, { electionType: 0, topicPartitions: [{ topic: 't', partitions: [0] }], timeoutMs: 5_000 }))!.body.errorCode),
    },
    {
      api: 'UpdateMetadata', resource: 'cluster', expected: everyone(refused(ErrorCode.CLUSTER_AUTHORIZATION_FAILED), 'ignored'),
      run: async (c) => outcomeOf((await c.send(ApiKey.UpdateMetadata, { controllerId: 1, controllerEpoch: 1, brokerEpoch: 1 }))!.body.errorCode),
      state: topicNames,
    },
    {
      api: 'StopReplica', resource: 'cluster', expected: everyone(refused(ErrorCode.CLUSTER_AUTHORIZATION_FAILED), 'ignored'),
      run: async (c) => outcomeOf((await c.send(ApiKey.StopReplica, { controllerId: 1, controllerEpoch: 1, brokerEpoch: 1, partitions: [{ topic: 't', partition: 0, deletePartition: true }] }))!.body.errorCode),
      state: () => logEndOffset('t'),
    },
    {
      api: 'WriteTxnMarkers', resource: 'cluster', expected: everyone(refused(ErrorCode.CLUSTER_AUTHORIZATION_FAILED), 'ignored'),
      run: async (c) => {
        const r = await c.send(ApiKey.WriteTxnMarkers, { markers: [{ producerId: 9, producerEpoch: 0, transactionResult: true, coordinatorEpoch: 0, topics: [{ name: 't', partitionIndexes: [0] }] }] });
        return outcomeOf(r!.body.markers[0].topics[0].partitions[0].errorCode);
      },
      state: () => logEndOffset('t'),
    },
    {
      api: 'ControlledShutdown', resource: 'cluster', expected: everyone(refused(ErrorCode.CLUSTER_AUTHORIZATION_FAILED), 'ignored'),
      run: async (c) => outcomeOf((await c.send(ApiKey.ControlledShutdown, { brokerId: 1, brokerEpoch: 1 }))!.body.errorCode),
    },
  ];
}

/** Runs every cell for each principal on the connection `open` gives it; mismatches and changes are collected, not thrown. */
export async function runMatrix(
  principals: readonly Principal[], open: (principal: Principal) => Promise<RawConnection>, cells: readonly Cell[],
): Promise<{ totals: MatrixTotals; mismatches: string[] }> {
  const totals = { cells: 0, allowed: 0, hidden: 0, refused: {} as Record<string, number> };
  const mismatches: string[] = [];
  for (const principal of principals) {
    const conn = await open(principal);
    try {
      for (const cell of cells) {
        const expected = cell.expected[principal];
        if (expected === 'ignored') continue; // the super user's destructive cells (deleting t, stopping replicas) are not run
        const before = expected === allowed ? undefined : await cell.state?.();
        const outcome = await cell.run(conn);
        totals.cells++;
        if (outcome === allowed) totals.allowed++;
        else if (outcome === hidden) totals.hidden++;
        else totals.refused[outcome] = (totals.refused[outcome] ?? 0) + 1;
        if (outcome !== expected) mismatches.push(`${principal} ${cell.api} ${cell.resource}: expected ${expected}, got ${outcome}`);
        if (cell.state !== undefined && expected !== allowed) {
          const after = await cell.state();
          if (JSON.stringify(after) !== JSON.stringify(before)) mismatches.push(`${principal} ${cell.api} ${cell.resource}: refused but changed ${JSON.stringify(before)} -> ${JSON.stringify(after)}`);
        }
      }
    } finally {
      conn.close();
    }
  }
  return { totals, mismatches };
}

export function formatTotals(totals: MatrixTotals): string {
  return `${totals.cells} cells, ${totals.allowed} allowed, ${totals.hidden} hidden, refused ${JSON.stringify(totals.refused)}`;
}
