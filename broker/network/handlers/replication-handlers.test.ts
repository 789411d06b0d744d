import { allowAllAuthorizer } from '../../security/authorizer';
import { systemClock } from '../../clock';
import pino from 'pino';
import { ApiKey } from '../../../proto/api';
import { ErrorCode, SamsaProtocolError } from '../../../proto/errors';
import type { BrokerConfig } from '../../config';
import type { ReplicaDataPlane } from '../../cluster/replica-data-plane';
import type { ReplicaManager } from '../../cluster/replica-manager';
import { MetadataCache } from '../../cluster/metadata-cache';
import type { KafkaZkClient } from '../../../zk/kafka-zk-client';
import { callThroughProtobuf, testRequestContext } from '../../../test/support/protobuf-handler-call';
import { buildHandlerTable, type BrokerServices, type ControllerApi } from './index';
import { unused } from '../../../test/support/unused';

function setup(controller: Partial<ControllerApi> = unused('controller'), fenceAnswer: number = ErrorCode.STALE_CONTROLLER_EPOCH) {
  const replicaManager = {
    becomeLeaderOrFollower: jest.fn(async () => ({ errorCode: ErrorCode.NONE, partitionErrors: [] })),
    stopReplicas: jest.fn(async () => ({ errorCode: ErrorCode.NONE, partitionErrors: [] })),
    maybeUpdateMetadataCache: jest.fn(() => ErrorCode.NONE),
  };
  const replicaDataPlane = {
    lastOffsetForLeaderEpoch: (topic: string, _partition: number, current: number, epoch: number) => {
      if (topic !== 'led') throw new SamsaProtocolError(ErrorCode.NOT_LEADER_OR_FOLLOWER);
      if (current >= 0 && current < 3) throw new SamsaProtocolError(ErrorCode.FENCED_LEADER_EPOCH);
      return epoch === 3 ? { leaderEpoch: 3, endOffset: 42 } : { leaderEpoch: 2, endOffset: 17 };
    },
  };
  const services: BrokerServices = {
    config: { brokerId: 1 } as unknown as BrokerConfig, metadataCache: new MetadataCache(1, systemClock),
    replicaManager: replicaManager as unknown as ReplicaManager, replicaDataPlane: replicaDataPlane as unknown as ReplicaDataPlane,
    zk: {} as unknown as KafkaZkClient,
    logger: pino({ level: 'silent' }), getBrokerEpoch: () => 1, controller: controller as ControllerApi,
    groupCoordinator: unused('groupCoordinator'), producerIdManager: unused('producerIdManager'), transactionCoordinator: unused('transactionCoordinator'), authorizer: allowAllAuthorizer,
    controllerRequestFence: { check: async () => fenceAnswer },
  };
  const table = buildHandlerTable(services);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const call = async (apiKey: number, body: object): Promise<any> => {
    return callThroughProtobuf(table, testRequestContext(apiKey), body, { closeConnection: () => undefined });
  };
  return Object.assign(call, { replicaManager });
}

describe('LeaderAndIsr, StopReplica and UpdateMetadata', () => {
  const header = { controllerId: 2, controllerEpoch: 99, brokerEpoch: 99 };

  it('answer the fence refusal without touching the replica manager', async () => {
    const call = setup(undefined, ErrorCode.STALE_BROKER_EPOCH);
    expect(await call(ApiKey.LeaderAndIsr, { ...header, partitionStates: [{ topic: 't', partition: 0 }] }))
      .toEqual({ errorCode: ErrorCode.STALE_BROKER_EPOCH, partitionErrors: [] });
    expect(await call(ApiKey.StopReplica, { ...header, partitions: [{ topic: 't', partition: 0, deletePartition: true }] }))
      .toEqual({ errorCode: ErrorCode.STALE_BROKER_EPOCH, partitionErrors: [] });
    expect(await call(ApiKey.UpdateMetadata, header)).toEqual({ errorCode: ErrorCode.STALE_BROKER_EPOCH });
    expect(call.replicaManager.becomeLeaderOrFollower).not.toHaveBeenCalled();
    expect(call.replicaManager.stopReplicas).not.toHaveBeenCalled();
    expect(call.replicaManager.maybeUpdateMetadataCache).not.toHaveBeenCalled();
  });

  it('pass an accepted request to the replica manager', async () => {
    const call = setup(undefined, ErrorCode.NONE);
    expect((await call(ApiKey.StopReplica, { ...header, partitions: [] })).errorCode).toBe(ErrorCode.NONE);
    expect(call.replicaManager.stopReplicas).toHaveBeenCalledTimes(1);
  });
});

describe('OffsetForLeaderEpoch', () => {
  it('answers each partition with its epoch end offset or its own error', async () => {
    const call = setup();
    const resp = await call(ApiKey.OffsetForLeaderEpoch, {
      replicaId: 2,
      topics: [
        { topic: 'led', partitions: [{ partition: 0, currentLeaderEpoch: 3, leaderEpoch: 3 }, { partition: 1, currentLeaderEpoch: -1, leaderEpoch: 2 }, { partition: 2, currentLeaderEpoch: 1, leaderEpoch: 1 }] },
        { topic: 'other', partitions: [{ partition: 0, currentLeaderEpoch: -1, leaderEpoch: 1 }] },
      ],
    });
    expect(resp.topics[0].partitions).toEqual([
      { errorCode: ErrorCode.NONE, partition: 0, leaderEpoch: 3, endOffset: 42 },
      { errorCode: ErrorCode.NONE, partition: 1, leaderEpoch: 2, endOffset: 17 },
      { errorCode: ErrorCode.FENCED_LEADER_EPOCH, partition: 2, leaderEpoch: -1, endOffset: -1 },
    ]);
    expect(resp.topics[1].partitions[0].errorCode).toBe(ErrorCode.NOT_LEADER_OR_FOLLOWER);
  });
});

describe('ControlledShutdown and ElectLeaders', () => {
  it('answer NOT_CONTROLLER on a broker that is not the active controller', async () => {
    const call = setup({ isActive: false, controlledShutdown: jest.fn(), electLeaders: jest.fn() });
    expect((await call(ApiKey.ControlledShutdown, { brokerId: 2, brokerEpoch: 5 })).errorCode).toBe(ErrorCode.NOT_CONTROLLER);
    expect((await call(ApiKey.ElectLeaders, { electionType: 0, allPartitions: true })).errorCode).toBe(ErrorCode.NOT_CONTROLLER);
  });

  it('pass the request to the active controller and return its answer', async () => {
    const controlledShutdown = jest.fn(async () => ({ errorCode: ErrorCode.NONE, remainingPartitions: [{ topic: 'a', partition: 1 }] }));
    const electLeaders = jest.fn(async () => new Map([['my-topic-3', { errorCode: ErrorCode.NONE }], ['b-0', { errorCode: ErrorCode.ELECTION_NOT_NEEDED, message: 'already' }]]));
    const call = setup({ isActive: true, controlledShutdown, electLeaders });
    const cs = await call(ApiKey.ControlledShutdown, { brokerId: 2, brokerEpoch: 5 });
    expect(controlledShutdown).toHaveBeenCalledWith(2, 5);
    expect(cs).toEqual({ errorCode: ErrorCode.NONE, remainingPartitions: [{ topic: 'a', partition: 1 }] });
    const el = await call(ApiKey.ElectLeaders, { electionType: 0, topicPartitions: [{ topic: 'my-topic', partitions: [3] }] });
    expect(electLeaders).toHaveBeenCalledWith(0, [{ topic: 'my-topic', partition: 3 }]);
    expect(el.replicaElectionResults).toEqual([
      { topic: 'my-topic', partitionResult: [{ partition: 3, errorCode: ErrorCode.NONE, errorMessage: '' }] },
      { topic: 'b', partitionResult: [{ partition: 0, errorCode: ErrorCode.ELECTION_NOT_NEEDED, errorMessage: 'already' }] },
    ]);
  });
});

describe('AlterPartitionReassignments and ListPartitionReassignments', () => {
  it('answer NOT_CONTROLLER at the top level on a broker that is not the active controller', async () => {
    const call = setup({ isActive: false });
    const alter = await call(ApiKey.AlterPartitionReassignments, { topics: [{ name: 't', partitions: [{ partitionIndex: 0, replicas: [1] }] }] });
    expect(alter).toMatchObject({ errorCode: ErrorCode.NOT_CONTROLLER, responses: [] });
    expect((await call(ApiKey.ListPartitionReassignments, { allTopics: true })).errorCode).toBe(ErrorCode.NOT_CONTROLLER);
  });

  it('pass targets and cancellations to the controller, a partition named twice once (the last entry wins)', async () => {
    const alterPartitionReassignments = jest.fn(async () => new Map([
      ['t-0', { errorCode: ErrorCode.NONE }], ['t-1', { errorCode: ErrorCode.NO_REASSIGNMENT_IN_PROGRESS, message: 'none' }],
    ]));
    const call = setup({ isActive: true, alterPartitionReassignments });
    const resp = await call(ApiKey.AlterPartitionReassignments, {
      topics: [{ name: 't', partitions: [{ partitionIndex: 0, replicas: [9] }, { partitionIndex: 1, cancel: true }, { partitionIndex: 0, replicas: [2, 3] }] }],
    });
    expect(alterPartitionReassignments).toHaveBeenCalledWith([{ topic: 't', partition: 0, replicas: [2, 3] }, { topic: 't', partition: 1, replicas: null }]);
    expect(resp).toEqual({
      errorCode: ErrorCode.NONE, errorMessage: '',
      responses: [{ name: 't', partitions: [
        { partitionIndex: 0, errorCode: ErrorCode.NONE, errorMessage: '' },
        { partitionIndex: 1, errorCode: ErrorCode.NO_REASSIGNMENT_IN_PROGRESS, errorMessage: 'none' },
      ] }],
    });
  });

  it('refuse a protobuf partition that both cancels and names replicas, before the controller sees it', async () => {
    const alterPartitionReassignments = jest.fn();
    const call = setup({ isActive: true, alterPartitionReassignments });
    await expect(call(ApiKey.AlterPartitionReassignments, { topics: [{ name: 't', partitions: [{ partitionIndex: 0, replicas: [1], cancel: true }] }] }))
      .rejects.toMatchObject({ code: ErrorCode.INVALID_REQUEST });
    expect(alterPartitionReassignments).not.toHaveBeenCalled();
  });

  it('list all moves, or those of the named partitions, grouped by topic', async () => {
    const listPartitionReassignments = jest.fn(async () => [{ topic: 't', partition: 2, replicas: [3, 2, 1], addingReplicas: [3], removingReplicas: [1] }]);
    const call = setup({ isActive: true, listPartitionReassignments });
    expect(await call(ApiKey.ListPartitionReassignments, { allTopics: true })).toEqual({
      errorCode: ErrorCode.NONE, errorMessage: '',
      topics: [{ name: 't', partitions: [{ partitionIndex: 2, replicas: [3, 2, 1], addingReplicas: [3], removingReplicas: [1] }] }],
    });
    expect(listPartitionReassignments).toHaveBeenLastCalledWith(undefined);
    await call(ApiKey.ListPartitionReassignments, { topics: [{ name: 't', partitionIndexes: [2, 5] }] });
    expect(listPartitionReassignments).toHaveBeenLastCalledWith([{ topic: 't', partition: 2 }, { topic: 't', partition: 5 }]);
  });
});
