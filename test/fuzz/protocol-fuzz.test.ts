/**
 * The protocol fuzzer in CI (issue 8): at least 100,000 frames from the .proto schemas and the
 * lying-batch generator against a one-broker cluster, controller APIs included. After every
 * thousand frames the broker must be alive, serve a known-good client, have stored only valid
 * batches and stay under its RSS bound; at the end every partition must exist and be led.
 * FUZZ_SEED replays a run (the seed is in every failure message); FUZZ_FRAMES overrides the
 * frame count for a quick local run. The long run is `npm run fuzz -- --frames 5000000`.
 */

import { randomInt } from 'node:crypto';
import { type FuzzEnvironment, auditedTopics, controlTopic, startFuzzEnvironment } from './fuzz-setup';
import { brokerRssBytesMaxDefault, checkEveryFramesDefault, connectionsDefault, formatReport, isCleanRun, runFuzz } from './fuzzer';

const framesInCi = 100_000;
/** 100,000 frames take about 3 minutes on an idle 2-core machine; a busy one is slower. */
const fuzzTestTimeoutMs = 20 * 60_000;
const setupTimeoutMs = 120_000;

const seed = process.env.FUZZ_SEED !== undefined ? Number(process.env.FUZZ_SEED) >>> 0 : randomInt(0, 2 ** 32);
const frames = process.env.FUZZ_FRAMES !== undefined ? Number(process.env.FUZZ_FRAMES) : framesInCi;

describe('protocol fuzzer', () => {
  let env: FuzzEnvironment;

  beforeAll(async () => {
    env = await startFuzzEnvironment({ brokers: 1, controllerApis: true, nowMs: Date.now() });
  }, setupTimeoutMs);

  afterAll(async () => {
    await env?.cluster.stop();
  });

  test(`${frames} frames: the broker lives, serves, stores only valid batches and stays bounded (seed ${seed})`, async () => {
    const report = await runFuzz(env.view, env.targets, {
      seed,
      frames,
      connections: connectionsDefault,
      checkEveryFrames: checkEveryFramesDefault,
      rssBytesMax: brokerRssBytesMaxDefault,
      controlTopic,
      auditedTopics,
      stopAtFirstFailure: true,
      log: () => undefined,
    });
    const summary = formatReport(report, brokerRssBytesMaxDefault);
    // Printed whether it passes or not: frames, crashes, stored batches and RSS are the run's figures.
    process.stdout.write(`fuzz seed ${seed}\n${summary}\n`);
    if (!isCleanRun(report)) {
      throw new Error(`fuzzing found problems; replay with FUZZ_SEED=${seed}\n${summary}\n${await env.cluster.logTails(20)}`);
    }
    expect(report.framesSent).toBe(frames);
    expect(report.batchesAudited).toBeGreaterThan(0);
    expect(report.peakRssBytes).toBeGreaterThan(0);
  }, fuzzTestTimeoutMs);
});
