/**
 * The cases of the Kafka-listener fuzzer, from a seeded Rng: each is the bytes to write on a
 * fresh connection and what the broker may answer. Every case must end with a response to its
 * correlation id (with a non-zero error code where the case says so) or a closed connection;
 * none may hang the connection, crash the broker or change a log.
 */
import { ApiKey } from '../../proto/api';
import { type KafkaHeader, apiVersionsBody, frame, headerBytes, isFlexible, metadataBody, produceBody, requestFrame } from './kafka-frames';
import { generateKafkaBatch, overlongVarint } from './kafka-batch-gen';
import { type Rng, int32Max, int32Min } from './rng';

/** The broker's socket.request.max.bytes default (100 MiB): a size beyond it is refused unread. */
const requestBytesMaxDefault = 100 * 1024 * 1024;
/** Api keys no broker of Kafka 2.x or Samsa serves. */
const unknownApiKeys = [-1, -32768, 32767, 1000, 200, 99];
const randomBodyBytesMax = 200;

export type Expect =
  /** A response with this correlation id, or a close. */
  | 'answer-or-close'
  /** A close: nothing parsable was sent. */
  | 'close'
  /** A response carrying a non-zero error code (ApiVersions' top level, Produce's partition), or a close. */
  | 'error-or-close'
  /** ApiVersions at an unknown version: KIP-511's v0 answer with UNSUPPORTED_VERSION, or a close. */
  | 'unsupported-version';

export interface KafkaCase {
  kind: string;
  detail: string;
  bytes: Buffer;
  correlationId: number;
  expect: Expect;
  /** Half-close after writing: the frame promises more bytes than sent, so only EOF can end it. */
  endAfterWrite: boolean;
  /** For 'error-or-close': the request's api key and version, to find the error code in the response. */
  apiKey?: number;
  apiVersion?: number;
}

export interface KafkaFuzzTargets {
  /** Topics a lying Produce goes to: their log end offsets must not move. */
  topics: readonly string[];
  partitions: number;
  nowMs: number;
}

type CaseBuilder = (rng: Rng, correlationId: number, targets: KafkaFuzzTargets) => Omit<KafkaCase, 'correlationId'>;

function header(rng: Rng, apiKey: number, apiVersion: number, correlationId: number, flexible = isFlexible(apiKey, apiVersion)): KafkaHeader {
  return { apiKey, apiVersion, correlationId, clientId: rng.chance(0.2) ? null : `fuzz-${rng.below(100)}`, flexible };
}

function validSmallRequest(rng: Rng, correlationId: number, targets: KafkaFuzzTargets): Buffer {
  if (rng.chance(0.5)) {
    const v = rng.between(0, 3);
    return requestFrame(header(rng, ApiKey.ApiVersions, v, correlationId), apiVersionsBody(v));
  }
  const v = rng.between(0, 9);
  return requestFrame(header(rng, ApiKey.Metadata, v, correlationId), metadataBody(v, [rng.pick(targets.topics)]));
}

/** Flips, drops or inserts a few bytes after the size field, then fixes the size to the new length. */
function mutate(rng: Rng, request: Buffer): Buffer {
  let body = Buffer.from(request.subarray(4));
  for (let n = rng.between(1, 4); n > 0; n--) {
    const at = rng.below(body.length);
    const op = rng.below(3);
    if (op === 0) body[at] = rng.chance(0.5) ? body[at]! ^ (1 << rng.below(8)) : rng.below(256);
    else if (op === 1) body = Buffer.concat([body.subarray(0, at), body.subarray(at + 1)]);
    else body = Buffer.concat([body.subarray(0, at), rng.bytes(rng.between(1, 4)), body.subarray(at)]);
  }
  // The api key stays what it was: a Metadata body read as DeleteTopics could delete a topic.
  request.copy(body, 0, 4, 6);
  return frame(Buffer.alloc(0), body);
}

function sizeOnly(size: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeInt32BE(size);
  return b;
}

const builders: Readonly<Record<string, CaseBuilder>> = {
  'garbage-frame': (rng) => ({ kind: 'garbage-frame', detail: '', bytes: frame(Buffer.alloc(0), rng.bytes(rng.between(0, 64))), expect: 'answer-or-close', endAfterWrite: false }),
  'garbage-stream': (rng) => ({ kind: 'garbage-stream', detail: '', bytes: rng.bytes(rng.between(1, 64)), expect: 'answer-or-close', endAfterWrite: true }),
  'absurd-size': (rng) => {
    const size = rng.pick([0, -1, int32Min, int32Max, requestBytesMaxDefault + 1, 1 << 30]);
    return { kind: 'absurd-size', detail: `size ${size}`, bytes: sizeOnly(size), expect: 'close', endAfterWrite: false };
  },
  'truncated-frame': (rng, id, targets) => {
    const whole = validSmallRequest(rng, id, targets);
    const cut = rng.between(1, whole.length - 1);
    return { kind: 'truncated-frame', detail: `${cut} of ${whole.length} bytes`, bytes: whole.subarray(0, cut), expect: 'close', endAfterWrite: true };
  },
  'short-header': (rng, id) => {
    const h = headerBytes(header(rng, ApiKey.Metadata, 1, id));
    return { kind: 'short-header', detail: '', bytes: frame(Buffer.alloc(0), h.subarray(0, rng.between(0, 7))), expect: 'close', endAfterWrite: false };
  },
  'unknown-api-key': (rng, id) => {
    const apiKey = rng.pick(unknownApiKeys);
    return { kind: 'unknown-api-key', detail: `api key ${apiKey}`, bytes: requestFrame(header(rng, apiKey, rng.between(0, 3), id, false), rng.bytes(rng.below(32))), expect: 'close', endAfterWrite: false };
  },
  'unsupported-version': (rng, id, targets) => {
    const apiKey = rng.pick([ApiKey.Produce, ApiKey.Fetch, ApiKey.Metadata, ApiKey.ListOffsets, ApiKey.FindCoordinator, ApiKey.JoinGroup]);
    const apiVersion = rng.pick([-1, 100, 32767, int32Max & 0x7fff]);
    const body = apiKey === ApiKey.Metadata ? metadataBody(9, [rng.pick(targets.topics)]) : rng.bytes(rng.below(32));
    return { kind: 'unsupported-version', detail: `api ${apiKey} v${apiVersion}`, bytes: requestFrame(header(rng, apiKey, apiVersion, id, rng.chance(0.5)), body), expect: 'close', endAfterWrite: false };
  },
  'api-versions-unknown-version': (rng, id) => {
    const apiVersion = rng.pick([4, 5, 100, 32767]);
    return { kind: 'api-versions-unknown-version', detail: `v${apiVersion}`, bytes: requestFrame(header(rng, ApiKey.ApiVersions, apiVersion, id, true), apiVersionsBody(3)), expect: 'unsupported-version', endAfterWrite: false };
  },
  'bad-client-id': (rng, id) => {
    const h = Buffer.alloc(10);
    h.writeInt16BE(ApiKey.Metadata);
    h.writeInt16BE(1, 2);
    h.writeInt32BE(id, 4);
    // Past the frame's end: unreadable. Negative: Kafka reads any negative length as a null client id.
    const length = rng.pick([32767, 100, -2, int32Min >> 16]);
    h.writeInt16BE(length, 8);
    return { kind: 'bad-client-id', detail: `length ${length}`, bytes: frame(h, rng.bytes(rng.below(8))), expect: length < 0 ? 'answer-or-close' : 'close', endAfterWrite: false };
  },
  'overlong-varint': (rng, id, targets) => {
    // Header v2's tagged-field count, or a compact length inside ApiVersions v3 / Metadata v9.
    const where = rng.below(3);
    if (where === 0) {
      const h = headerBytes(header(rng, ApiKey.Metadata, 9, id, false));
      return { kind: 'overlong-varint', detail: 'header tagged fields', bytes: frame(Buffer.concat([h, overlongVarint]), metadataBody(9, [rng.pick(targets.topics)])), expect: 'close', endAfterWrite: false };
    }
    const apiKey = where === 1 ? ApiKey.ApiVersions : ApiKey.Metadata;
    const apiVersion = where === 1 ? 3 : 9;
    return {
      kind: 'overlong-varint', detail: `api ${apiKey} body`, bytes: requestFrame(header(rng, apiKey, apiVersion, id), Buffer.concat([overlongVarint, rng.bytes(4)])),
      expect: 'error-or-close', endAfterWrite: false, apiKey, apiVersion,
    };
  },
  'absurd-count': (rng, id, targets) => {
    const v = rng.pick([1, 4, 9]);
    const count = rng.pick([int32Max, 1 << 24, 1000, -2]);
    return { kind: 'absurd-count', detail: `Metadata v${v} topics ${count}`, bytes: requestFrame(header(rng, ApiKey.Metadata, v, id), metadataBody(v, [rng.pick(targets.topics)], count)), expect: 'error-or-close', endAfterWrite: false, apiKey: ApiKey.Metadata, apiVersion: v };
  },
  'tagged-field-lies': (rng, id) => {
    // ApiVersions v3 whose body's tagged-field section claims a field longer than the frame.
    const body = Buffer.concat([apiVersionsBody(3).subarray(0, -1), Buffer.from([1, 0]), Buffer.from([0x7f]), rng.bytes(rng.below(4))]);
    return { kind: 'tagged-field-lies', detail: '', bytes: requestFrame(header(rng, ApiKey.ApiVersions, 3, id), body), expect: 'error-or-close', endAfterWrite: false, apiKey: ApiKey.ApiVersions, apiVersion: 3 };
  },
  'random-body': (rng, id) => {
    const apiKey = rng.between(0, 68);
    const apiVersion = rng.between(0, 12);
    return {
      kind: 'random-body', detail: `api ${apiKey} v${apiVersion}`,
      bytes: requestFrame(header(rng, apiKey, apiVersion, id, rng.chance(0.5)), rng.bytes(rng.below(randomBodyBytesMax))),
      expect: 'answer-or-close', endAfterWrite: false,
    };
  },
  'mutated-request': (rng, id, targets) => ({ kind: 'mutated-request', detail: '', bytes: mutate(rng, validSmallRequest(rng, id, targets)), expect: 'answer-or-close', endAfterWrite: true }),
  'lying-batch': (rng, id, targets) => {
    const version = rng.between(3, 9);
    const { caseName, records } = generateKafkaBatch(rng, targets.nowMs);
    const target = { topic: rng.pick(targets.topics), partition: rng.below(targets.partitions) };
    return {
      kind: 'lying-batch', detail: `Produce v${version} ${caseName} -> ${target.topic}-${target.partition}`,
      bytes: requestFrame(header(rng, ApiKey.Produce, version, id), produceBody(version, rng.pick([1, -1]), target, records)),
      expect: 'error-or-close', endAfterWrite: false, apiKey: ApiKey.Produce, apiVersion: version,
    };
  },
  'produce-lengths-lie': (rng, id, targets) => {
    const version = rng.between(3, 9);
    const lengths = rng.pick([{ topics: rng.pick([int32Max, 1000, -2]) }, { partitions: rng.pick([int32Max, 1000, -2]) }, { records: rng.pick([int32Max, 1 << 30, -2, 100_000]) }]);
    const target = { topic: rng.pick(targets.topics), partition: rng.below(targets.partitions) };
    return {
      kind: 'produce-lengths-lie', detail: `Produce v${version} ${JSON.stringify(lengths)}`,
      bytes: requestFrame(header(rng, ApiKey.Produce, version, id), produceBody(version, 1, target, generateKafkaBatch(rng, targets.nowMs).records, lengths)),
      expect: 'error-or-close', endAfterWrite: false, apiKey: ApiKey.Produce, apiVersion: version,
    };
  },
};

const weights = {
  'garbage-frame': 8, 'garbage-stream': 4, 'absurd-size': 4, 'truncated-frame': 6, 'short-header': 3,
  'unknown-api-key': 5, 'unsupported-version': 5, 'api-versions-unknown-version': 3, 'bad-client-id': 4,
  'overlong-varint': 5, 'absurd-count': 5, 'tagged-field-lies': 3, 'random-body': 12, 'mutated-request': 12,
  'lying-batch': 25, 'produce-lengths-lie': 6,
} as const satisfies Record<keyof typeof builders, number>;

export const kafkaCaseKinds = Object.keys(weights);

export function generateKafkaCase(rng: Rng, correlationId: number, targets: KafkaFuzzTargets, kind = rng.weighted(weights)): KafkaCase {
  return { ...builders[kind]!(rng, correlationId, targets), correlationId };
}
