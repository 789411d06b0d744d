/** DescribeCluster (60), v0 (KIP-700; flexible from its first version). */
import { ApiKey } from '../../../../proto/api';
import type { DomainKafkaCodec } from './api-codec';
import { array, field, message, struct, versions } from './schema';

const request = message('DescribeClusterRequest', '0', '0+',
  field('includeClusterAuthorizedOperations', 'bool', '0+'),
);

const response = message('DescribeClusterResponse', '0', '0+',
  field('throttleTimeMs', 'int32', '0+'),
  field('errorCode', 'int16', '0+'),
  field('errorMessage', 'string', '0+', { nullableVersions: '0+', default: null }),
  field('clusterId', 'string', '0+'),
  field('controllerId', 'int32', '0+', { default: -1 }),
  field('brokers', array(struct(
    field('brokerId', 'int32', '0+'),
    field('host', 'string', '0+'),
    field('port', 'int32', '0+'),
    field('rack', 'string', '0+', { nullableVersions: '0+', default: null }),
  )), '0+'),
  field('clusterAuthorizedOperations', 'int32', '0+', { default: -2147483648 }),
);

export const describeClusterCodec: DomainKafkaCodec<typeof ApiKey.DescribeCluster> = {
  apiKey: ApiKey.DescribeCluster,
  versions: versions('0'),
  request,
  response,
  decode: (body) => ({ includeClusterAuthorizedOperations: body.includeClusterAuthorizedOperations as boolean }),
  encode: (resp) => ({
    throttleTimeMs: 0,
    errorCode: resp.errorCode,
    errorMessage: resp.errorMessage === '' ? null : resp.errorMessage,
    clusterId: resp.clusterId,
    controllerId: resp.controllerId,
    brokers: resp.brokers.map((b) => ({ brokerId: b.nodeId, host: b.host, port: b.port, rack: b.rack === '' ? null : b.rack })),
    clusterAuthorizedOperations: resp.clusterAuthorizedOperations,
  }),
  errorResponse: (_req, errorCode, errorMessage) => ({ throttleTimeMs: 0, errorCode, errorMessage, clusterId: '', controllerId: -1, brokers: [] }),
};
