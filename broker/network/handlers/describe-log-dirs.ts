/**
 * DescribeLogDirs (35, KIP-113), answered by each broker for its own log.dirs
 * (ReplicaManager.describeLogDirs): per directory, the partitions asked about (all with a null
 * list) that have a log there, with the log's size on disk and its offset lag
 * (max(high watermark - log end offset, 0)). Needs Describe on the cluster: without it Kafka 2.8
 * answers no directories, and v3+ carries CLUSTER_AUTHORIZATION_FAILED.
 */
import path from 'node:path';
import { ErrorCode } from '../../../proto/errors';
import type { DescribeLogDirsRequest, DescribeLogDirsResponse, DescribeLogDirsTopic } from '../../api/partitions';
import { AclOperation } from '../../security/acl';
import { requestAuthorization } from '../../security/authorize';
import type { RequestHandler } from '../request';
import type { BrokerServices, HostedLog } from './index';

function wanted(body: DescribeLogDirsRequest): ((topic: string, partition: number) => boolean) {
  if (body.topics === null) return () => true;
  const keys = new Set(body.topics.flatMap((t) => t.partitions.map((p) => `${p}:${t.topic}`)));
  return (topic, partition) => keys.has(`${partition}:${topic}`);
}

function topicsIn(logs: readonly HostedLog[]): DescribeLogDirsTopic[] {
  const byTopic = new Map<string, DescribeLogDirsTopic>();
  for (const log of logs) {
    let t = byTopic.get(log.topic);
    if (t === undefined) byTopic.set(log.topic, t = { name: log.topic, partitions: [] });
    t.partitions.push({
      partition: log.partition, sizeBytes: log.sizeInBytes, offsetLag: Math.max(log.highWatermark - log.logEndOffset, 0), isFuture: false,
    });
  }
  for (const t of byTopic.values()) t.partitions.sort((a, b) => a.partition - b.partition);
  return [...byTopic.values()].sort((a, b) => a.name.localeCompare(b.name));
}

export function describeLogDirsHandler(services: BrokerServices): RequestHandler<DescribeLogDirsRequest, DescribeLogDirsResponse> {
  return (ctx, body) => {
    if (!requestAuthorization(services, ctx).allowsCluster(AclOperation.DESCRIBE)) {
      return Promise.resolve({ errorCode: ErrorCode.CLUSTER_AUTHORIZATION_FAILED, results: [] });
    }
    const include = wanted(body);
    const logs = (services.logManager?.allLogs() ?? []).filter((log) => include(log.topic, log.partition));
    const results = [...new Set(services.config.logDirs.map((d) => path.resolve(d)))].map((logDir) => ({
      errorCode: ErrorCode.NONE,
      logDir,
      topics: topicsIn(logs.filter((log) => path.dirname(path.resolve(log.dir)) === logDir)),
    }));
    return Promise.resolve({ errorCode: ErrorCode.NONE, results });
  };
}
