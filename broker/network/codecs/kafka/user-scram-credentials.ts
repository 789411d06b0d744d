/**
 * DescribeUserScramCredentials (50) and AlterUserScramCredentials (51), v0 (KIP-554; flexible from
 * their first version), transcribed from Kafka's message JSON.
 */
import { ApiKey } from '../../../../proto/api';
import type { DomainKafkaCodec } from './api-codec';
import { array, field, message, struct, versions, type KafkaStruct } from './schema';

const describeRequest = message('DescribeUserScramCredentialsRequest', '0', '0+',
  field('users', array(struct(field('name', 'string', '0+'))), '0+', { nullableVersions: '0+', default: null }),
);

const describeResponse = message('DescribeUserScramCredentialsResponse', '0', '0+',
  field('throttleTimeMs', 'int32', '0+'),
  field('errorCode', 'int16', '0+'),
  field('errorMessage', 'string', '0+', { nullableVersions: '0+', default: null }),
  field('results', array(struct(
    field('user', 'string', '0+'),
    field('errorCode', 'int16', '0+'),
    field('errorMessage', 'string', '0+', { nullableVersions: '0+', default: null }),
    field('credentialInfos', array(struct(
      field('mechanism', 'int8', '0+'),
      field('iterations', 'int32', '0+'),
    )), '0+'),
  )), '0+'),
);

const alterRequest = message('AlterUserScramCredentialsRequest', '0', '0+',
  field('deletions', array(struct(
    field('name', 'string', '0+'),
    field('mechanism', 'int8', '0+'),
  )), '0+'),
  field('upsertions', array(struct(
    field('name', 'string', '0+'),
    field('mechanism', 'int8', '0+'),
    field('iterations', 'int32', '0+'),
    field('salt', 'bytes', '0+'),
    field('saltedPassword', 'bytes', '0+'),
  )), '0+'),
);

const alterResponse = message('AlterUserScramCredentialsResponse', '0', '0+',
  field('throttleTimeMs', 'int32', '0+'),
  field('results', array(struct(
    field('user', 'string', '0+'),
    field('errorCode', 'int16', '0+'),
    field('errorMessage', 'string', '0+', { nullableVersions: '0+', default: null }),
  )), '0+'),
);

const nullIfEmpty = (text: string): string | null => (text === '' ? null : text);

export const describeUserScramCredentialsCodec: DomainKafkaCodec<typeof ApiKey.DescribeUserScramCredentials> = {
  apiKey: ApiKey.DescribeUserScramCredentials,
  versions: versions('0'),
  request: describeRequest,
  response: describeResponse,
  // Null and empty both mean every user (Kafka's handler treats them alike).
  decode: (body) => ({ users: ((body.users as KafkaStruct[] | null) ?? []).map((u) => u.name as string) }),
  encode: (resp) => ({
    throttleTimeMs: resp.throttleTimeMs,
    errorCode: resp.errorCode,
    errorMessage: nullIfEmpty(resp.errorMessage),
    results: resp.results.map((r) => ({ user: r.user, errorCode: r.errorCode, errorMessage: nullIfEmpty(r.errorMessage), credentialInfos: r.credentialInfos })),
  }),
  errorResponse: (req, errorCode, errorMessage) => ({
    throttleTimeMs: 0, errorCode, errorMessage,
    results: req.users.map((user) => ({ user, errorCode, errorMessage, credentialInfos: [] })),
  }),
};

export const alterUserScramCredentialsCodec: DomainKafkaCodec<typeof ApiKey.AlterUserScramCredentials> = {
  apiKey: ApiKey.AlterUserScramCredentials,
  versions: versions('0'),
  request: alterRequest,
  response: alterResponse,
  decode: (body) => ({
    deletions: (body.deletions as KafkaStruct[]).map((d) => ({ name: d.name as string, mechanism: d.mechanism as number })),
    upsertions: (body.upsertions as KafkaStruct[]).map((u) => ({
      name: u.name as string, mechanism: u.mechanism as number, iterations: u.iterations as number, salt: u.salt as Buffer, saltedPassword: u.saltedPassword as Buffer,
    })),
  }),
  encode: (resp) => ({
    throttleTimeMs: resp.throttleTimeMs,
    results: resp.results.map((r) => ({ user: r.user, errorCode: r.errorCode, errorMessage: nullIfEmpty(r.errorMessage) })),
  }),
  errorResponse: (req, errorCode, errorMessage) => ({
    throttleTimeMs: 0,
    results: [...new Set([...req.deletions, ...req.upsertions].map((x) => x.name))].map((user) => ({ user, errorCode, errorMessage })),
  }),
};
