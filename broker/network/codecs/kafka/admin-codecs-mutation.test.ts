/**
 * Bad input on the Kafka listener's admin codecs: every byte-level mutation of a valid request
 * (flipped bits, truncation, absurd lengths and counts) is either decoded into a domain request
 * or refused with a decode/protocol error that closes the connection; never any other throw.
 * And every body the schema can carry (nulls wherever a version allows them, extreme numbers)
 * maps onto the domain or is refused the same way. Seeded, so a failure replays.
 */
import { SamsaProtocolError } from '../../../../proto/errors';
import { requestMessage, type KafkaCall } from '../../../../test/kafka/admin-wire';
import type { ParsedRequest } from '../../codec';
import { implementedApiKeys } from '../../handlers/implemented-apis';
import { createKafkaProtocol } from '.';
import { adminCodecs } from './admin-codecs';
import { KafkaDecodeError } from './primitives';
import { inVersions, type FieldSpec, type FieldType, type KafkaStruct } from './schema';

const protocol = createKafkaProtocol({ servedApiKeys: implementedApiKeys });
const mutationsPerVersion = 500;

/** mulberry32: a small seeded generator. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const samples: Record<string, Record<string, unknown>> = {
  ListOffsetsRequest: { replicaId: -1, isolationLevel: 1, topics: [{ name: 'topic-a', partitions: [{ partitionIndex: 0, currentLeaderEpoch: 2, timestamp: -1, maxNumOffsets: 1 }] }] },
  OffsetForLeaderEpochRequest: { replicaId: -1, topics: [{ topic: 'topic-a', partitions: [{ partition: 0, currentLeaderEpoch: 1, leaderEpoch: 0 }] }] },
  InitProducerIdRequest: { transactionalId: null, transactionTimeoutMs: 1000, producerId: 5, producerEpoch: 1 },
  CreateTopicsRequest: { topics: [{ name: 't', numPartitions: 3, replicationFactor: 1, assignments: [{ partitionIndex: 0, brokerIds: [1, 2] }], configs: [{ name: 'retention.ms', value: '1' }] }], timeoutMs: 100, validateOnly: true },
  DeleteTopicsRequest: { topicNames: ['a', 'b'], timeoutMs: 100 },
  DescribeConfigsRequest: { resources: [{ resourceType: 2, resourceName: 't', configurationKeys: ['retention.ms'] }], includeSynonyms: true, includeDocumentation: true },
  ElectLeadersRequest: { electionType: 0, topicPartitions: [{ topic: 't', partitions: [0, 1] }], timeoutMs: 100 },
  DescribeClusterRequest: { includeClusterAuthorizedOperations: true },
  AlterPartitionReassignmentsRequest: { timeoutMs: 100, topics: [{ name: 't', partitions: [{ partitionIndex: 0, replicas: [1, 2] }, { partitionIndex: 1, replicas: null }] }] },
  ListPartitionReassignmentsRequest: { timeoutMs: 100, topics: [{ name: 't', partitionIndexes: [0, 1] }] },
  DescribeUserScramCredentialsRequest: { users: [{ name: 'alice' }, { name: 'bob' }] },
  AlterUserScramCredentialsRequest: {
    deletions: [{ name: 'bob', mechanism: 2 }],
    upsertions: [{ name: 'alice', mechanism: 1, iterations: 8192, salt: Buffer.alloc(16, 1), saltedPassword: Buffer.alloc(32, 2) }],
  },
  AlterConfigsRequest: { resources: [{ resourceType: 2, resourceName: 't', configs: [{ name: 'retention.ms', value: '1000' }, { name: 'segment.ms', value: null }] }], validateOnly: true },
  IncrementalAlterConfigsRequest: {
    resources: [{ resourceType: 4, resourceName: '', configs: [{ name: 'log.cleanup.policy', configOperation: 2, value: 'compact' }, { name: 'log.retention.ms', configOperation: 1, value: null }] }],
    validateOnly: false,
  },
};

function mutate(bytes: Buffer, next: () => number): Buffer {
  const out = Buffer.from(bytes);
  const kind = Math.floor(next() * 6);
  // Keep the 8-byte api key / version / correlation id so that the body is what gets exercised.
  const at = 8 + Math.floor(next() * Math.max(1, out.length - 8));
  if (kind === 0) return out.subarray(0, at);
  if (kind === 1) out[at] = out[at]! ^ (1 << Math.floor(next() * 8));
  if (kind === 2) out[at] = 0xff;
  if (kind === 3) return Buffer.concat([out.subarray(0, at), Buffer.from([0x7f, 0xff, 0xff, 0xff]), out.subarray(at)]);
  // Nulls where a length stands: -1 as int16/int32 (classic), 0 as a compact length (flexible).
  if (kind === 4) out.fill(0xff, at, Math.min(out.length, at + 2 + 2 * Math.floor(next() * 2)));
  if (kind === 5) out[at] = 0;
  return out;
}

describe('admin codecs under mutated requests', () => {
  const cases = adminCodecs.flatMap((codec) => {
    const out: [string, number, KafkaCall][] = [];
    for (let v = codec.versions[0]; v <= codec.versions[1]; v++) out.push([codec.request.name, v, { apiKey: codec.apiKey, version: v, request: codec.request, response: codec.response }]);
    return out;
  });

  it.each(cases)('%s v%i: decoded or refused with a decode error, never anything else', async (name, version, call) => {
    const valid = requestMessage(call, 1, samples[name]!);
    const next = rng(version * 7919 + call.apiKey);
    let decoded = 0;
    let refused = 0;
    for (let i = 0; i < mutationsPerVersion; i++) {
      const parsed = protocol.parseRequest(mutate(valid, next));
      if (!parsed.ok) {
        refused++;
        continue;
      }
      try {
        await parsed.decode();
        decoded++;
      } catch (err) {
        if (!(err instanceof KafkaDecodeError) && !(err instanceof SamsaProtocolError)) throw err;
        refused++;
      }
    }
    // Both outcomes occur: the mutations reach the body's fields, not only its framing.
    expect(decoded).toBeGreaterThan(0);
    expect(refused).toBeGreaterThan(0);
  });
});

/** A value of `type` at an extreme: `extreme` for numbers (capped to int8), null where allowed, one item per array. */
function extremeValue(type: FieldType, nullable: boolean, version: number, extreme: number): unknown {
  if (nullable) return null;
  if (typeof type === 'string') {
    switch (type) {
      case 'bool': return true;
      case 'string': return '';
      case 'bytes': case 'records': return Buffer.alloc(0);
      case 'uuid': return Buffer.alloc(16, 0xff);
      case 'int8': return Math.min(extreme, 127);
      default: return extreme;
    }
  }
  if (type.kind === 'struct') return extremeStruct(type.fields, version, extreme);
  return [extremeValue(type.items, false, version, extreme)];
}

function extremeStruct(fields: readonly FieldSpec[], version: number, extreme: number): KafkaStruct {
  const out: KafkaStruct = {};
  for (const f of fields) out[f.name] = extremeValue(f.type, inVersions(f.nullableVersions, version), version, extreme);
  return out;
}

describe('admin codecs under schema-valid extremes', () => {
  const cases = adminCodecs.flatMap((codec) => {
    const out: [string, number, KafkaCall][] = [];
    for (let v = codec.versions[0]; v <= codec.versions[1]; v++) out.push([codec.request.name, v, { apiKey: codec.apiKey, version: v, request: codec.request, response: codec.response }]);
    return out;
  });

  it.each(cases)('%s v%i: nulls wherever allowed and -1, 0 or a large number everywhere else', async (_name, version, call) => {
    for (const extreme of [-1, 0, 32_767]) {
      const parsed = protocol.parseRequest(requestMessage(call, 1, extremeStruct(call.request.fields, version, extreme))) as ParsedRequest;
      expect(parsed.ok).toBe(true);
      try {
        await parsed.decode();
      } catch (err) {
        if (!(err instanceof SamsaProtocolError)) throw err;
      }
    }
  });
});
