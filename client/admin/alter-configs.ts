/**
 * Kafka AdminClient's alterConfigs (KafkaJS's shape) and incrementalAlterConfigs (KIP-339). A
 * broker resource named by an id goes to that broker (Kafka's brokers only change their own
 * per-broker configs); topics and the cluster-wide broker default (name '') go to any broker.
 * Per-resource errors are returned, not thrown; only transport failures throw.
 */
import { ApiKey } from '../../proto/api';
import { ErrorCode, errorName } from '../../proto/errors';
import { type samsa } from '../../proto/generated/samsa';
import { type Cluster } from '../cluster/cluster';
import { protocolError } from '../errors';
import { ConfigResourceTypes, type ConfigResourceType } from './configs';

/** Kafka's AlterConfigOp.OpType. */
export const AlterConfigOpTypes = { SET: 0, DELETE: 1, APPEND: 2, SUBTRACT: 3 } as const;
export type AlterConfigOpName = keyof typeof AlterConfigOpTypes;

export interface AlterConfigsOptions {
  validateOnly?: boolean;
  resources: Array<{ type: ConfigResourceType; name: string; configEntries: Array<{ name: string; value: string }> }>;
}

export interface IncrementalAlterConfigsOptions {
  validateOnly?: boolean;
  resources: Array<{ type: ConfigResourceType; name: string; configEntries: Array<{ name: string; value?: string; operation: AlterConfigOpName }> }>;
}

export interface AlterConfigsResourceResult {
  errorCode: number;
  errorMessage: string;
  resourceType: number;
  resourceName: string;
}

type WireResource = { resourceType: number; resourceName: string; configs: object[] };

/** Where a resource must be sent: a broker id, or undefined for any broker. */
function destination(r: WireResource): number | undefined {
  return r.resourceType === ConfigResourceTypes.BROKER && /^\d+$/.test(r.resourceName) ? Number(r.resourceName) : undefined;
}

async function send(
  cluster: Cluster, apiKey: typeof ApiKey.AlterConfigs | typeof ApiKey.IncrementalAlterConfigs, resources: WireResource[], validateOnly: boolean,
): Promise<{ resources: AlterConfigsResourceResult[] }> {
  await cluster.retry(() => cluster.refreshMetadataIfStale());
  const groups = new Map<number | undefined, WireResource[]>();
  for (const r of resources) groups.set(destination(r), [...(groups.get(destination(r)) ?? []), r]);
  const answered = new Map<string, AlterConfigsResourceResult>();
  await Promise.all([...groups].map(async ([broker, group]) => {
    const request = { resources: group, validateOnly };
    const response = await cluster.retry(() => (broker === undefined
      ? cluster.sendToAny<samsa.v1.IAlterConfigsResponse>(apiKey, request)
      : cluster.sendToBroker<samsa.v1.IAlterConfigsResponse>(broker, apiKey, request)));
    for (const r of response.responses ?? []) {
      const result = { errorCode: r.errorCode ?? 0, errorMessage: r.errorMessage ?? '', resourceType: r.resourceType ?? 0, resourceName: r.resourceName ?? '' };
      answered.set(`${result.resourceType}:${result.resourceName}`, result);
    }
  }));
  return {
    resources: resources.map((r) => {
      const result = answered.get(`${r.resourceType}:${r.resourceName}`);
      if (result === undefined) throw protocolError(ErrorCode.UNKNOWN_SERVER_ERROR, `${errorName(ErrorCode.UNKNOWN_SERVER_ERROR)}: no result for ${r.resourceName}`);
      return result;
    }),
  };
}

export function alterConfigs(cluster: Cluster, options: AlterConfigsOptions): Promise<{ resources: AlterConfigsResourceResult[] }> {
  const resources = options.resources.map((r) => ({
    resourceType: r.type, resourceName: r.name, configs: r.configEntries.map((c) => ({ name: c.name, value: c.value })),
  }));
  return send(cluster, ApiKey.AlterConfigs, resources, options.validateOnly ?? false);
}

export function incrementalAlterConfigs(cluster: Cluster, options: IncrementalAlterConfigsOptions): Promise<{ resources: AlterConfigsResourceResult[] }> {
  const resources = options.resources.map((r) => ({
    resourceType: r.type, resourceName: r.name,
    configs: r.configEntries.map((c) => {
      const configOperation = AlterConfigOpTypes[c.operation] as number | undefined;
      if (configOperation === undefined) throw new TypeError(`unknown config operation '${String(c.operation)}' (SET, DELETE, APPEND or SUBTRACT)`);
      return { name: c.name, configOperation, ...(c.value === undefined ? {} : { value: c.value }) };
    }),
  }));
  return send(cluster, ApiKey.IncrementalAlterConfigs, resources, options.validateOnly ?? false);
}
