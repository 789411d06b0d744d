/**
 * DescribeAcls (29), CreateAcls (30) and DeleteAcls (31), v0-v2 each (v1 adds the pattern type,
 * LITERAL when absent; v2 is flexible), transcribed from Kafka's message JSONs. Version 0 knows
 * literal patterns only: its filters and creations mean LITERAL, so its responses only ever
 * carry literal bindings.
 */
import { ApiKey } from '../../../../proto/api';
import * as A from '../../../api/acls';
import type { AnyKafkaApiCodec, DomainKafkaCodec } from './api-codec';
import { array, field, message, struct, versions, type FieldSpec, type KafkaStruct } from './schema';

const literalPatternType = '3';
const throttleTimeMs = 0;

function filterFieldSpecs(): FieldSpec[] {
  return [
    field('resourceTypeFilter', 'int8', '0+'),
    field('resourceNameFilter', 'string', '0+', { nullableVersions: '0+' }),
    field('patternTypeFilter', 'int8', '1+', { default: Number(literalPatternType) }),
    field('principalFilter', 'string', '0+', { nullableVersions: '0+' }),
    field('hostFilter', 'string', '0+', { nullableVersions: '0+' }),
    field('operation', 'int8', '0+'),
    field('permissionType', 'int8', '0+'),
  ];
}

function filterOf(body: KafkaStruct): A.AclFilterFields {
  return {
    resourceTypeFilter: body.resourceTypeFilter as number,
    resourceNameFilter: A.textFilter(body.resourceNameFilter as string | null),
    patternTypeFilter: body.patternTypeFilter as number,
    principalFilter: A.textFilter(body.principalFilter as string | null),
    hostFilter: A.textFilter(body.hostFilter as string | null),
    operation: body.operation as number,
    permissionType: body.permissionType as number,
  };
}

const nullIfEmpty = (s: string): string | null => (s === '' ? null : s);

const describeRequest = message('DescribeAclsRequest', '0-2', '2+', ...filterFieldSpecs());

const describeResponse = message('DescribeAclsResponse', '0-2', '2+',
  field('throttleTimeMs', 'int32', '0+'),
  field('errorCode', 'int16', '0+'),
  field('errorMessage', 'string', '0+', { nullableVersions: '0+', default: null }),
  field('resources', array(struct(
    field('resourceType', 'int8', '0+'),
    field('resourceName', 'string', '0+'),
    field('patternType', 'int8', '1+', { default: Number(literalPatternType) }),
    field('acls', array(struct(
      field('principal', 'string', '0+'),
      field('host', 'string', '0+'),
      field('operation', 'int8', '0+'),
      field('permissionType', 'int8', '0+'),
    )), '0+'),
  )), '0+'),
);

export const describeAclsCodec: DomainKafkaCodec<typeof ApiKey.DescribeAcls> = {
  apiKey: ApiKey.DescribeAcls,
  versions: versions('0-2'),
  request: describeRequest,
  response: describeResponse,
  decode: (body) => filterOf(body),
  encode: (resp) => ({
    throttleTimeMs, errorCode: resp.errorCode, errorMessage: nullIfEmpty(resp.errorMessage),
    resources: resp.resources.map((r) => ({ resourceType: r.resourceType, resourceName: r.resourceName, patternType: r.patternType, acls: r.acls })),
  }),
  errorResponse: (_req, errorCode, errorMessage) => ({ throttleTimeMs, errorCode, errorMessage, resources: [] }),
};

const createRequest = message('CreateAclsRequest', '0-2', '2+',
  field('creations', array(struct(
    field('resourceType', 'int8', '0+'),
    field('resourceName', 'string', '0+'),
    field('resourcePatternType', 'int8', '1+', { default: Number(literalPatternType) }),
    field('principal', 'string', '0+'),
    field('host', 'string', '0+'),
    field('operation', 'int8', '0+'),
    field('permissionType', 'int8', '0+'),
  )), '0+'),
);

const createResponse = message('CreateAclsResponse', '0-2', '2+',
  field('throttleTimeMs', 'int32', '0+'),
  field('results', array(struct(
    field('errorCode', 'int16', '0+'),
    field('errorMessage', 'string', '0+', { nullableVersions: '0+', default: null }),
  )), '0+'),
);

export const createAclsCodec: DomainKafkaCodec<typeof ApiKey.CreateAcls> = {
  apiKey: ApiKey.CreateAcls,
  versions: versions('0-2'),
  request: createRequest,
  response: createResponse,
  decode: (body) => ({ creations: (body.creations as KafkaStruct[]).map((c) => ({ ...(c as unknown as A.AclCreation) })) }),
  encode: (resp) => ({ throttleTimeMs, results: resp.results.map((r) => ({ errorCode: r.errorCode, errorMessage: nullIfEmpty(r.errorMessage) })) }),
  errorResponse: (req, errorCode, errorMessage) => ({ throttleTimeMs, results: req.creations.map(() => ({ errorCode, errorMessage })) }),
};

const deleteRequest = message('DeleteAclsRequest', '0-2', '2+',
  field('filters', array(struct(...filterFieldSpecs())), '0+'),
);

const deleteResponse = message('DeleteAclsResponse', '0-2', '2+',
  field('throttleTimeMs', 'int32', '0+'),
  field('filterResults', array(struct(
    field('errorCode', 'int16', '0+'),
    field('errorMessage', 'string', '0+', { nullableVersions: '0+', default: null }),
    field('matchingAcls', array(struct(
      field('errorCode', 'int16', '0+'),
      field('errorMessage', 'string', '0+', { nullableVersions: '0+', default: null }),
      field('resourceType', 'int8', '0+'),
      field('resourceName', 'string', '0+'),
      field('patternType', 'int8', '1+', { default: Number(literalPatternType) }),
      field('principal', 'string', '0+'),
      field('host', 'string', '0+'),
      field('operation', 'int8', '0+'),
      field('permissionType', 'int8', '0+'),
    )), '0+'),
  )), '0+'),
);

export const deleteAclsCodec: DomainKafkaCodec<typeof ApiKey.DeleteAcls> = {
  apiKey: ApiKey.DeleteAcls,
  versions: versions('0-2'),
  request: deleteRequest,
  response: deleteResponse,
  decode: (body) => ({ filters: (body.filters as KafkaStruct[]).map(filterOf) }),
  encode: (resp) => ({
    throttleTimeMs,
    filterResults: resp.filterResults.map((f) => ({
      errorCode: f.errorCode, errorMessage: nullIfEmpty(f.errorMessage),
      matchingAcls: f.matchingAcls.map((m) => ({ ...m, errorMessage: nullIfEmpty(m.errorMessage) })),
    })),
  }),
  errorResponse: (req, errorCode, errorMessage) => ({ throttleTimeMs, filterResults: req.filters.map(() => ({ errorCode, errorMessage, matchingAcls: [] })) }),
};

/** The Kafka listener's ACL API codecs (see api-codec.ts). */
export const aclCodecs: readonly AnyKafkaApiCodec[] = [describeAclsCodec, createAclsCodec, deleteAclsCodec];
