/**
 * Reads every partition of the topics under test from its log start to its high watermark
 * (the log end on a single replica) and runs the strict decoder over every stored batch.
 * Positions are remembered, so each audit reads only what was appended since the last one;
 * `fromStart()` resets them for the final full pass.
 */

import { BrokerConnection } from '../../client/network/connection';
import { ApiKey } from '../../proto/api';
import { ErrorCode, errorName } from '../../proto/errors';
import { earliestTimestamp } from '../../proto/sentinels';
import type { samsa } from '../../proto/frame';
import { type FuzzClusterView, brokerAddress, partitionLeader } from './broker-health';
import { type StoredBatchProblem, checkStoredBatches } from './stored-batch-check';

/** One fetch's limit: whole batches up to this many bytes per round trip. */
const auditFetchBytesMax = 8 * 1024 * 1024;
/** Fetches per partition per audit; a log that needs more is read on by the next audit. */
const auditFetchesPerPartitionMax = 2_000;
const auditRequestTimeoutMs = 15_000;

export interface AuditedTopic {
  name: string;
  partitions: number;
  logAppendTime: boolean;
}

export interface AuditProblem extends StoredBatchProblem {
  topic: string;
  partition: number;
}

export class StoredLogAudit {
  private readonly positions = new Map<string, number>();
  private readonly reported = new Set<string>();
  batchesChecked = 0;

  constructor(
    private readonly cluster: FuzzClusterView,
    private readonly topics: readonly AuditedTopic[],
  ) {}

  fromStart(): void {
    this.positions.clear();
  }

  /** New problems since the last audit (each distinct problem is reported once). */
  async audit(): Promise<AuditProblem[]> {
    const out: AuditProblem[] = [];
    for (const topic of this.topics) {
      for (let partition = 0; partition < topic.partitions; partition++) {
        for (const problem of await this.auditPartition(topic, partition)) {
          const key = `${problem.topic}-${problem.partition}@${problem.baseOffset}:${problem.rule}:${problem.detail}`;
          if (this.reported.has(key)) continue;
          this.reported.add(key);
          out.push(problem);
        }
      }
    }
    return out;
  }

  private async auditPartition(topic: AuditedTopic, partition: number): Promise<AuditProblem[]> {
    const key = `${topic.name}-${partition}`;
    const problems: AuditProblem[] = [];
    const report = (p: StoredBatchProblem): void => {
      problems.push({ ...p, topic: topic.name, partition });
    };
    const leader = await partitionLeader(this.cluster.zk, topic.name, partition);
    if (leader === undefined || leader < 0) {
      report({ baseOffset: -1, rule: 'unreadable', detail: `no leader in ZooKeeper (${leader})`, fingerprint: 0 });
      return problems;
    }
    const b = brokerAddress(this.cluster, leader);
    const conn = new BrokerConnection({ host: b.host, port: b.port, clientId: 'fuzz-audit', requestTimeoutMs: auditRequestTimeoutMs });
    try {
      let next = this.positions.get(key) ?? 0;
      let atLogStart = false;
      for (let i = 0; i < auditFetchesPerPartitionMax; i++) {
        const p = await fetchOnce(conn, topic.name, partition, next);
        const code = p.errorCode ?? 0;
        if (code === ErrorCode.OFFSET_OUT_OF_RANGE) {
          // Records below the log start are gone (DeleteRecords, which the fuzzer sends too, or
          // retention), not stored wrongly. A fetch error carries no log start (-1, as in Kafka):
          // ask for it, and read on from there.
          const logStart = Math.max(Number(p.logStartOffset ?? -1), await earliestOffset(conn, topic.name, partition));
          if (next < logStart) {
            next = logStart;
            atLogStart = true;
            continue;
          }
        }
        if (code !== ErrorCode.NONE) {
          report({ baseOffset: next, rule: 'unreadable', detail: `fetch at ${next}: ${errorName(code)}`, fingerprint: 0 });
          break;
        }
        const highWatermark = Number(p.highWatermark ?? 0);
        if (next >= highWatermark) break;
        const records = Buffer.from(p.records ?? []);
        // Well under the limit means the fetch was not cut: an incomplete tail was stored so.
        const endsAtLogEnd = records.length < auditFetchBytesMax / 2;
        const walk = await checkStoredBatches(records, { expectedOffset: next, logAppendTime: topic.logAppendTime, endsAtLogEnd, startsInsideBatch: atLogStart });
        atLogStart = false;
        this.batchesChecked += walk.batches;
        walk.problems.forEach(report);
        if (walk.batches === 0 && walk.problems.length === 0) {
          report({ baseOffset: next, rule: 'framing', detail: `fetch at ${next} below the high watermark ${highWatermark} returned no batch`, fingerprint: 0 });
        }
        if (!walk.canContinue || walk.nextOffset === next) break;
        next = walk.nextOffset;
      }
      this.positions.set(key, next);
    } catch (error) {
      report({ baseOffset: this.positions.get(key) ?? 0, rule: 'unreadable', detail: (error as Error).message, fingerprint: 0 });
    } finally {
      conn.close();
    }
    return problems;
  }
}

async function earliestOffset(conn: BrokerConnection, topic: string, partition: number): Promise<number> {
  const res = await conn.send<samsa.v1.IListOffsetsResponse>(ApiKey.ListOffsets, {
    replicaId: -1, isolationLevel: 0, topics: [{ name: topic, partitions: [{ partition, timestamp: earliestTimestamp, currentLeaderEpoch: -1 }] }],
  });
  const p = res.topics?.[0]?.partitions?.[0];
  return p === undefined || (p.errorCode ?? 0) !== ErrorCode.NONE ? -1 : Number(p.offset ?? -1);
}

async function fetchOnce(conn: BrokerConnection, topic: string, partition: number, offset: number): Promise<samsa.v1.FetchResponse.IPartitionData> {
  const res = await conn.send<samsa.v1.IFetchResponse>(ApiKey.Fetch, {
    replicaId: -1,
    maxWaitMs: 0,
    minBytes: 0,
    maxBytes: auditFetchBytesMax,
    topics: [{ name: topic, partitions: [{ partition, currentLeaderEpoch: -1, fetchOffset: offset, logStartOffset: -1, partitionMaxBytes: auditFetchBytesMax }] }],
  });
  const p = res.topics?.[0]?.partitions?.[0];
  if (!p) throw new Error(`fetch ${topic}-${partition}@${offset}: no partition in the response`);
  return p;
}
