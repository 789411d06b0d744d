/**
 * `npm run chaos -- --duration 1800`: the partition nemesis as a long soak (nemesis-run.ts).
 * Prints the faults injected by kind, acknowledged writes, anomalies and replicas compared, and
 * exits 1 on any anomaly (2 when the run could not start, e.g. without root or iptables).
 *
 *   --duration <seconds>  inject faults for at least this long (default 1800)
 *   --faults <n>          and at least this many faults (default 0)
 *   --seed <n>            replay a schedule (the seed is printed first)
 *   --kinds <a,b,...>     inject only these fault kinds (nemesis-faults.ts), default all
 */
import { nemesisUnavailableReason } from '../fixtures/nemesis';
import { zooKeeperEnsembleUnavailableReason } from '../fixtures/zookeeper-ensemble';
import { faultKinds, type FaultKind } from './nemesis-faults';
import { formatReport, runNemesis } from './nemesis-run';

const durationSecondsDefault = 1_800;

interface Args { durationMs: number; faultsMin: number; seed?: number; kinds?: FaultKind[] }

const usage = `usage: chaos [--duration <seconds>] [--faults <n>] [--seed <n>] [--kinds <${faultKinds.join(',')}>]`;

function parseKinds(value: string | undefined): FaultKind[] {
  const kinds = (value ?? '').split(',').filter((k) => k.length > 0);
  const unknown = kinds.filter((k) => !(faultKinds as readonly string[]).includes(k));
  if (kinds.length === 0 || unknown.length > 0) throw new Error(`unknown fault kind(s) ${unknown.join(',') || '(none given)'}\n${usage}`);
  return kinds as FaultKind[];
}

function parseArgs(argv: string[]): Args {
  const out: Args = { durationMs: durationSecondsDefault * 1000, faultsMin: 0 };
  for (let i = 0; i < argv.length; i += 2) {
    const flag = argv[i];
    if (flag === '--kinds') {
      out.kinds = parseKinds(argv[i + 1]);
      continue;
    }
    const value = Number(argv[i + 1]);
    if (!['--duration', '--faults', '--seed'].includes(flag ?? '') || !Number.isInteger(value) || value < 0) {
      throw new Error(`bad argument ${argv.slice(i, i + 2).join(' ')}\n${usage}`);
    }
    if (flag === '--duration') out.durationMs = value * 1000;
    else if (flag === '--faults') out.faultsMin = value;
    else out.seed = value;
  }
  return out;
}

async function main(): Promise<number> {
  let args: Args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`chaos: ${(error as Error).message}\n`);
    return 2;
  }
  const reason = nemesisUnavailableReason() ?? zooKeeperEnsembleUnavailableReason();
  if (reason) {
    process.stderr.write(`chaos: cannot run the nemesis: ${reason}\n`);
    return 2;
  }
  const report = await runNemesis({ ...args, log: (line) => process.stdout.write(`${new Date().toISOString()} ${line}\n`) });
  process.stdout.write(`${formatReport(report)}\n`);
  return report.anomaliesTotal === 0 ? 0 : 1;
}

// SIGINT/SIGTERM end the run through process exit, whose hooks kill the processes and remove the rules.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130));

main().then((code) => process.exit(code), (error: unknown) => {
  process.stderr.write(`chaos: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
  process.exit(2);
});
