/**
 * `npm run simulate -- --seed 12345 --steps 2000` replays one seed; `--seeds 10000` (from
 * `--first-seed`, default 1) or `--duration 600` (seconds of wall clock) runs many and prints how
 * many seeds and steps ran and every anomaly, each with the one line that replays it.
 */
import { runSimulation, type SimulationResult } from './simulation';

export const stepsDefault = 2_000;

interface Args { seed?: number; seeds: number; firstSeed: number; steps: number; durationS?: number; brokers: number; traceLines?: number; faultsPerMille?: number }

function parseArgs(argv: string[]): Args {
  const args: Args = { seeds: 1, firstSeed: 1, steps: stepsDefault, brokers: 3 };
  for (let i = 0; i < argv.length; i += 2) {
    const value = Number(argv[i + 1]);
    if (!Number.isInteger(value) || value < 0) throw new Error(`${argv[i]} needs a non-negative integer, got ${argv[i + 1]}`);
    if (argv[i] === '--seed') args.seed = value;
    else if (argv[i] === '--seeds') args.seeds = value;
    else if (argv[i] === '--first-seed') args.firstSeed = value;
    else if (argv[i] === '--steps') args.steps = value;
    else if (argv[i] === '--duration') args.durationS = value;
    else if (argv[i] === '--brokers') args.brokers = value;
    else if (argv[i] === '--trace') args.traceLines = value;
    else if (argv[i] === '--faults-per-mille') args.faultsPerMille = value;
    else throw new Error(`unknown option ${argv[i]} (use --seed, --seeds, --first-seed, --steps, --duration, --brokers, --trace, --faults-per-mille)`);
  }
  return args;
}

export function replayCommand(r: { seed: number }, steps: number, brokers = 3, faultsPerMille?: number): string {
  const extra = `${brokers === 3 ? '' : ` --brokers ${brokers}`}${faultsPerMille === undefined ? '' : ` --faults-per-mille ${faultsPerMille}`}`;
  return `npm run simulate -- --seed ${r.seed} --steps ${steps}${extra}`;
}

export function describeFailure(r: SimulationResult, steps: number, brokers = 3, faultsPerMille?: number): string {
  return [`seed ${r.seed}: ${r.anomaly ?? 'ok'}`, `replay: ${replayCommand(r, steps, brokers, faultsPerMille)}`, 'last trace events:', ...r.traceTail.map((l) => `  ${l}`)].join('\n');
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const startedMs = Date.now();
  const seeds = args.seed !== undefined ? [args.seed] : undefined;
  let ran = 0;
  let steps = 0;
  const anomalies: SimulationResult[] = [];
  for (let i = 0; ; i++) {
    const seed = seeds ? seeds[i] : args.firstSeed + i;
    if (seed === undefined) break;
    if (!seeds && args.durationS === undefined && i >= args.seeds) break;
    if (args.durationS !== undefined && Date.now() - startedMs >= args.durationS * 1000) break;
    const result = await runSimulation({ seed, steps: args.steps, brokers: args.brokers, traceLines: args.traceLines,
      faultProbability: args.faultsPerMille === undefined ? undefined : args.faultsPerMille / 1000 });
    ran += 1;
    steps += result.steps;
    if (result.anomaly !== undefined) {
      anomalies.push(result);
      console.log(describeFailure(result, args.steps, args.brokers, args.faultsPerMille));
    } else if (seeds) {
      console.log(`seed ${seed}: ok, ${result.steps} steps, ${result.acked} acked records, ${result.faults} faults, trace ${result.traceHash.slice(0, 16)}`);
      if (args.traceLines !== undefined) console.log(result.traceTail.join('\n'));
    }
  }
  const seconds = ((Date.now() - startedMs) / 1000).toFixed(1);
  console.log(`seeds run: ${ran}, steps: ${steps}, anomalies: ${anomalies.length}, wall time: ${seconds} s`);
  for (const a of anomalies) console.log(`  ${replayCommand(a, args.steps, args.brokers, args.faultsPerMille)}  # ${a.anomaly?.split('\n')[0] ?? ''}`);
  process.exitCode = anomalies.length > 0 ? 1 : 0;
}

if (require.main === module) {
  main().catch((err: unknown) => {
    console.error(err);
    process.exitCode = 2;
  });
}
