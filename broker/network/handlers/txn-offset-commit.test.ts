/** The TxnOffsetCommit handler: only partitions the metadata cache knows reach the coordinator. */
import { allowAllAuthorizer } from '../../security/authorizer';
import { systemClock } from '../../clock';
import { ApiKey } from '../../../proto/api';
import { ErrorCode } from '../../../proto/errors';
import type { samsa } from '../../../proto/generated/samsa';
import { updateMetadataRequest } from '../../../test/support/domain-requests';
import { testRequestContext } from '../../../test/support/protobuf-handler-call';
import type { TxnOffsetCommitRequest } from '../../api/transactions';
import { MetadataCache } from '../../cluster/metadata-cache';
import { buildHandlerTable, type BrokerServices } from './index';

const liveBroker = (id: number): samsa.v1.UpdateMetadataRequest.ILiveBroker => ({ id, endpoints: [{ listener: 'EXTERNAL', host: 'localhost', port: 9091, securityProtocol: 'PLAINTEXT' }] });

describe('TxnOffsetCommit', () => {
  it('answers UNKNOWN_TOPIC_OR_PARTITION for a partition the cache does not know and commits only the rest, in the request\'s order', async () => {
    const cache = new MetadataCache(1, systemClock);
    cache.updateMetadata(updateMetadataRequest({
      controllerId: 1, controllerEpoch: 1, liveBrokers: [liveBroker(1)],
      partitionStates: [{ topic: 'known', partition: 0, leader: 1, leaderEpoch: 1, isr: [1], replicas: [1] }],
    }));
    const seen: TxnOffsetCommitRequest[] = [];
    const groupCoordinator = {
      handleTxnCommitOffsets: async (req: TxnOffsetCommitRequest) => {
        seen.push(req);
        return { throttleTimeMs: 0, topics: req.topics.map((t) => ({ name: t.name, partitions: t.partitions.map((p) => ({ partitionIndex: p.partitionIndex, errorCode: ErrorCode.CONCURRENT_TRANSACTIONS })) })) };
      },
    };
    const services = { metadataCache: cache, groupCoordinator, authorizer: allowAllAuthorizer } as unknown as BrokerServices;
    const handler = buildHandlerTable(services).get(ApiKey.TxnOffsetCommit)!;
    const commit = (topics: { name: string; partitions: number[] }[]): Promise<unknown> => handler(testRequestContext(ApiKey.TxnOffsetCommit, 'EXTERNAL'), {
      transactionalId: 'tx', groupId: 'g', producerId: 7, producerEpoch: 1, generationId: -1, memberId: '', groupInstanceId: '',
      topics: topics.map((t) => ({ name: t.name, partitions: t.partitions.map((partitionIndex) => ({ partitionIndex, committedOffset: 5, committedLeaderEpoch: -1, committedMetadata: '' })) })),
    } satisfies TxnOffsetCommitRequest as never, { closeConnection: () => undefined });

    expect(await commit([{ name: 'no-such-topic', partitions: [0] }, { name: 'known', partitions: [7, 0] }])).toEqual({
      throttleTimeMs: 0,
      topics: [
        { name: 'no-such-topic', partitions: [{ partitionIndex: 0, errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION }] },
        { name: 'known', partitions: [{ partitionIndex: 7, errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION }, { partitionIndex: 0, errorCode: ErrorCode.CONCURRENT_TRANSACTIONS }] },
      ],
    });
    expect(seen.map((r) => r.topics)).toEqual([[{ name: 'known', partitions: [expect.objectContaining({ partitionIndex: 0 })] }]]);
    expect(seen[0]).toMatchObject({ producerId: 7, producerEpoch: 1, groupId: 'g' });
    await commit([{ name: 'no-such-topic', partitions: [1] }]);
    expect(seen).toHaveLength(1);
  });
});
