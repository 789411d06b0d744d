/**
 * The fuzzer's replay promise: a seed gives each connection the same frames, byte for byte,
 * whatever the broker answers; another seed gives other frames; every kind of frame and every
 * API (controller APIs only when enabled) shows up in a modest run.
 */

import { createHash } from 'node:crypto';
import { ApiKey } from '../../proto/api';
import { FrameGenerator, frameKinds } from './frame-gen';
import { fuzzTargets } from './fuzz-setup';
import { controllerApiKeys } from './message-gen';
import { Rng } from './rng';

const framesPerRun = 3_000;
const targets = (controllerApis: boolean) => fuzzTargets([{ id: 1, port: 9092 }, { id: 2, port: 9093 }], { controllerApis, nowMs: 1_700_000_000_000 });

function run(seed: number, worker: number, controllerApis = true): { digest: string; kinds: Set<string>; apis: Set<number> } {
  const generator = new FrameGenerator(Rng.derive(seed, worker), targets(controllerApis));
  const hash = createHash('sha256');
  const kinds = new Set<string>();
  const apis = new Set<number>();
  for (let i = 0; i < framesPerRun; i++) {
    const frame = generator.next();
    hash.update(frame.bytes);
    kinds.add(frame.kind);
    if (frame.apiKey !== undefined) apis.add(frame.apiKey);
  }
  return { digest: hash.digest('hex'), kinds, apis };
}

describe('fuzz frame generation', () => {
  test('the same seed and connection replay the same frames; another seed or connection does not', () => {
    const first = run(42, 3);
    expect(run(42, 3).digest).toBe(first.digest);
    expect(run(43, 3).digest).not.toBe(first.digest);
    expect(run(42, 4).digest).not.toBe(first.digest);
  });

  test('every frame kind and every API is generated', () => {
    const { kinds, apis } = run(7, 0);
    expect([...kinds].sort()).toEqual([...frameKinds].sort());
    expect([...apis].sort((a, b) => a - b)).toEqual(Object.values(ApiKey).sort((a, b) => a - b));
  });

  test('controller APIs are left out when disabled', () => {
    const { kinds, apis } = run(7, 0, false);
    expect(kinds.has('controller')).toBe(false);
    for (const key of controllerApiKeys) expect(apis.has(key)).toBe(false);
  });
});
