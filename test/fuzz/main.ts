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
 */

import { randomInt } from 'node:crypto';
import { parseArgs } from 'node:util';
import { auditedTopics, controlTopic, startFuzzEnvironment } from './fuzz-setup';
import { brokerRssBytesMaxDefault, checkEveryFramesDefault, connectionsDefault, formatReport, isCleanRun, runFuzz } from './fuzzer';

const zkConnectDefault = '127.0.0.1:2181';

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
    },
  });
  process.env.ZK_CONNECT ??= zkConnectDefault;
  const seed = intOption(values.seed, randomInt(0, 2 ** 32), 'seed') >>> 0;
  const nowMs = intOption(values['now-ms'], Date.now(), 'now-ms');
  const controllerApis = values['no-controller-apis'] !== true;
  const rssBytesMax = intOption(values['rss-max-mb'], brokerRssBytesMaxDefault / (1024 * 1024), 'rss-max-mb') * 1024 * 1024;
  const brokers = intOption(values.brokers, 1, 'brokers');
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
