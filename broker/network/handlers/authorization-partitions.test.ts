/**
 * Authorization of CreatePartitions (Alter on the topic), DeleteRecords (Delete on the topic) and
 * DescribeLogDirs (Describe on the cluster), as KafkaApis 2.8 asks it: a refused topic or
 * partition reaches neither ZooKeeper nor the log.
 */
import { ApiKey } from '../../../proto/api';
import { ErrorCode } from '../../../proto/errors';
import { authzHarness } from '../../../test/support/authz-handlers';
import { AclOperation, allow, ResourceType, TableAuthorizer } from '../../../test/support/table-authorizer';
import type { KafkaZkClient } from '../../../zk/kafka-zk-client';
import type { ReplicaDataPlane } from '../../cluster/replica-data-plane';
import type { ControllerApi } from './index';

describe('partition and record APIs authorization', () => {
  it('DeleteRecords deletes only in topics with Delete on them', async () => {
    const deleted: string[] = [];
    const replicaDataPlane = {
      deleteRecords: async (entries: Array<{ topic: string; partition: number; offset: number }>) => {
        deleted.push(...entries.map((e) => `${e.topic}-${e.partition}`));
        return entries.map((e) => ({ ...e, requiredOffset: e.offset, lowWatermark: e.offset, errorCode: ErrorCode.NONE, pending: false }));
      },
    } as unknown as ReplicaDataPlane;
    const { call } = authzHarness(new TableAuthorizer([allow('alice', AclOperation.DELETE, ResourceType.TOPIC, 't')]), { replicaDataPlane });
    const resp = await call(ApiKey.DeleteRecords, 'alice', {
      timeoutMs: 0, topics: [{ name: 't', partitions: [{ partition: 0, offset: 3 }] }, { name: 'other', partitions: [{ partition: 0, offset: 3 }] }],
    });
    expect(resp.topics).toEqual([
      { name: 't', partitions: [{ partition: 0, lowWatermark: 3, errorCode: ErrorCode.NONE }] },
      { name: 'other', partitions: [{ partition: 0, lowWatermark: -1, errorCode: ErrorCode.TOPIC_AUTHORIZATION_FAILED }] },
    ]);
    expect(deleted).toEqual(['t-0']);
  });

  it('CreatePartitions without Alter on the topic is refused before ZooKeeper is read', async () => {
    const read: string[] = [];
    const zk = { isTopicMarkedForDeletion: async () => false, zk: { getData: async (p: string) => { read.push(p); return undefined; } } } as unknown as KafkaZkClient;
    const controller = { isActive: true } as ControllerApi;
    const { call } = authzHarness(new TableAuthorizer([allow('alice', AclOperation.ALTER, ResourceType.TOPIC, 't')]), { zk, controller });
    const resp = await call(ApiKey.CreatePartitions, 'alice', { timeoutMs: 0, validateOnly: true, topics: [{ name: 'other', count: 2, assignments: null }, { name: 't', count: 2, assignments: null }] });
    expect(resp.results).toEqual([
      { name: 'other', errorCode: ErrorCode.TOPIC_AUTHORIZATION_FAILED, errorMessage: 'The topic authorization is failed.' },
      { name: 't', errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, errorMessage: "The topic 't' does not exist." },
    ]);
    expect(read).toEqual(['/brokers/topics/t']);
  });

  it('DescribeLogDirs needs Describe on the cluster', async () => {
    const authorizer = new TableAuthorizer([]);
    const logManager = { allLogs: () => [{ topic: 't', partition: 0, dir: '/data/t-0', sizeInBytes: 10, logEndOffset: 5, highWatermark: 5 }] };
    const { call, services } = authzHarness(authorizer, { logManager });
    services.config.logDirs = ['/data'];
    expect(await call(ApiKey.DescribeLogDirs, 'alice', { topics: null })).toEqual({ errorCode: ErrorCode.CLUSTER_AUTHORIZATION_FAILED, results: [] });
    authorizer.allow(allow('alice', AclOperation.DESCRIBE, ResourceType.CLUSTER));
    expect(await call(ApiKey.DescribeLogDirs, 'alice', { topics: null })).toEqual({
      errorCode: ErrorCode.NONE,
      results: [{ errorCode: ErrorCode.NONE, logDir: '/data', topics: [{ name: 't', partitions: [{ partition: 0, sizeBytes: 10, offsetLag: 0, isFuture: false }] }] }],
    });
  });
});
