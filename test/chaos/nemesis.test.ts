/**
 * The partition nemesis in CI (issue 8): at least 30 faults across every kind of
 * nemesis-faults.ts (a broker cut off from its peers, from its peers and ZooKeeper, the
 * controller cut off, a ZooKeeper node killed or partitioned, asymmetric partitions between
 * brokers), each healed and followed by a bounded wait for full ISRs. No acknowledged write may be
 * lost, duplicated, moved or reordered, no offset skipped, no replica may differ below the high
 * watermark. `npm run chaos -- --duration 1800` runs the same thing as a long soak.
 */
import { nemesisUnavailableReason } from '../fixtures/nemesis';
import { zooKeeperEnsembleUnavailableReason } from '../fixtures/zookeeper-ensemble';
import { faultKinds } from './nemesis-faults';
import { formatReport, runNemesis } from './nemesis-run';

const faultsMin = 30;
const runTimeoutMs = 15 * 60_000;
const unavailable = nemesisUnavailableReason() ?? zooKeeperEnsembleUnavailableReason();
const itWithNemesis = unavailable === undefined ? it : it.skip;
const skipNote = unavailable === undefined ? '' : ` [SKIPPED: ${unavailable}]`;

describe('partition nemesis: brokers and a ZooKeeper ensemble partitioned, killed and healed', () => {
  itWithNemesis(`survives ${faultsMin} faults with no anomaly and full ISRs after each heal${skipNote}`, async () => {
    // Progress as it happens: a 5-minute run that prints nothing until the end is hard to follow.
    const report = await runNemesis({ faultsMin, log: (line) => process.stdout.write(`${new Date().toISOString()} ${line}\n`) });
    const summary = `${formatReport(report)}\n${report.faultLog.join('\n')}\n${report.checkSummary}`;
    // Printed whether it passes or not: the figures are the point of the run.
    process.stdout.write(`${summary}\n`);
    expect({ summary, unrecovered: report.anomalies.unrecovered }).toEqual({ summary, unrecovered: [] });
    expect({ summary, checker: report.anomalies.checker }).toEqual({ summary, checker: Object.fromEntries(Object.keys(report.anomalies.checker).map((k) => [k, 0])) });
    expect({ summary, producerFatal: report.anomalies.producerFatal, noProgress: report.anomalies.noProgress }).toEqual({ summary, producerFatal: 0, noProgress: [] });
    expect({ summary, divergence: report.anomalies.replicaDivergence }).toEqual({ summary, divergence: [] });
    // Every broker ends with a controlled shutdown that exits 0 before the fixture's SIGKILL.
    expect({ summary, uncleanShutdown: report.anomalies.uncleanShutdown }).toEqual({ summary, uncleanShutdown: [] });
    expect(report.anomaliesTotal).toBe(0);
    expect(report.faultsTotal).toBeGreaterThanOrEqual(faultsMin);
    // Proof that the nemesis cut something: every kind was seen to take effect at least once.
    for (const kind of faultKinds) {
      expect({ kind, injected: report.faults[kind] >= 1, tookEffect: report.faultsThatTook[kind] >= 1 }).toEqual({ kind, injected: true, tookEffect: true });
    }
    expect(report.acknowledged).toBeGreaterThan(100);
    expect(report.replicasCompared).toBe(18);
  }, runTimeoutMs);
});
