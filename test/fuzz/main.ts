/**
 * `npm run fuzz -- --frames 5000000 [--seed N]`: starts a cluster (test/fixtures/cluster.ts)
 * against the ZooKeeper in ZK_CONNECT (127.0.0.1:2181 if unset), runs the protocol fuzzer and
 * prints frames by kind, crashes, invalid batches stored and peak RSS. Exits 1 on any failure.
 *
 *   --frames N            frames to send (default 100000)
 *   --seed N              replay a run (default: random, printed first)
 *   --brokers N           cluster size (default 1)
 *   --connections N       concurrent fuzzing connections (default 16)
 *   --check-every N       frames between cluster checks (default 1000)
 *   --rss-max-mb N        broker RSS bound (default 1024)
 *   --no-controller-apis  leave out LeaderAndIsr, StopReplica, UpdateMetadata, ControlledShutdown
 *   --now-ms N            the clock record timestamps are built from (printed; default now)
 *   --show-frame W:I      print frame I of connection W for --seed/--now-ms/--brokers and exit
 *                         (no cluster; controller frames carry placeholder ports)
 */

import { randomInt } from 'node:crypto';
import { parseArgs } from 'node:util';
import { FrameGenerator } from './frame-gen';
import { auditedTopics, controlTopic, fuzzTargets, startFuzzEnvironment } from './fuzz-setup';
import { Rng } from './rng';
import { brokerRssBytesMaxDefault, checkEveryFramesDefault, connectionsDefault, formatReport, isCleanRun, runFuzz } from './fuzzer';

const zkConnectDefault = '127.0.0.1:2181';
const placeholderPortBase = 9092;
const shownFrameBytesMax = 4096;

/** Regenerates one frame of a run: the minimal reproduction of what it found. */
function showFrame(spec: string, seed: number, nowMs: number, brokers: number, controllerApis: boolean): void {
  const [worker, index] = spec.split(':').map(Number);
  if (!Number.isSafeInteger(worker) || !Number.isSafeInteger(index)) throw new Error(`--show-frame wants W:I, got ${spec}`);
  const ids = Array.from({ length: brokers }, (_, i) => ({ id: i + 1, port: placeholderPortBase + i }));
  const generator = new FrameGenerator(Rng.derive(seed, worker!), fuzzTargets(ids, { controllerApis, nowMs }));
  for (let i = 0; i < index!; i++) generator.next();
  const frame = generator.next();
  const batches = [...frame.batches.values()].map((b) => `${b.caseName} -> ${b.topic}-${b.partition}`).join(', ');
  console.log(`seed ${seed} connection ${worker} frame ${index}: ${frame.kind}, api ${frame.apiKey ?? '-'}, ${frame.bytes.length} bytes${batches ? `, batches: ${batches}` : ''}`);
  console.log(frame.bytes.subarray(0, shownFrameBytesMax).toString('hex'));
}

function intOption(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 0) throw new Error(`--${name} must be a non-negative integer, got ${value}`);
  return n;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      'frames': { type: 'string' },
      'seed': { type: 'string' },
      'brokers': { type: 'string' },
      'connections': { type: 'string' },
      'check-every': { type: 'string' },
      'rss-max-mb': { type: 'string' },
      'no-controller-apis': { type: 'boolean' },
      'now-ms': { type: 'string' },
      'show-frame': { type: 'string' },
    },
  });
  process.env.ZK_CONNECT ??= zkConnectDefault;
  const seed = intOption(values.seed, randomInt(0, 2 ** 32), 'seed') >>> 0;
  const nowMs = intOption(values['now-ms'], Date.now(), 'now-ms');
  const controllerApis = values['no-controller-apis'] !== true;
  const rssBytesMax = intOption(values['rss-max-mb'], brokerRssBytesMaxDefault / (1024 * 1024), 'rss-max-mb') * 1024 * 1024;
  const brokers = intOption(values.brokers, 1, 'brokers');
  if (values['show-frame'] !== undefined) {
    showFrame(values['show-frame'], seed, nowMs, brokers, controllerApis);
    return 0;
  }
  console.log(`fuzz seed ${seed} --now-ms ${nowMs}${controllerApis ? '' : ' --no-controller-apis'} (ZooKeeper ${process.env.ZK_CONNECT})`);
  const env = await startFuzzEnvironment({ brokers, controllerApis, nowMs });
  try {
    const report = await runFuzz(env.view, env.targets, {
      seed,
      frames: intOption(values.frames, 100_000, 'frames'),
      connections: Math.max(1, intOption(values.connections, connectionsDefault, 'connections')),
      checkEveryFrames: Math.max(1, intOption(values['check-every'], checkEveryFramesDefault, 'check-every')),
      rssBytesMax,
      controlTopic,
      auditedTopics,
      log: (line) => console.log(line),
    });
    console.log(formatReport(report, rssBytesMax));
    if (!isCleanRun(report)) console.log(await env.cluster.logTails(30));
    return isCleanRun(report) ? 0 : 1;
  } finally {
    await env.cluster.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(2);
  },
);
