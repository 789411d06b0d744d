/**
 * Metadata (3), v0-v9 (v9 flexible). v10+ carry topic ids, which this ZooKeeper-mode broker does
 * not assign, so they are not advertised. Addresses are the listener's the request came in on
 * (the handler answers from the metadata cache per listener). In v0 an empty topic list means
 * every topic; from v1 a null list does.
 */
import { ApiKey } from '../../../../proto/api';
import type { MetadataResponse } from '../../../api/metadata';
import type { DomainKafkaCodec } from './api-codec';
import { array, field, message, struct, versions, type KafkaStruct } from './schema';

const request = message('MetadataRequest', '0-9', '9+',
  field('topics', array(struct(
    field('name', 'string', '0+'),
  )), '0+', { nullableVersions: '1+' }),
  field('allowAutoTopicCreation', 'bool', '4+', { default: true }),
  field('includeClusterAuthorizedOperations', 'bool', '8+'),
  field('includeTopicAuthorizedOperations', 'bool', '8+'),
);

/** Kafka's "not requested / not computed" authorized-operations bitfield. */
const authorizedOperationsOmitted = -2147483648;

const response = message('MetadataResponse', '0-9', '9+',
  field('throttleTimeMs', 'int32', '3+'),
  field('brokers', array(struct(
    field('nodeId', 'int32', '0+'),
    field('host', 'string', '0+'),
    field('port', 'int32', '0+'),
    field('rack', 'string', '1+', { nullableVersions: '1+', default: null }),
  )), '0+'),
  field('clusterId', 'string', '2+', { nullableVersions: '2+', default: null }),
  field('controllerId', 'int32', '1+', { default: -1 }),
  field('topics', array(struct(
    field('errorCode', 'int16', '0+'),
    field('name', 'string', '0+'),
    field('isInternal', 'bool', '1+'),
    field('partitions', array(struct(
      field('errorCode', 'int16', '0+'),
      field('partitionIndex', 'int32', '0+'),
      field('leaderId', 'int32', '0+'),
      field('leaderEpoch', 'int32', '7+', { default: -1 }),
      field('replicaNodes', array('int32'), '0+'),
      field('isrNodes', array('int32'), '0+'),
      field('offlineReplicas', array('int32'), '5+'),
    )), '0+'),
    field('topicAuthorizedOperations', 'int32', '8+', { default: authorizedOperationsOmitted }),
  )), '0+'),
  field('clusterAuthorizedOperations', 'int32', '8+', { default: authorizedOperationsOmitted }),
);

function encode(resp: MetadataResponse): KafkaStruct {
  return {
    throttleTimeMs: 0,
    brokers: resp.brokers.map((b) => ({ nodeId: b.nodeId, host: b.host, port: b.port, rack: b.rack === '' ? null : b.rack })),
    clusterId: resp.clusterId === '' ? null : resp.clusterId,
    controllerId: resp.controllerId,
    topics: resp.topics.map((t) => ({
      errorCode: t.errorCode,
      name: t.name,
      isInternal: t.isInternal,
      partitions: t.partitions.map((p) => ({
        errorCode: p.errorCode, partitionIndex: p.partition, leaderId: p.leaderId, leaderEpoch: p.leaderEpoch,
        replicaNodes: p.replicaNodes, isrNodes: p.isrNodes, offlineReplicas: p.offlineReplicas,
      })),
      topicAuthorizedOperations: authorizedOperationsOmitted,
    })),
    clusterAuthorizedOperations: authorizedOperationsOmitted,
  };
}

export const metadataCodec: DomainKafkaCodec<typeof ApiKey.Metadata> = {
  apiKey: ApiKey.Metadata,
  versions: versions('0-9'),
  request,
  response,
  decode: (body, version) => {
    const topics = body.topics as { name: string }[] | null;
    const allTopics = topics === null || (version === 0 && topics.length === 0);
    return { topics: topics === null ? [] : topics.map((t) => t.name), allTopics, allowAutoTopicCreation: body.allowAutoTopicCreation as boolean };
  },
  encode,
  // Metadata has no request-level error slot; per-topic codes carry the failure (Kafka does the same).
  errorResponse: (req, errorCode) => ({
    throttleTimeMs: 0, brokers: [], clusterId: null, controllerId: -1,
    topics: req.topics.map((name) => ({ errorCode, name, isInternal: false, partitions: [], topicAuthorizedOperations: authorizedOperationsOmitted })),
    clusterAuthorizedOperations: authorizedOperationsOmitted,
  }),
};
