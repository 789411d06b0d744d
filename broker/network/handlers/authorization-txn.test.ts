/**
 * Authorization of the producer and transaction APIs (KafkaApis 2.8/3.0) over a real transaction
 * coordinator and group coordinator: a refused InitProducerId creates no transactional id, a
 * refused AddPartitionsToTxn or EndTxn leaves the transaction as it was, a refused
 * TxnOffsetCommit writes no pending offset.
 */
import { ApiKey } from '../../../proto/api';
import { ErrorCode } from '../../../proto/errors';
import type { TxnOffsetCommitRequest } from '../../api/transactions';
import { CoordinatorHarness } from '../../../test/support/coordinator-fakes';
import { TransactionHarness } from '../../../test/support/transaction-fakes';
import { authzHarness } from '../../../test/support/authz-handlers';
import { AclOperation, allow, ResourceType, TableAuthorizer } from '../../../test/support/table-authorizer';
import type { ProducerIdManager } from '../../coordinator/producer-id-manager';
import { TransactionState } from '../../coordinator/transaction/transaction-log';

/** alice: Write on transactional id tx and topic t, Read on group g and topic t. */
async function setup() {
  const authorizer = new TableAuthorizer([
    allow('alice', AclOperation.WRITE, ResourceType.TRANSACTIONAL_ID, 'tx'), allow('alice', AclOperation.WRITE, ResourceType.TOPIC, 't'),
    allow('alice', AclOperation.READ, ResourceType.GROUP, 'g'), allow('alice', AclOperation.READ, ResourceType.TOPIC, 't'),
  ]);
  const txn = await TransactionHarness.loaded();
  const group = await CoordinatorHarness.started();
  let nextId = 500;
  const producerIdManager = { generateProducerId: async () => nextId++ } as unknown as ProducerIdManager;
  const h = authzHarness(authorizer, { transactionCoordinator: txn.coordinator, groupCoordinator: group.coordinator, producerIdManager });
  const init = (who: string, transactionalId: string) => h.call(ApiKey.InitProducerId, who, { transactionalId, transactionTimeoutMs: 60_000, producerId: -1, producerEpoch: -1 });
  return { ...h, authorizer, txn, group, init };
}

const stateOf = (txn: TransactionHarness, id: string) => {
  const lookup = txn.state(id);
  return 'error' in lookup ? `error ${lookup.error}` : lookup.metadata?.state;
};

describe('InitProducerId authorization', () => {
  it('needs Write on the transactional id, and creates nothing without it', async () => {
    const { init, txn } = await setup();
    expect(await init('alice', 'other-tx')).toEqual({ errorCode: ErrorCode.TRANSACTIONAL_ID_AUTHORIZATION_FAILED, producerId: -1, producerEpoch: -1 });
    expect(stateOf(txn, 'other-tx')).toBeUndefined();
    expect((await init('alice', 'tx')).errorCode).toBe(ErrorCode.NONE);
  });

  it('gives an idempotent producer an id with IdempotentWrite on the cluster or Write on some topic (KIP-679), else CLUSTER_AUTHORIZATION_FAILED', async () => {
    const { init, authorizer } = await setup();
    expect(await init('bob', '')).toEqual({ errorCode: ErrorCode.CLUSTER_AUTHORIZATION_FAILED, producerId: -1, producerEpoch: -1 });
    expect(await init('alice', '')).toEqual({ errorCode: ErrorCode.NONE, producerId: 500, producerEpoch: 0 });
    authorizer.allow(allow('bob', AclOperation.IDEMPOTENT_WRITE, ResourceType.CLUSTER));
    expect((await init('bob', '')).producerId).toBe(501);
  });
});

describe('transaction API authorization', () => {
  it('AddPartitionsToTxn needs Write on the id and on each topic; a refused one adds nothing', async () => {
    const { call, init, txn, authorizer } = await setup();
    const { producerId, producerEpoch } = await init('alice', 'tx');
    const add = (who: string, topics: string[]) => call(ApiKey.AddPartitionsToTxn, who, {
      transactionalId: 'tx', producerId, producerEpoch, topics: topics.map((name) => ({ name, partitions: [0] })),
    });
    const codes = (r: Awaited<ReturnType<typeof add>>) => r.results.map((t) => [t.name, t.partitions[0]!.errorCode]);
    expect(codes(await add('bob', ['t']))).toEqual([['t', ErrorCode.TRANSACTIONAL_ID_AUTHORIZATION_FAILED]]);
    expect(codes(await add('alice', ['t', 'other']))).toEqual([['t', ErrorCode.OPERATION_NOT_ATTEMPTED], ['other', ErrorCode.TOPIC_AUTHORIZATION_FAILED]]);
    authorizer.allow(allow('alice', AclOperation.WRITE, ResourceType.TOPIC, '__consumer_offsets'));
    expect(codes(await add('alice', ['__consumer_offsets']))).toEqual([['__consumer_offsets', ErrorCode.TOPIC_AUTHORIZATION_FAILED]]);
    expect(stateOf(txn, 'tx')).toBe(TransactionState.Empty); // nothing was added
    expect(codes(await add('alice', ['t']))).toEqual([['t', ErrorCode.NONE]]);
    expect(stateOf(txn, 'tx')).toBe(TransactionState.Ongoing);
  });

  it('AddOffsetsToTxn needs Write on the id, then Read on the group; EndTxn Write on the id', async () => {
    const { call, init, txn } = await setup();
    const { producerId, producerEpoch } = await init('alice', 'tx');
    const addOffsets = (who: string, groupId: string) => call(ApiKey.AddOffsetsToTxn, who, { transactionalId: 'tx', producerId, producerEpoch, groupId });
    expect((await addOffsets('bob', 'g')).errorCode).toBe(ErrorCode.TRANSACTIONAL_ID_AUTHORIZATION_FAILED);
    expect((await addOffsets('alice', 'h')).errorCode).toBe(ErrorCode.GROUP_AUTHORIZATION_FAILED);
    expect(stateOf(txn, 'tx')).toBe(TransactionState.Empty);
    const end = await call(ApiKey.EndTxn, 'bob', { transactionalId: 'tx', producerId, producerEpoch, committed: true });
    expect(end.errorCode).toBe(ErrorCode.TRANSACTIONAL_ID_AUTHORIZATION_FAILED);
    expect((await addOffsets('alice', 'g')).errorCode).toBe(ErrorCode.NONE);
  });

  it('TxnOffsetCommit needs Write on the id, Read on the group and Read on each topic', async () => {
    const { call, group } = await setup();
    const commit = (who: string, transactionalId: string, groupId: string, topics: string[]) => call(ApiKey.TxnOffsetCommit, who, {
      transactionalId, groupId, producerId: 5, producerEpoch: 0, generationId: -1, memberId: '', groupInstanceId: '',
      topics: topics.map((name) => ({ name, partitions: [{ partitionIndex: 0, committedOffset: 3, committedLeaderEpoch: -1, committedMetadata: '' }] })),
    } satisfies TxnOffsetCommitRequest);
    const codes = (r: Awaited<ReturnType<typeof commit>>) => r.topics.map((t) => [t.name, t.partitions[0]!.errorCode]);
    expect(codes(await commit('alice', 'other-tx', 'g', ['t']))).toEqual([['t', ErrorCode.TRANSACTIONAL_ID_AUTHORIZATION_FAILED]]);
    expect(codes(await commit('alice', 'tx', 'h', ['t']))).toEqual([['t', ErrorCode.GROUP_AUTHORIZATION_FAILED]]);
    expect(codes(await commit('alice', 'tx', 'g', ['other']))).toEqual([['other', ErrorCode.TOPIC_AUTHORIZATION_FAILED]]);
    expect(await group.fetchOffsets('g', ['t-0', 'other-0'])).toEqual({ 't-0': -1, 'other-0': -1 });
  });

  it('DescribeTransactions needs Describe on each id and hides topics without Describe; ListTransactions lists only describable ids', async () => {
    const { call, init, authorizer } = await setup();
    const { producerId, producerEpoch } = await init('alice', 'tx');
    await call(ApiKey.AddPartitionsToTxn, 'alice', { transactionalId: 'tx', producerId, producerEpoch, topics: [{ name: 't', partitions: [0] }] });
    const describe = async (who: string) => (await call(ApiKey.DescribeTransactions, who, { transactionalIds: ['tx'] })).transactionStates[0]!;
    const list = async (who: string) => (await call(ApiKey.ListTransactions, who, { stateFilters: [], producerIdFilters: [] })).transactionStates.map((t) => t.transactionalId);
    expect(await describe('bob')).toMatchObject({ errorCode: ErrorCode.TRANSACTIONAL_ID_AUTHORIZATION_FAILED, producerId: -1, topics: [] });
    expect(await list('bob')).toEqual([]);
    authorizer.allow(allow('bob', AclOperation.DESCRIBE, ResourceType.TRANSACTIONAL_ID, 'tx'));
    expect(await describe('bob')).toMatchObject({ errorCode: ErrorCode.NONE, producerId, topics: [] });
    expect(await list('bob')).toEqual(['tx']);
    authorizer.allow(allow('bob', AclOperation.DESCRIBE, ResourceType.TOPIC, 't'));
    expect((await describe('bob')).topics).toEqual([{ topic: 't', partitions: [0] }]);
  });

  it('DescribeProducers needs Read on each topic', async () => {
    const { call, calls } = await setup();
    const resp = await call(ApiKey.DescribeProducers, 'alice', { topics: [{ name: 't', partitionIndexes: [0] }, { name: 'other', partitionIndexes: [0] }] });
    expect(resp.topics.map((t) => [t.name, t.partitions[0]!.errorCode])).toEqual([['t', ErrorCode.NONE], ['other', ErrorCode.TOPIC_AUTHORIZATION_FAILED]]);
    expect(calls.fetched).toEqual(['t-0']);
  });
});
