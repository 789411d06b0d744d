/**
 * The admin client as reassign-partitions-admin.ts sees it. IncrementalAlterConfigs is the
 * dynamic-config admin call; a client without it can still move partitions, only not throttle.
 */

import { readFile } from 'node:fs/promises';
import type { Admin } from '../../client/admin/admin';
import { CliUsageError, type ParsedArgs } from '../../client/cli/args';
import { withAdmin } from '../../client/cli/main';
import type { CliIo } from '../../client/cli/output';
import { SamsaError, SamsaUnknownTopic } from '../../client/errors';
import { type ReassignAdminAction, type ReassignmentAdmin, runReassignAdminAction } from './reassign-partitions-admin';
import type { ConfigChange } from './reassignment-throttles';

interface IncrementalAlterConfigs {
  incrementalAlterConfigs(options: { resources: ConfigChange[] }): Promise<{ resources: Array<{ errorCode: number; errorMessage: string | null; resourceName: string }> }>;
}

export function reassignmentAdmin(admin: Admin): ReassignmentAdmin {
  return {
    listPartitionReassignments: (options) => admin.listPartitionReassignments(options),
    alterPartitionReassignments: (options) => admin.alterPartitionReassignments(options),
    describeCluster: () => admin.describeCluster(),
    topicReplicas: async (topic) => {
      try {
        const [t] = (await admin.fetchTopicMetadata({ topics: [topic] })).topics;
        return t && new Map(t.partitions.map((p) => [p.partitionId, [...p.replicas]]));
      } catch (err) {
        if (err instanceof SamsaUnknownTopic) return undefined;
        throw err;
      }
    },
    incrementalAlterConfigs: async (changes) => {
      const alter = (admin as Partial<IncrementalAlterConfigs>).incrementalAlterConfigs;
      if (alter === undefined) throw new SamsaError('this admin client cannot change configs (IncrementalAlterConfigs), so it cannot set or clear throttles');
      const { resources } = await alter.call(admin, { resources: changes });
      return resources.map((r) => ({ errorCode: r.errorCode, errorMessage: r.errorMessage ?? '', resourceName: r.resourceName }));
    },
  };
}

function adminAction(args: ParsedArgs): ReassignAdminAction {
  const actions = (['generate', 'execute', 'verify', 'cancel', 'list'] as const).filter((a) => args[a] === true);
  if (actions.length !== 1) throw new CliUsageError('reassign-partitions: exactly one of --generate, --execute, --verify, --cancel, --list is required');
  return actions[0]!;
}

export async function runWithAdmin(args: ParsedArgs, io: CliIo): Promise<number> {
  const action = adminAction(args);
  let status = 0;
  await withAdmin(args, io, async (admin) => {
    status = await runReassignAdminAction(reassignmentAdmin(admin), action, args, io, (path) => readFile(path, 'utf8'));
  });
  return status;
}
