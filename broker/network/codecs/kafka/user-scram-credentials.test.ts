/**
 * The SCRAM credential APIs on the Kafka listener, byte for byte as Kafka's message JSON lays
 * them out (v0, flexible: compact strings and arrays, tagged fields after every struct).
 */
import { ApiKey } from '../../../../proto/api';
import { exchange, requestMessage, type KafkaCall } from '../../../../test/kafka/admin-wire';
import { implementedApiKeys } from '../../handlers/implemented-apis';
import { createKafkaProtocol } from '.';
import { alterUserScramCredentialsCodec, describeUserScramCredentialsCodec } from './user-scram-credentials';

const protocol = createKafkaProtocol({ servedApiKeys: implementedApiKeys });
const alterCall: KafkaCall = { apiKey: ApiKey.AlterUserScramCredentials, version: 0, request: alterUserScramCredentialsCodec.request, response: alterUserScramCredentialsCodec.response };
const describeCall: KafkaCall = { apiKey: ApiKey.DescribeUserScramCredentials, version: 0, request: describeUserScramCredentialsCodec.request, response: describeUserScramCredentialsCodec.response };

const compactString = (s: string): number[] => [s.length + 1, ...Buffer.from(s)];
const header = (apiKey: number): number[] => [0, apiKey, 0, 0, 0, 0, 0, 77, 0, 1, ...Buffer.from('c'), 0];

describe('AlterUserScramCredentials v0 on the Kafka listener', () => {
  const salt = Buffer.from([1, 2, 3]);
  const saltedPassword = Buffer.from([9, 8]);
  const body = {
    deletions: [{ name: 'bob', mechanism: 2 }],
    upsertions: [{ name: 'al', mechanism: 1, iterations: 8192, salt, saltedPassword }],
  };

  it('lays the request out as Kafka does', () => {
    const expected = Buffer.from([
      ...header(51),
      2, ...compactString('bob'), 2, 0,
      2, ...compactString('al'), 1, 0, 0, 0x20, 0, 4, 1, 2, 3, 3, 9, 8, 0,
      0,
    ]);
    expect(requestMessage(alterCall, 77, body, 'c')).toEqual(expected);
  });

  it('decodes into the domain request and encodes one result per user', async () => {
    const ex = await exchange(protocol, alterCall, body, { throttleTimeMs: 0, results: [{ user: 'bob', errorCode: 91, errorMessage: 'missing' }, { user: 'al', errorCode: 0, errorMessage: '' }] });
    expect(ex.decoded).toEqual({ deletions: [{ name: 'bob', mechanism: 2 }], upsertions: [{ name: 'al', mechanism: 1, iterations: 8192, salt, saltedPassword }] });
    expect(ex.response).toEqual({ throttleTimeMs: 0, results: [{ user: 'bob', errorCode: 91, errorMessage: 'missing' }, { user: 'al', errorCode: 0, errorMessage: null }] });
    expect(ex.errorResponse(31, 'denied').results).toEqual([{ user: 'bob', errorCode: 31, errorMessage: 'denied' }, { user: 'al', errorCode: 31, errorMessage: 'denied' }]);
  });
});

describe('DescribeUserScramCredentials v0 on the Kafka listener', () => {
  it('reads null users as every user', async () => {
    const message = Buffer.from([...header(50), 0, 0]);
    expect(requestMessage(describeCall, 77, { users: null }, 'c')).toEqual(message);
    const ex = await exchange(protocol, describeCall, { users: null }, { throttleTimeMs: 0, errorCode: 0, errorMessage: '', results: [] });
    expect(ex.decoded).toEqual({ users: [] });
  });

  it('lays the response out as Kafka does', async () => {
    const ex = await exchange(protocol, describeCall, { users: [{ name: 'al' }] }, {
      throttleTimeMs: 0, errorCode: 0, errorMessage: '',
      results: [{ user: 'al', errorCode: 0, errorMessage: '', credentialInfos: [{ mechanism: 1, iterations: 8192 }, { mechanism: 2, iterations: 4096 }] }],
    });
    expect(ex.decoded).toEqual({ users: ['al'] });
    expect(ex.response).toEqual({
      throttleTimeMs: 0, errorCode: 0, errorMessage: null,
      results: [{ user: 'al', errorCode: 0, errorMessage: null, credentialInfos: [{ mechanism: 1, iterations: 8192 }, { mechanism: 2, iterations: 4096 }] }],
    });
    const error = ex.errorResponse(31, 'denied');
    expect(error).toMatchObject({ errorCode: 31, errorMessage: 'denied', results: [{ user: 'al', errorCode: 31 }] });
  });
});
