/**
 * Authorization of the admin and inter-broker APIs (KafkaApis 2.8): topic creation and deletion,
 * configs, elections, DescribeCluster's authorized operations, and the ClusterAction the
 * controller's requests and WriteTxnMarkers need. A refusal writes nothing to ZooKeeper and
 * reaches neither the replica manager, the controller nor the log.
 */
import { ApiKey } from '../../../proto/api';
import { ErrorCode } from '../../../proto/errors';
import { leaderAndIsrRequest, stopReplicaRequest, updateMetadataRequest } from '../../../test/support/domain-requests';
import { authzHarness } from '../../../test/support/authz-handlers';
import { AclOperation, allow, ResourceType, TableAuthorizer } from '../../../test/support/table-authorizer';
import { operationBits } from '../../security/authorize';
import type { ControllerApi } from './index';

const creatable = (name: string) => ({ name, numPartitions: 1, replicationFactor: 1, assignments: [], configs: [] });

describe('CreateTopics and DeleteTopics authorization', () => {
  it('creates only topics with Create on the topic (or any with Create on the cluster), writing nothing for the others', async () => {
    const authorizer = new TableAuthorizer([allow('alice', AclOperation.CREATE, ResourceType.TOPIC, 'mine')]);
    const { call, calls } = authzHarness(authorizer);
    const resp = await call(ApiKey.CreateTopics, 'alice', { topics: [creatable('mine'), creatable('yours')], timeoutMs: 0, validateOnly: false });
    expect(resp.topics.map((t) => [t.name, t.errorCode])).toEqual([['mine', ErrorCode.NONE], ['yours', ErrorCode.TOPIC_AUTHORIZATION_FAILED]]);
    expect(calls.zkCreated).toEqual(['mine']);
    authorizer.allow(allow('alice', AclOperation.CREATE, ResourceType.CLUSTER));
    const again = await call(ApiKey.CreateTopics, 'alice', { topics: [creatable('yours')], timeoutMs: 0, validateOnly: false });
    expect(again.topics.map((t) => [t.name, t.errorCode])).toEqual([['yours', ErrorCode.NONE]]);
  });

  it('returns a created topic\'s configs only with DescribeConfigs on it', async () => {
    const authorizer = new TableAuthorizer([allow('alice', AclOperation.CREATE, ResourceType.CLUSTER), allow('alice', AclOperation.DESCRIBE_CONFIGS, ResourceType.TOPIC, 'seen')]);
    const { call } = authzHarness(authorizer);
    const resp = await call(ApiKey.CreateTopics, 'alice', { topics: [creatable('seen'), creatable('unseen')], timeoutMs: 0, validateOnly: false });
    expect(resp.topics[0]!.configs?.length).toBeGreaterThan(0);
    expect(resp.topics[0]!.topicConfigErrorCode).toBeUndefined();
    expect(resp.topics[1]).toMatchObject({ errorCode: ErrorCode.NONE, topicConfigErrorCode: ErrorCode.TOPIC_AUTHORIZATION_FAILED });
    expect(resp.topics[1]!.configs).toBeUndefined();
  });

  it('deletes only topics with Delete; the others are refused before their existence is looked at', async () => {
    const { call, calls } = authzHarness(new TableAuthorizer([allow('alice', AclOperation.DELETE, ResourceType.TOPIC, 't')]));
    const resp = await call(ApiKey.DeleteTopics, 'alice', { topicNames: ['t', 'other', 'missing'], timeoutMs: 0 });
    expect(resp.responses.map((r) => [r.name, r.errorCode])).toEqual([
      ['t', ErrorCode.NONE], ['other', ErrorCode.TOPIC_AUTHORIZATION_FAILED], ['missing', ErrorCode.TOPIC_AUTHORIZATION_FAILED],
    ]);
    expect(calls.zkDeleted).toEqual(['t']);
  });
});

describe('DescribeConfigs, ElectLeaders and DescribeCluster authorization', () => {
  it('DescribeConfigs needs DescribeConfigs on the topic, or on the cluster for a broker', async () => {
    const { call } = authzHarness(new TableAuthorizer([allow('alice', AclOperation.DESCRIBE_CONFIGS, ResourceType.TOPIC, 't')]));
    const resources = [
      { resourceType: 2, resourceName: 't', configurationKeys: [] }, { resourceType: 2, resourceName: 'other', configurationKeys: [] },
      { resourceType: 4, resourceName: '1', configurationKeys: [] },
    ];
    const resp = await call(ApiKey.DescribeConfigs, 'alice', { resources });
    expect(resp.results.map((r) => [r.resourceName, r.errorCode, r.configs.length > 0])).toEqual([
      ['t', ErrorCode.NONE, true], ['other', ErrorCode.TOPIC_AUTHORIZATION_FAILED, false], ['1', ErrorCode.CLUSTER_AUTHORIZATION_FAILED, false],
    ]);
  });

  it('ElectLeaders needs Alter on the cluster and never reaches the controller without it', async () => {
    const electLeaders = jest.fn(async () => new Map([['t-0', { errorCode: ErrorCode.NONE }]]));
    const controller = { isActive: true, electLeaders, controlledShutdown: jest.fn() } as unknown as ControllerApi;
    const authorizer = new TableAuthorizer();
    const { call } = authzHarness(authorizer, { controller });
    const body = { electionType: 0, topicPartitions: [{ topic: 't', partitions: [0] }], allPartitions: false, timeoutMs: 1_000 };
    const refused = await call(ApiKey.ElectLeaders, 'alice', body);
    expect(refused.errorCode).toBe(ErrorCode.CLUSTER_AUTHORIZATION_FAILED);
    expect(refused.replicaElectionResults).toEqual([{ topic: 't', partitionResult: [{ partition: 0, errorCode: ErrorCode.CLUSTER_AUTHORIZATION_FAILED, errorMessage: 'Authorization failed.' }] }]);
    expect(electLeaders).not.toHaveBeenCalled();
    authorizer.allow(allow('alice', AclOperation.ALTER, ResourceType.CLUSTER));
    expect((await call(ApiKey.ElectLeaders, 'alice', body)).errorCode).toBe(ErrorCode.NONE);
    expect(electLeaders).toHaveBeenCalledTimes(1);
  });

  it('AlterPartitionReassignments needs Alter and ListPartitionReassignments Describe on the cluster', async () => {
    const alterPartitionReassignments = jest.fn(async () => new Map([['t-0', { errorCode: ErrorCode.NONE }]]));
    const listPartitionReassignments = jest.fn(async () => []);
    const controller = { isActive: true, alterPartitionReassignments, listPartitionReassignments } as unknown as ControllerApi;
    const authorizer = new TableAuthorizer([allow('alice', AclOperation.DESCRIBE, ResourceType.CLUSTER)]);
    const { call } = authzHarness(authorizer, { controller });
    const body = { timeoutMs: 1_000, topics: [{ name: 't', partitions: [{ partitionIndex: 0, replicas: [1] }] }] };
    const refused = await call(ApiKey.AlterPartitionReassignments, 'alice', body);
    expect(refused.errorCode).toBe(ErrorCode.CLUSTER_AUTHORIZATION_FAILED);
    expect(refused.responses[0]?.partitions[0]?.errorCode).toBe(ErrorCode.CLUSTER_AUTHORIZATION_FAILED);
    expect(alterPartitionReassignments).not.toHaveBeenCalled();
    expect((await call(ApiKey.ListPartitionReassignments, 'alice', { timeoutMs: 1_000, topics: null })).errorCode).toBe(ErrorCode.NONE);
    expect((await call(ApiKey.ListPartitionReassignments, 'bob', { timeoutMs: 1_000, topics: null })).errorCode).toBe(ErrorCode.CLUSTER_AUTHORIZATION_FAILED);
    expect(listPartitionReassignments).toHaveBeenCalledTimes(1);
    authorizer.allow(allow('alice', AclOperation.ALTER, ResourceType.CLUSTER));
    expect((await call(ApiKey.AlterPartitionReassignments, 'alice', body)).errorCode).toBe(ErrorCode.NONE);
    expect(alterPartitionReassignments).toHaveBeenCalledTimes(1);
  });

  it('DescribeCluster reports the cluster operations the session may perform, none without Describe', async () => {
    const authorizer = new TableAuthorizer([allow('alice', AclOperation.DESCRIBE, ResourceType.CLUSTER), allow('alice', AclOperation.IDEMPOTENT_WRITE, ResourceType.CLUSTER)]);
    authorizer.allow(allow('bob', AclOperation.ALTER, ResourceType.CLUSTER));
    const { call } = authzHarness(authorizer);
    const ops = async (who: string) => (await call(ApiKey.DescribeCluster, who, { includeClusterAuthorizedOperations: true })).clusterAuthorizedOperations;
    expect(await ops('alice')).toBe(operationBits([AclOperation.DESCRIBE, AclOperation.IDEMPOTENT_WRITE]));
    expect(await ops('bob')).toBe(0);
    expect((await call(ApiKey.DescribeCluster, 'bob', { includeClusterAuthorizedOperations: false })).brokers).toHaveLength(1);
  });
});

describe('inter-broker APIs need ClusterAction', () => {
  const header = { controllerId: 1, controllerEpoch: 1, brokerEpoch: 1 };

  it('refuses LeaderAndIsr, StopReplica, UpdateMetadata, ControlledShutdown and WriteTxnMarkers without touching anything', async () => {
    const controller = { isActive: true, controlledShutdown: jest.fn(), electLeaders: jest.fn() } as unknown as ControllerApi;
    const authorizer = new TableAuthorizer([allow('alice', AclOperation.ALL, ResourceType.TOPIC, 't')]);
    const { call, calls } = authzHarness(authorizer, { controller });
    const refused = ErrorCode.CLUSTER_AUTHORIZATION_FAILED;
    expect(await call(ApiKey.LeaderAndIsr, 'alice', leaderAndIsrRequest({ ...header, partitionStates: [{ topic: 't', partition: 0 }] })))
      .toEqual({ errorCode: refused, partitionErrors: [] });
    expect(await call(ApiKey.StopReplica, 'alice', stopReplicaRequest({ ...header, partitions: [{ topic: 't', partition: 0, deletePartition: true }] })))
      .toEqual({ errorCode: refused, partitionErrors: [] });
    expect(await call(ApiKey.UpdateMetadata, 'alice', updateMetadataRequest(header))).toEqual({ errorCode: refused });
    expect(await call(ApiKey.ControlledShutdown, 'alice', { brokerId: 2, brokerEpoch: 1 })).toEqual({ errorCode: refused, remainingPartitions: [] });
    const markers = [{ producerId: 5, producerEpoch: 0, transactionResult: true, coordinatorEpoch: 1, topics: [{ name: 't', partitionIndexes: [0] }] }];
    expect(await call(ApiKey.WriteTxnMarkers, 'alice', { markers }))
      .toEqual({ markers: [{ producerId: 5, topics: [{ name: 't', partitions: [{ partitionIndex: 0, errorCode: refused }] }] }] });
    expect(calls.replicaManager).toEqual([]);
    expect(calls.appended).toEqual([]);
    expect(controller.controlledShutdown).not.toHaveBeenCalled();
  });

  it('serves them for a principal with ClusterAction', async () => {
    const authorizer = new TableAuthorizer([allow('broker', AclOperation.CLUSTER_ACTION, ResourceType.CLUSTER)]);
    const { call, calls } = authzHarness(authorizer);
    expect((await call(ApiKey.UpdateMetadata, 'broker', updateMetadataRequest(header))).errorCode).toBe(ErrorCode.NONE);
    const markers = [{ producerId: 5, producerEpoch: 0, transactionResult: true, coordinatorEpoch: 1, topics: [{ name: 't', partitionIndexes: [0] }] }];
    expect((await call(ApiKey.WriteTxnMarkers, 'broker', { markers })).markers[0]!.topics[0]!.partitions[0]!.errorCode).toBe(ErrorCode.NONE);
    expect(calls.replicaManager).toEqual(['UpdateMetadata']);
    expect(calls.appended.map((e) => e.topic)).toEqual(['t']);
  });
});
