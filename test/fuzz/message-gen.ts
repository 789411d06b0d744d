/**
 * Request frames generated from the .proto schemas by protobufjs reflection: every field of
 * every request type, at its edges (0, -1, int32/int64 limits, empty and huge strings and
 * bytes, unknown enum values, missing fields, huge repeated counts), with names that hit the
 * fuzzed topics, groups and brokers often enough to reach deep into the handlers.
 */

import path from 'node:path';
import protobuf from 'protobufjs';
import { ApiKey, bodyFieldByApiKey } from '../../proto/api';
import '../../proto/frame';
import { repoRoot } from '../fixtures/broker-process';
import { generateBatch } from './batch-gen';
import { type Rng, int32Edges } from './rng';

const protoFiles = ['envelope.proto', 'cluster.proto', 'produce_fetch.proto', 'topics.proto', 'control.proto', 'groups.proto', 'record.proto'];
/** Nesting deeper than this is left out, so a generated message stays small. */
const messageDepthMax = 4;
/** A "huge" repeated field: enough to hurt a handler that loops or allocates per element. */
const hugeRepeatedCount = 2_000;
const hugeStringBytes = 64 * 1024;
const hugeBytesBytes = 256 * 1024;

export const controllerApiKeys: readonly number[] = [ApiKey.LeaderAndIsr, ApiKey.StopReplica, ApiKey.UpdateMetadata, ApiKey.ControlledShutdown];

/** What the generator aims at: names that exist, so requests get past the lookups. */
export interface FuzzTargets {
  /** Topics whose stored batches are validated: fuzzed produce goes here. */
  fuzzedTopics: readonly string[];
  /** Topics that must survive: the known-good client's control topic. Read, never deleted. */
  protectedTopics: readonly string[];
  partitionsPerTopic: number;
  brokerIds: readonly number[];
  brokerPorts: readonly number[];
  nowMs: number;
  /** Include LeaderAndIsr, StopReplica, UpdateMetadata and ControlledShutdown. */
  controllerApis: boolean;
}

/** Disposable names for CreateTopics/DeleteTopics, so the fuzzer never deletes what it checks. */
const disposableTopics = ['fuzz-new-0', 'fuzz-new-1', 'fuzz-new-2', '', '.', '..', 'a'.repeat(300), 'bad/name', '__consumer_offsets'];
/**
 * Requests that change a topic's configs, partitions, replicas or log start take their names from
 * here: never an audited topic (a config change such as message.timestamp.type would change what
 * the audit expects), never an internal topic, never '' (the cluster-wide broker default).
 */
const changeableTopics = disposableTopics.filter((n) => n !== '' && !n.startsWith('__'));
const topicChangingParents: ReadonlySet<string> = new Set(['AlterConfigsResource', 'CreatePartitionsTopic', 'DeleteRecordsTopic', 'ReassignableTopic']);
const topicConfigKeys = ['cleanup.policy', 'retention.ms', 'min.insync.replicas', 'message.timestamp.type', 'segment.bytes', 'max.message.bytes', 'no.such.key'];
const groupIds = ['fuzz-g0', 'fuzz-g1', '', 'g'.repeat(300)];
const memberIds = ['', 'fuzz-m0', 'unknown-member', 'm'.repeat(300)];

let root: protobuf.Root | undefined;

export function schemaRoot(): protobuf.Root {
  root ??= protobuf.loadSync(protoFiles.map((f) => path.join(repoRoot(), 'proto', f)));
  return root;
}

export function requestType(): protobuf.Type {
  return schemaRoot().lookupType('samsa.v1.Request');
}

export class MessageGenerator {
  readonly apiKeys: number[];

  constructor(
    private readonly rng: Rng,
    private readonly targets: FuzzTargets,
  ) {
    this.apiKeys = Object.values(ApiKey).filter((k) => targets.controllerApis || !controllerApiKeys.includes(k));
  }

  /** A Request object: usually a consistent header and body, sometimes not. */
  request(apiKey: number, body: Record<string, unknown>): Record<string, unknown> {
    const rng = this.rng;
    const field = bodyFieldByApiKey[apiKey as ApiKey];
    const header = {
      apiKey: rng.chance(0.92) ? apiKey : rng.chance(0.5) ? rng.pick(this.apiKeys) : rng.int32(),
      apiVersion: rng.chance(0.9) ? 0 : rng.int32(),
      correlationId: rng.u32() | 0,
      clientId: rng.chance(0.9) ? 'fuzz' : this.string(),
    };
    const request: Record<string, unknown> = rng.chance(0.98) ? { header } : {};
    if (rng.chance(0.99)) request[field] = body;
    return request;
  }

  /** A body for `apiKey`, every field from the schema. */
  body(apiKey: number): Record<string, unknown> {
    const field = requestType().fields[bodyFieldByApiKey[apiKey as ApiKey]]!;
    return this.message(field.resolvedType as protobuf.Type, 0);
  }

  message(type: protobuf.Type, depth: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const field of type.fieldsArray) {
      if (this.rng.chance(0.12)) continue; // a missing field
      if (field.repeated) {
        const n = this.repeatedCount(field);
        const values: unknown[] = [];
        for (let i = 0; i < n; i++) values.push(this.value(type, field, depth));
        out[field.name] = values.filter((v) => v !== undefined);
      } else {
        const value = this.value(type, field, depth);
        if (value !== undefined) out[field.name] = value;
      }
    }
    return out;
  }

  private repeatedCount(field: protobuf.Field): number {
    const rng = this.rng;
    if (rng.chance(0.003) && !(field.resolvedType instanceof protobuf.Type)) return hugeRepeatedCount;
    return rng.chance(0.15) ? 0 : rng.between(1, 3);
  }

  private value(parent: protobuf.Type, field: protobuf.Field, depth: number): unknown {
    const resolved = field.resolvedType;
    if (resolved instanceof protobuf.Type) return depth >= messageDepthMax ? undefined : this.message(resolved, depth + 1);
    if (resolved instanceof protobuf.Enum) {
      const known = Object.values(resolved.values);
      return this.rng.chance(0.8) ? this.rng.pick(known) : this.rng.int32();
    }
    const hinted = this.hinted(parent, field);
    if (hinted !== undefined) return hinted;
    switch (field.type) {
      case 'bool':
        return this.rng.chance(0.5);
      case 'string':
        return this.string();
      case 'bytes':
        return this.bytes();
      case 'int64':
      case 'sint64':
      case 'sfixed64':
      case 'uint64':
      case 'fixed64':
        return this.rng.int64();
      case 'uint32':
      case 'fixed32':
        return this.rng.int32() >>> 0;
      default:
        return this.rng.int32();
    }
  }

  /** Values that reach real objects: topics, partitions, brokers, groups, record batches. */
  private hinted(parent: protobuf.Type, field: protobuf.Field): unknown {
    const rng = this.rng;
    const t = this.targets;
    const name = field.name.toLowerCase();
    const wild = rng.chance(0.2);
    if (field.type === 'string') {
      // Topic names always come from pools: random ones would auto-create topics without bound.
      if (parent.name === 'DeleteTopicsRequest' || parent.name === 'CreatableTopic') return rng.pick(disposableTopics);
      if (topicChangingParents.has(parent.name) && (name === 'name' || name === 'resourcename')) return rng.pick(changeableTopics);
      if (parent.name === 'AlterableConfig' && name === 'name' && !wild) return rng.pick(topicConfigKeys);
      if (parent.name === 'Config' && name === 'name' && !wild) return rng.pick(topicConfigKeys);
      if (parent.name === 'MetadataRequest' || name === 'topic' || name === 'name' || name === 'topicname' || name === 'topicnames' || name === 'resourcename') {
        return rng.pick([...t.fuzzedTopics, ...t.protectedTopics, ...disposableTopics]);
      }
      if (wild) return undefined;
      if (name === 'groupid' || name === 'groupids' || name === 'key' && parent.name === 'FindCoordinatorRequest') return rng.pick(groupIds);
      if (name === 'memberid' || name === 'groupinstanceid') return rng.pick(memberIds);
      if (name === 'host') return rng.pick(['127.0.0.1', '', 'localhost']);
      return undefined;
    }
    if (field.type === 'bytes' && name === 'records' && !wild) return generateBatch(rng, t.nowMs, 0.3).records;
    if (field.type !== 'int32' || wild) return undefined;
    if (name === 'partition' || name === 'partitions' || name === 'partitionindex') return rng.below(t.partitionsPerTopic + 1);
    if (name.endsWith('id') && name !== 'correlationid' || name === 'leader' || name === 'isr' || name === 'replicas') {
      return rng.chance(0.8) ? rng.pick(t.brokerIds) : rng.pick([-1, -2, 0, 99]);
    }
    if (name === 'port') return rng.pick([...t.brokerPorts, 0, 1]);
    if (name === 'acks') return rng.pick([0, 1, -1, -1, 1, 2, -2]);
    if (name.endsWith('epoch')) return rng.chance(0.7) ? rng.below(4) : rng.pick(int32Edges);
    // Long polls and rebalance waits are legitimate stalls; keep most of them short.
    if (name.endsWith('ms')) return rng.chance(0.9) ? rng.pick([0, 1, 100, 500]) : undefined;
    if (name.endsWith('bytes')) return rng.chance(0.6) ? rng.pick([0, 1, 100, 1000, 1 << 20]) : undefined;
    return undefined;
  }

  string(): string {
    const rng = this.rng;
    const roll = rng.below(100);
    if (roll < 30) return '';
    if (roll < 80) return rng.bytes(rng.between(1, 24)).toString('base64');
    if (roll < 95) return 'ü€😀\u0000\uffff'.slice(0, rng.between(1, 6));
    return 'x'.repeat(rng.chance(0.3) ? hugeStringBytes : rng.between(256, 4096));
  }

  bytes(): Buffer {
    const rng = this.rng;
    const roll = rng.below(100);
    if (roll < 30) return Buffer.alloc(0);
    if (roll < 97) return rng.bytes(rng.between(1, 64));
    return rng.bytes(rng.chance(0.3) ? hugeBytesBytes : rng.between(256, 8192));
  }
}
