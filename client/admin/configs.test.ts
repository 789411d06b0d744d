import { ApiKey } from '../../proto/api';
import { type Cluster } from '../cluster/cluster';
import { ConfigResourceTypes, describeConfigs } from './configs';

/**
 * Where describeConfigs sends each resource. A stand-in for the client's Cluster records the
 * target (the routing is the behaviour under test; the wire is covered by the integration tests).
 */
function recordingCluster(): { cluster: Cluster; targets: string[] } {
  const targets: string[] = [];
  const answer = (request: { resources: Array<{ resourceType: number; resourceName: string }> }) => ({
    results: [{ errorCode: 0, resourceType: request.resources[0]!.resourceType, resourceName: request.resources[0]!.resourceName, configs: [] }],
  });
  const stand = {
    retry: <T>(fn: () => Promise<T>) => fn(),
    refreshMetadataIfStale: async () => undefined,
    sendToBroker: async (broker: number, apiKey: number, request: never) => {
      expect(apiKey).toBe(ApiKey.DescribeConfigs);
      targets.push(`broker ${broker}`);
      return answer(request);
    },
    sendToAny: async (apiKey: number, request: never) => {
      expect(apiKey).toBe(ApiKey.DescribeConfigs);
      targets.push('any');
      return answer(request);
    },
  };
  return { cluster: stand as unknown as Cluster, targets };
}

describe('describeConfigs routing', () => {
  it("asks a named broker itself, and any broker for the cluster-wide default ('' = <default>) and topics", async () => {
    const { cluster, targets } = recordingCluster();
    const { resources } = await describeConfigs(cluster, [
      { type: ConfigResourceTypes.BROKER, name: '3' },
      { type: ConfigResourceTypes.BROKER, name: '' },
      { type: ConfigResourceTypes.TOPIC, name: 't' },
    ]);
    expect(targets).toEqual(['broker 3', 'any', 'any']);
    expect(resources.map((r) => r.resourceName)).toEqual(['3', '', 't']);
  });
});
