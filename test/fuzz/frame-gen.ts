/**
 * The frames one fuzzing connection sends, in a sequence fixed by its Rng: schema-generated
 * requests, well-formed produces carrying lying record batches, controller requests, schema
 * frames with unknown fields, byte-level mutations of schema frames, random bodies, and length
 * prefixes that lie. Nothing here depends on the broker's answers, so a seed replays the run.
 */

import { ApiKey, bodyFieldByApiKey } from '../../proto/api';
import { BatchField, batchHeaderBytes, batchLogOverheadBytes } from '../../proto/batch-header';
import { encodeFrame } from '../../proto/frame';
import { isBatchCrcValid } from '../../proto/record-batch';
import { batchFingerprint, caseNameOf, generateBatch } from './batch-gen';
import { type FuzzTargets, MessageGenerator, controllerApiKeys, requestType } from './message-gen';
import { type Rng } from './rng';

export const frameKinds = ['schema', 'produce-batch', 'controller', 'unknown-fields', 'mutated', 'random-bytes', 'bad-length'] as const;
export type FrameKind = (typeof frameKinds)[number];

const kindWeights: Readonly<Record<FrameKind, number>> = {
  'schema': 36,
  'produce-batch': 32,
  'controller': 8,
  'unknown-fields': 6,
  'mutated': 12,
  'random-bytes': 4,
  'bad-length': 2,
};

export interface SentBatch {
  caseName: string;
  topic: string;
  partition: number;
}

export interface FuzzFrame {
  kind: FrameKind;
  /** The API the header names, when there is a header. */
  apiKey?: number;
  bytes: Buffer;
  /** The broker must close this connection (or the frame leaves it unusable): reconnect after. */
  endsConnection: boolean;
  /** Produce frames: each batch's fingerprint (batchFingerprint) and the case it came from. */
  batches: Map<number, SentBatch>;
}

/** A larger length prefix than the body: the broker waits for bytes that never come. */
const lyingLengths = [0, 1, 3, 0x7fffffff, 0x80000000, 0xffffffff, 200 * 1024 * 1024];

export class FrameGenerator {
  private readonly messages: MessageGenerator;
  private readonly schemaApis: number[];

  constructor(
    private readonly rng: Rng,
    private readonly targets: FuzzTargets,
  ) {
    this.messages = new MessageGenerator(rng, targets);
    this.schemaApis = this.messages.apiKeys.filter((k) => !controllerApiKeys.includes(k));
  }

  next(): FuzzFrame {
    const weights = this.targets.controllerApis ? kindWeights : { ...kindWeights, controller: 0 };
    const kind = this.rng.weighted(weights);
    switch (kind) {
      case 'schema':
        return this.schemaFrame(kind, this.rng.pick(this.schemaApis));
      case 'controller':
        return this.schemaFrame(kind, this.rng.pick(controllerApiKeys));
      case 'produce-batch':
        return this.produceFrame();
      case 'unknown-fields':
        return this.unknownFieldsFrame();
      case 'mutated':
        return this.mutatedFrame();
      case 'random-bytes':
        return { kind, bytes: encodeFrame(this.rng.bytes(this.rng.between(0, 512))), endsConnection: true, batches: new Map() };
      case 'bad-length':
        return this.badLengthFrame();
    }
  }

  private encode(request: Record<string, unknown>): Buffer {
    return encodeFrame(requestType().encode(request).finish());
  }

  private schemaFrame(kind: FrameKind, apiKey: number): FuzzFrame {
    const request = this.messages.request(apiKey, this.messages.body(apiKey));
    return { kind, apiKey, bytes: this.encode(request), endsConnection: false, batches: producedBatches(request) };
  }

  private produceFrame(): FuzzFrame {
    const rng = this.rng;
    const t = this.targets;
    const topics = [];
    for (let i = rng.chance(0.9) ? 1 : 2; i > 0; i--) {
      const partitions = [];
      for (let j = rng.chance(0.85) ? 1 : rng.between(2, 3); j > 0; j--) {
        const partition = rng.chance(0.97) ? rng.below(t.partitionsPerTopic) : rng.pick([-1, t.partitionsPerTopic, 0x7fffffff]);
        partitions.push({ partition, records: generateBatch(rng, t.nowMs, 0.15).records });
      }
      topics.push({ name: rng.pick(t.fuzzedTopics), partitions });
    }
    const body = { acks: rng.pick([1, 1, -1, -1, 0]), timeoutMs: rng.pick([1000, 5000, 0]), topics };
    const request = this.messages.request(ApiKey.Produce, body);
    return { kind: 'produce-batch', apiKey: ApiKey.Produce, bytes: this.encode(request), endsConnection: false, batches: producedBatches(request) };
  }

  private unknownFieldsFrame(): FuzzFrame {
    const frame = this.schemaFrame('unknown-fields', this.rng.pick(this.schemaApis));
    const body = frame.bytes.subarray(4);
    // Field 15 varint, field 999 length-delimited, field 50 fixed64: protobuf says ignore them.
    const extra = Buffer.concat([Buffer.from([0x78, 0x96, 0x01]), Buffer.from([0xba, 0x3e, 0x03, 0x61, 0x62, 0x63]), Buffer.from([0x91, 0x03]), this.rng.bytes(8)]);
    const at = this.rng.chance(0.5) ? 0 : body.length;
    return { ...frame, bytes: encodeFrame(Buffer.concat([body.subarray(0, at), extra, body.subarray(at)])) };
  }

  private mutatedFrame(): FuzzFrame {
    const base = this.schemaFrame('mutated', this.rng.pick(this.messages.apiKeys));
    const body = Buffer.from(base.bytes.subarray(4));
    let mutated: Buffer = body;
    for (let n = this.rng.between(1, 4); n > 0; n--) mutated = mutate(this.rng, mutated);
    // A mutation may land in a batch and change what it lies about: say so in the case name.
    const batches = new Map([...base.batches].map(([key, batch]) => [key, { ...batch, caseName: `mutated ${batch.caseName}` }]));
    return { ...base, bytes: encodeFrame(mutated), endsConnection: true, batches };
  }

  private badLengthFrame(): FuzzFrame {
    const body = this.rng.bytes(this.rng.between(0, 64));
    const prefix = Buffer.alloc(4);
    const length = this.rng.chance(0.5) ? this.rng.pick(lyingLengths) : body.length + this.rng.between(1, 1000);
    prefix.writeUInt32BE(length >>> 0);
    const bytes = this.rng.chance(0.2) ? prefix.subarray(0, this.rng.between(1, 3)) : Buffer.concat([prefix, body]);
    return { kind: 'bad-length', bytes, endsConnection: true, batches: new Map() };
  }
}

function mutate(rng: Rng, body: Buffer): Buffer {
  if (body.length === 0) return rng.bytes(rng.between(1, 8));
  const at = rng.below(body.length);
  switch (rng.below(6)) {
    case 0:
      body[at] = (body[at]! ^ (1 << rng.below(8))) & 0xff;
      return body;
    case 1:
      body[at] = rng.pick([0x00, 0xff, 0x80, 0x7f]);
      return body;
    case 2:
      return body.subarray(0, at);
    case 3:
      return Buffer.concat([body.subarray(0, at), rng.bytes(rng.between(1, 8)), body.subarray(at)]);
    case 4:
      return Buffer.concat([body.subarray(0, at), Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01]), body.subarray(at)]);
    default:
      return Buffer.concat([body, body.subarray(at, Math.min(body.length, at + 32))]);
  }
}

/** Fingerprint -> case for every batch a produce request carries, so a stored bad batch names its case. */
function producedBatches(request: Record<string, unknown>): Map<number, SentBatch> {
  const out = new Map<number, SentBatch>();
  const header = request.header as { apiKey?: number } | undefined;
  const body = request[bodyFieldByApiKey[ApiKey.Produce]] as { topics?: { name?: string; partitions?: { partition?: number; records?: Buffer }[] }[] } | undefined;
  if (header?.apiKey !== ApiKey.Produce || !body) return out;
  for (const topic of body.topics ?? []) {
    for (const p of topic.partitions ?? []) {
      const records = p.records;
      if (!records) continue;
      const caseName = caseNameOf(records) ?? 'schema-records';
      for (let pos = 0; pos + batchHeaderBytes <= records.length; ) {
        const size = batchLogOverheadBytes + records.readInt32BE(pos + BatchField.batchLength);
        // A batch whose length does not frame it, or whose CRC fails, cannot be stored as sent;
        // keying it would only collide with the batch it was cut from.
        if (size < batchHeaderBytes || size > records.length - pos) break;
        if (!isBatchCrcValid(records, pos, size)) {
          pos += size;
          continue;
        }
        out.set(batchFingerprint(records, pos, size), { caseName, topic: topic.name ?? '', partition: p.partition ?? 0 });
        pos += size;
      }
    }
  }
  return out;
}
