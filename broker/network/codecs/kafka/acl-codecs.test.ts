/**
 * DescribeAcls, CreateAcls and DeleteAcls on the Kafka listener: v0 (golden bytes, literal only),
 * v1 (pattern types) and v2 (flexible: compact strings, tagged fields), each mapped both ways.
 */
import { ApiKey } from '../../../../proto/api';
import { ErrorCode } from '../../../../proto/errors';
import { textFilter } from '../../../api/acls';
import { exchange, type KafkaCall } from '../../../../test/kafka/admin-wire';
import { implementedApiKeys } from '../../handlers/implemented-apis';
import { createKafkaProtocol } from '.';
import { createAclsCodec, deleteAclsCodec, describeAclsCodec } from './acls';
import type { AnyKafkaApiCodec } from './api-codec';
import { KafkaReader, KafkaWriter } from './primitives';

const protocol = createKafkaProtocol({ servedApiKeys: implementedApiKeys });
const call = (codec: AnyKafkaApiCodec, version: number): KafkaCall => ({ apiKey: codec.apiKey, version, request: codec.request, response: codec.response });

const wireFilter = { resourceTypeFilter: 2, resourceNameFilter: 't', patternTypeFilter: 4, principalFilter: null, hostFilter: '*', operation: 1, permissionType: 3 };
const filter = { ...wireFilter, resourceNameFilter: textFilter('t'), principalFilter: textFilter(null), hostFilter: textFilter('*') };
const resources = [{ resourceType: 2, resourceName: 't', patternType: 4, acls: [{ principal: 'User:alice', host: '*', operation: 3, permissionType: 3 }] }];
const matching = { errorCode: 0, errorMessage: '', resourceType: 2, resourceName: 't', patternType: 3, principal: 'User:a', host: '*', operation: 4, permissionType: 2 };

async function parseGolden(apiKey: number, version: number, body: (w: KafkaWriter) => void) {
  const w = new KafkaWriter();
  w.int16(apiKey).int16(version).int32(9).string('kafka-acls', false);
  body(w);
  const parsed = protocol.parseRequest(Buffer.from(w.finish()));
  if (!parsed.ok) throw new Error(parsed.reason);
  return { decoded: await parsed.decode(), parsed };
}

describe('ACL APIs advertised on the Kafka listener', () => {
  it.each([[ApiKey.DescribeAcls], [ApiKey.CreateAcls], [ApiKey.DeleteAcls]])('api key %i: versions 0-2', (apiKey) => {
    expect(protocol.versionRange(apiKey)).toEqual([0, 2]);
  });
});

describe('DescribeAcls (29)', () => {
  it('v0 (golden bytes): no pattern type on the wire, the filter means LITERAL', async () => {
    const { decoded, parsed } = await parseGolden(ApiKey.DescribeAcls, 0, (w) => {
      w.int8(2).string('t', false).string(null, false).string(null, false).int8(1).int8(1);
    });
    expect(decoded).toEqual({
      resourceTypeFilter: 2, resourceNameFilter: textFilter('t'), patternTypeFilter: 3, principalFilter: textFilter(null), hostFilter: textFilter(null), operation: 1, permissionType: 1,
    });
    const r = new KafkaReader(await parsed.encodeResponse!({ errorCode: 0, errorMessage: '', resources: [{ ...resources[0], patternType: 3 }] }));
    r.int32();
    expect([r.int32(), r.int32(), r.int16(), r.string(false, true)]).toEqual([9, 0, 0, null]);
    expect(r.arrayLength(false, false)).toBe(1);
    expect([r.int8(), r.string(false, false)]).toEqual([2, 't']);
    expect(r.arrayLength(false, false)).toBe(1);
    expect([r.string(false, false), r.string(false, false), r.int8(), r.int8()]).toEqual(['User:alice', '*', 3, 3]);
    expect(r.remaining()).toBe(0);
  });

  it.each([1, 2])('v%i carries the pattern type both ways', async (version) => {
    const { decoded, response, errorResponse } = await exchange(protocol, call(describeAclsCodec, version), wireFilter, { errorCode: 0, errorMessage: '', resources });
    expect(decoded).toEqual(filter);
    expect(response).toEqual({ throttleTimeMs: 0, errorCode: 0, errorMessage: null, resources });
    expect(errorResponse(ErrorCode.SECURITY_DISABLED, 'no authorizer')).toEqual({ throttleTimeMs: 0, errorCode: ErrorCode.SECURITY_DISABLED, errorMessage: 'no authorizer', resources: [] });
  });
});

describe('CreateAcls (30)', () => {
  const creation = { resourceType: 2, resourceName: 'logs-', resourcePatternType: 4, principal: 'User:bob', host: '*', operation: 4, permissionType: 3 };

  it('v0 (golden bytes): creations without a pattern type are LITERAL', async () => {
    const { decoded, parsed } = await parseGolden(ApiKey.CreateAcls, 0, (w) => {
      w.arrayLength(1, false).int8(3).string('g', false).string('User:a', false).string('*', false).int8(3).int8(3);
    });
    expect(decoded).toEqual({ creations: [{ resourceType: 3, resourceName: 'g', resourcePatternType: 3, principal: 'User:a', host: '*', operation: 3, permissionType: 3 }] });
    const r = new KafkaReader(await parsed.encodeResponse!({ results: [{ errorCode: ErrorCode.INVALID_REQUEST, errorMessage: 'bad' }] }));
    r.int32();
    expect([r.int32(), r.int32(), r.arrayLength(false, false), r.int16(), r.string(false, true)]).toEqual([9, 0, 1, 42, 'bad']);
    expect(r.remaining()).toBe(0);
  });

  it.each([1, 2])('v%i: pattern type, results in order, error response for every creation', async (version) => {
    const { decoded, response, errorResponse } = await exchange(protocol, call(createAclsCodec, version), { creations: [creation, creation] },
      { results: [{ errorCode: 0, errorMessage: '' }, { errorCode: 42, errorMessage: 'x' }] });
    expect(decoded).toEqual({ creations: [creation, creation] });
    expect(response).toEqual({ throttleTimeMs: 0, results: [{ errorCode: 0, errorMessage: null }, { errorCode: 42, errorMessage: 'x' }] });
    expect(errorResponse(31, 'no').results).toEqual([{ errorCode: 31, errorMessage: 'no' }, { errorCode: 31, errorMessage: 'no' }]);
  });

  it('v2 is flexible: compact strings and tagged fields (golden bytes)', async () => {
    const { decoded } = await (async () => {
      const w = new KafkaWriter();
      w.int16(ApiKey.CreateAcls).int16(2).int32(9).string('kafka-acls', false).uvarint(0);
      w.arrayLength(1, true).int8(2).string('t', true).int8(4).string('User:a', true).string('*', true).int8(4).int8(3).uvarint(0).uvarint(0);
      const parsed = protocol.parseRequest(Buffer.from(w.finish()));
      if (!parsed.ok) throw new Error(parsed.reason);
      return { decoded: await parsed.decode() };
    })();
    expect(decoded).toEqual({ creations: [{ resourceType: 2, resourceName: 't', resourcePatternType: 4, principal: 'User:a', host: '*', operation: 4, permissionType: 3 }] });
  });
});

describe('DeleteAcls (31)', () => {
  it.each([0, 1, 2])('v%i: filters in, matching ACLs per filter out', async (version) => {
    const sent = version === 0 ? { ...wireFilter, patternTypeFilter: 3 } : wireFilter;
    const m = version === 0 ? matching : { ...matching, patternType: 4 };
    const { decoded, response, errorResponse } = await exchange(protocol, call(deleteAclsCodec, version), { filters: [sent] },
      { filterResults: [{ errorCode: 0, errorMessage: '', matchingAcls: [m] }] });
    expect(decoded).toEqual({ filters: [{ ...filter, patternTypeFilter: sent.patternTypeFilter }] });
    expect(response).toEqual({ throttleTimeMs: 0, filterResults: [{ errorCode: 0, errorMessage: null, matchingAcls: [{ ...m, errorMessage: null }] }] });
    expect(errorResponse(54, 'off').filterResults).toEqual([{ errorCode: 54, errorMessage: 'off', matchingAcls: [] }]);
  });
});
