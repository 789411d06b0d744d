/**
 * Kafka AdminClient's describeConfigs and electLeaders. Topic configs are asked of any broker
 * (every broker reads /config/topics); a broker's own config of that broker. ElectLeaders goes to
 * the controller, which answers NOT_CONTROLLER when it moved (the retry refreshes metadata).
 */

import { ApiKey } from '../../proto/api';
import { ErrorCode, errorName } from '../../proto/errors';
import { type samsa } from '../../proto/generated/samsa';
import { type Cluster } from '../cluster/cluster';
import { SamsaUnknownTopic, protocolError } from '../errors';
import { type TopicPartition } from '../../proto/topic-partition';

/** Kafka's ConfigResource.Type ids. */
export const ConfigResourceTypes = { TOPIC: 2, BROKER: 4 } as const;
export type ConfigResourceType = (typeof ConfigResourceTypes)[keyof typeof ConfigResourceTypes];

export interface ConfigResource {
  type: ConfigResourceType;
  name: string;
  /** Only these keys; all when empty or absent. */
  configNames?: string[];
}

export interface ConfigEntry {
  configName: string;
  configValue: string;
  readOnly: boolean;
  isDefault: boolean;
  isSensitive: boolean;
  /** Kafka's ConfigSource (KafkaJS's numbers; REST fakes may name it): 1 topic, 2 dynamic broker, 3 dynamic default broker, 4 static broker, 5 default. */
  configSource?: number | string;
  /** Every value the key has, highest precedence first (KIP-226). */
  configSynonyms?: Array<{ configName: string; configValue: string; configSource: number }>;
}

export interface ConfigResourceResult {
  resourceType: number;
  resourceName: string;
  configEntries: ConfigEntry[];
}

/** Kafka's ElectionType: PREFERRED = 0, UNCLEAN = 1. */
export const ElectionTypes = { PREFERRED: 0, UNCLEAN: 1 } as const;
export type ElectionType = (typeof ElectionTypes)[keyof typeof ElectionTypes];


export interface ElectionResult extends TopicPartition {
  /** 0, ELECTION_NOT_NEEDED (84) when the wanted leader already leads, or the failure. */
  errorCode: number;
  errorMessage: string;
}

export const electLeadersTimeoutMsDefault = 30_000;

async function describeOne(cluster: Cluster, resource: ConfigResource): Promise<ConfigResourceResult> {
  const request: samsa.v1.IDescribeConfigsRequest = {
    resources: [{ resourceType: resource.type, resourceName: resource.name, configurationKeys: resource.configNames ?? [] }],
  };
  // A broker id goes to that broker; '' (the cluster-wide defaults) and topics to any broker.
  const response = resource.type === ConfigResourceTypes.BROKER && /^\d+$/.test(resource.name)
    ? await cluster.sendToBroker<samsa.v1.IDescribeConfigsResponse>(Number(resource.name), ApiKey.DescribeConfigs, request)
    : await cluster.sendToAny<samsa.v1.IDescribeConfigsResponse>(ApiKey.DescribeConfigs, request);
  const r = response.results?.[0];
  if (!r) throw protocolError(ErrorCode.UNKNOWN_SERVER_ERROR, `DescribeConfigs: no result for ${resource.name}`);
  const code = r.errorCode ?? 0;
  if (code === ErrorCode.UNKNOWN_TOPIC_OR_PARTITION) throw new SamsaUnknownTopic(resource.name, r.errorMessage || undefined);
  if (code !== 0) throw protocolError(code, r.errorMessage || `${errorName(code)}: cannot describe configs of ${resource.name}`);
  return {
    resourceType: r.resourceType ?? resource.type,
    resourceName: r.resourceName ?? resource.name,
    configEntries: (r.configs ?? []).map((c) => ({
      configName: c.name ?? '', configValue: c.value ?? '', readOnly: c.readOnly ?? false, isDefault: c.isDefault ?? false, isSensitive: c.isSensitive ?? false,
    })),
  };
}

/** One result per resource, in the order asked; an unknown topic throws SamsaUnknownTopic. */
export async function describeConfigs(cluster: Cluster, resources: readonly ConfigResource[]): Promise<{ resources: ConfigResourceResult[] }> {
  await cluster.retry(() => cluster.refreshMetadataIfStale());
  const results = await Promise.all(resources.map((res) => cluster.retry(() => describeOne(cluster, res))));
  return { resources: results };
}

/**
 * Runs an election on the controller. `partitions` 'all' elects every partition (Kafka's null
 * partition set). Per-partition failures are returned, not thrown; a request-level error throws.
 */
export async function electLeaders(
  cluster: Cluster, electionType: ElectionType, partitions: readonly TopicPartition[] | 'all', timeoutMs = electLeadersTimeoutMsDefault,
): Promise<ElectionResult[]> {
  const request: samsa.v1.IElectLeadersRequest = partitions === 'all'
    ? { electionType, allPartitions: true, topicPartitions: [], timeoutMs }
    : { electionType, allPartitions: false, topicPartitions: groupByTopic(partitions), timeoutMs };
  return cluster.retry(async () => {
    const response = await cluster.sendToController<samsa.v1.IElectLeadersResponse>(ApiKey.ElectLeaders, request, { timeoutMs: timeoutMs + 5_000 });
    const code = response.errorCode ?? 0;
    if (code !== 0) throw protocolError(code, `ElectLeaders: ${errorName(code)}`);
    return (response.replicaElectionResults ?? []).flatMap((t) => (t.partitionResult ?? []).map((p) => ({
      topic: t.topic ?? '', partition: p.partition ?? 0, errorCode: p.errorCode ?? 0, errorMessage: p.errorMessage ?? '',
    })));
  });
}

function groupByTopic(partitions: readonly TopicPartition[]): Array<{ topic: string; partitions: number[] }> {
  const byTopic = new Map<string, number[]>();
  for (const p of partitions) byTopic.set(p.topic, [...(byTopic.get(p.topic) ?? []), p.partition]);
  return [...byTopic].map(([topic, list]) => ({ topic, partitions: list }));
}
