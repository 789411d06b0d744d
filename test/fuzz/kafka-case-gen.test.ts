/**
 * The Kafka-listener fuzzer's own parts, without a broker: a seed replays the same cases, every
 * kind and every lying batch comes up, and the oracle (judge) tells a kept promise from a broken
 * one on hand-made outcomes, so that a broker answering a lie with success cannot pass.
 */
import { ApiKey } from '../../proto/api';
import { ErrorCode } from '../../proto/errors';
import { KafkaWriter } from '../../broker/network/codecs/kafka/primitives';
import { kafkaBatchCaseNames } from './kafka-batch-gen';
import { type KafkaCase, generateKafkaCase, kafkaCaseKinds } from './kafka-case-gen';
import { judge, produceErrorCode } from './kafka-listener-fuzz';
import { Rng } from './rng';

const targets = { topics: ['a', 'b'], partitions: 3, nowMs: 1_700_000_000_000 };

function produceResponse(version: number, correlationId: number, errorCode: number): Buffer {
  const flexible = version >= 9;
  const w = new KafkaWriter(64).int32(correlationId);
  if (flexible) w.uvarint(0);
  w.arrayLength(1, flexible).string('a', flexible).arrayLength(1, flexible).int32(0).int16(errorCode).int64(-1);
  return Buffer.from(w.finish());
}

function lyingProduce(version: number): KafkaCase {
  return { kind: 'lying-batch', detail: '', bytes: Buffer.alloc(0), correlationId: 7, expect: 'error-or-close', endAfterWrite: false, apiKey: ApiKey.Produce, apiVersion: version };
}

describe('Kafka-listener fuzzer cases', () => {
  test('a seed replays the same cases byte for byte', () => {
    const draw = (seed: number): string[] => {
      const rng = new Rng(seed);
      return Array.from({ length: 300 }, (_, i) => generateKafkaCase(rng, i, targets).bytes.toString('hex'));
    };
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
  });

  test('every case kind and every lying batch comes up within 3,000 draws', () => {
    const rng = new Rng(7);
    const kinds = new Set<string>();
    const batches = new Set<string>();
    for (let i = 0; i < 3_000; i++) {
      const c = generateKafkaCase(rng, i, targets);
      kinds.add(c.kind);
      if (c.kind === 'lying-batch') batches.add(c.detail.split(' ')[2]!);
    }
    expect([...kinds].sort()).toEqual([...kafkaCaseKinds].sort());
    expect([...batches].sort()).toEqual([...kafkaBatchCaseNames].sort());
  });
});

describe('the fuzzer oracle', () => {
  test.each([3, 8, 9])('Produce v%i: a lying batch answered with an error keeps the promise, with success breaks it', (version) => {
    const c = lyingProduce(version);
    expect(produceErrorCode(produceResponse(version, 7, ErrorCode.CORRUPT_MESSAGE), version)).toBe(ErrorCode.CORRUPT_MESSAGE);
    expect(judge(c, { kind: 'response', frames: [produceResponse(version, 7, ErrorCode.CORRUPT_MESSAGE)] })).toBeUndefined();
    expect(judge(c, { kind: 'response', frames: [produceResponse(version, 7, ErrorCode.NONE)] })).toMatch(/error code 0/);
  });

  test('a close is always an acceptable end; silence is not', () => {
    const c = lyingProduce(3);
    expect(judge(c, { kind: 'closed', frames: [] })).toBeUndefined();
    expect(judge(c, { kind: 'timeout', frames: [] })).toMatch(/neither answered nor closed/);
    expect(judge(c, { kind: 'connect-failed', error: 'ECONNREFUSED' })).toMatch(/could not connect/);
  });

  test('an answer where only a close is right, or to another correlation id, breaks the promise', () => {
    const closeOnly: KafkaCase = { ...lyingProduce(3), kind: 'unknown-api-key', expect: 'close' };
    expect(judge(closeOnly, { kind: 'response', frames: [produceResponse(3, 7, ErrorCode.NONE)] })).toMatch(/only a close is right/);
    expect(judge(lyingProduce(3), { kind: 'response', frames: [produceResponse(3, 8, ErrorCode.NONE)] })).toMatch(/not a response to the request/);
  });

  test('ApiVersions at an unknown version must answer UNSUPPORTED_VERSION', () => {
    const c: KafkaCase = { kind: 'api-versions-unknown-version', detail: '', bytes: Buffer.alloc(0), correlationId: 9, expect: 'unsupported-version', endAfterWrite: false };
    const answer = (code: number): Buffer => Buffer.from(new KafkaWriter(16).int32(9).int16(code).int32(0).finish());
    expect(judge(c, { kind: 'response', frames: [answer(ErrorCode.UNSUPPORTED_VERSION)] })).toBeUndefined();
    expect(judge(c, { kind: 'response', frames: [answer(ErrorCode.NONE)] })).toMatch(/not UNSUPPORTED_VERSION/);
  });
});
