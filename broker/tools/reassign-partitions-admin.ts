/**
 * `samsa reassign-partitions --bootstrap-server`: kafka-reassign-partitions.sh of Kafka 2.6+,
 * through the admin client (AlterPartitionReassignments / ListPartitionReassignments, KIP-455)
 * with its output. --execute refuses to start while a move runs unless --additional; --throttle
 * sets the replication throttles (reassignment-throttles.ts) through IncrementalAlterConfigs;
 * --verify and --cancel clear them once nothing is moving, unless --preserve-throttles. A failure
 * Kafka reports tersely is printed on stdout with exit status 1, as Kafka's tool does.
 */

import { SamsaError } from '../../client/errors';
import { type ParsedArgs, stringArg } from '../../client/cli/args';
import { type CliIo, write } from '../../client/cli/output';
import type { ListPartitionReassignmentsResult, PartitionReassignmentResult, PartitionReassignmentTarget } from '../../client/admin/reassignments';
import { type TopicAssignmentData } from '../../zk/paths';
import { topicPartitionKey } from '../../proto/topic-partition';
import { generateAssignment } from './reassign-partitions';
import { type PartitionReplicas, formatReassignmentJson, parseReassignmentJson, sortPartitions } from './reassignment-json';
import { type ConfigChange, clearThrottleChanges, proposedMoves, throttleChanges } from './reassignment-throttles';
import type { ReassignmentStore } from '../../zk/admin/admin-zk-client';

/** What the tool needs of the admin client (client/admin/admin.ts has all of it). */
export interface ReassignmentAdmin {
  listPartitionReassignments(options?: { topics?: Array<{ topic: string; partitions: number[] }> }): Promise<ListPartitionReassignmentsResult>;
  alterPartitionReassignments(options: { topics: PartitionReassignmentTarget[] }): Promise<PartitionReassignmentResult[]>;
  describeCluster(): Promise<{ brokers: Array<{ nodeId: number }> }>;
  /** Current replicas of each partition of `topic`; undefined for an unknown topic. */
  topicReplicas(topic: string): Promise<Map<number, number[]> | undefined>;
  /** IncrementalAlterConfigs: per resource an error code and message. */
  incrementalAlterConfigs(changes: ConfigChange[]): Promise<Array<{ errorCode: number; errorMessage: string; resourceName: string }>>;
}

export type ReassignAdminAction = 'generate' | 'execute' | 'verify' | 'cancel' | 'list';

export const cannotExecuteBecauseOfExistingMessage = 'Cannot execute because there is an existing partition assignment.  Use --additional to '
  + 'override this and create a new partition assignment in addition to the existing one. The --additional flag can also be used to change '
  + 'the throttle by resubmitting the current reassignment.';
export const youMustRunVerifyPeriodicallyMessage = 'Warning: You must run --verify periodically, until the reassignment completes, to ensure the throttle is removed.';

/** Kafka's TerseReassignmentFailureException: its message is the whole output. */
export class TerseReassignmentFailure extends SamsaError {}

const plural = (n: number): string => (n === 1 ? '' : 's');

function running(list: ListPartitionReassignmentsResult): Array<{ topic: string; partition: number; replicas: number[]; addingReplicas: number[]; removingReplicas: number[] }> {
  return sortPartitions(list.topics.flatMap((t) => t.partitions.map((p) => ({ topic: t.topic, ...p }))));
}

function asTargets(entries: ReadonlyArray<{ topic: string; partition: number; replicas: number[] | null }>): PartitionReassignmentTarget[] {
  const byTopic = new Map<string, PartitionReassignmentTarget>();
  for (const e of entries) {
    const t = byTopic.get(e.topic) ?? { topic: e.topic, partitionAssignments: [] };
    t.partitionAssignments.push({ partition: e.partition, replicas: e.replicas });
    byTopic.set(e.topic, t);
  }
  return [...byTopic.values()];
}

function failures(results: readonly PartitionReassignmentResult[]): string[] {
  return sortPartitions(results.filter((r) => r.errorCode !== 0)).map((r) => `${topicPartitionKey(r)}: ${r.errorMessage}`);
}

async function applyConfigChanges(admin: ReassignmentAdmin, changes: ConfigChange[]): Promise<void> {
  if (changes.length === 0) return;
  const refused = (await admin.incrementalAlterConfigs(changes)).filter((r) => r.errorCode !== 0);
  if (refused.length > 0) throw new SamsaError(`could not change the throttle configs: ${refused.map((r) => `${r.resourceName}: ${r.errorMessage}`).join('; ')}`);
}

async function currentReplicas(admin: ReassignmentAdmin, partitions: readonly PartitionReplicas[]): Promise<PartitionReplicas[]> {
  const out: PartitionReplicas[] = [];
  for (const topic of new Set(partitions.map((p) => p.topic))) {
    const replicas = await admin.topicReplicas(topic);
    if (replicas === undefined) throw new SamsaError(`Topic ${topic} does not exist`);
    for (const p of partitions.filter((e) => e.topic === topic)) {
      const found = replicas.get(p.partition);
      if (found === undefined) throw new SamsaError(`Unable to find partition ${topicPartitionKey(p)}`);
      out.push({ topic, partition: p.partition, replicas: found });
    }
  }
  return sortPartitions(out);
}

async function execute(admin: ReassignmentAdmin, proposed: PartitionReplicas[], opts: { additional: boolean; throttle: number | undefined }, io: CliIo): Promise<void> {
  const list = running(await admin.listPartitionReassignments());
  if (!opts.additional && list.length > 0) throw new TerseReassignmentFailure(cannotExecuteBecauseOfExistingMessage);
  const known = new Set((await admin.describeCluster()).brokers.map((b) => b.nodeId));
  const unknown = [...new Set(proposed.flatMap((p) => p.replicas))].find((id) => !known.has(id));
  if (unknown !== undefined) throw new SamsaError(`Unknown broker id ${unknown}`);
  const current = await currentReplicas(admin, proposed);
  await write(io.stdout, `Current partition replica assignment\n\n${formatReassignmentJson(current)}\n\n`
    + 'Save this to use as the --reassignment-json-file option during rollback\n');
  if (opts.throttle !== undefined) {
    await write(io.stdout, `${youMustRunVerifyPeriodicallyMessage}\n`);
    await applyConfigChanges(admin, throttleChanges(proposedMoves(list, proposed, current), opts.throttle));
    await write(io.stdout, `The inter-broker throttle limit was set to ${opts.throttle} B/s\n`);
  }
  const errors = failures(await admin.alterPartitionReassignments({ topics: asTargets(proposed) }));
  if (errors.length > 0) throw new TerseReassignmentFailure(`Error reassigning partition(s):\n${errors.join('\n')}`);
  const names = sortPartitions(proposed).map(topicPartitionKey);
  await write(io.stdout, `Successfully started partition reassignment${plural(names.length)} for ${names.join(',')}\n`);
}

/** Kafka's clearAllThrottles: every live broker and every broker the plan names, every topic it names. */
async function clearAllThrottles(admin: ReassignmentAdmin, targets: readonly PartitionReplicas[], io: CliIo): Promise<void> {
  const live = (await admin.describeCluster()).brokers.map((b) => b.nodeId);
  const brokers = [...new Set([...live, ...targets.flatMap((t) => t.replicas)])].sort((a, b) => a - b);
  const topics = [...new Set(targets.map((t) => t.topic))];
  const changes = clearThrottleChanges(brokers, topics);
  await write(io.stdout, `Clearing broker-level throttles on broker${plural(brokers.length)} ${brokers.join(',')}\n`);
  await applyConfigChanges(admin, changes.brokers);
  await write(io.stdout, `Clearing topic-level throttles on topic${plural(topics.length)} ${topics.join(',')}\n`);
  await applyConfigChanges(admin, changes.topics);
}

async function verify(admin: ReassignmentAdmin, targets: PartitionReplicas[], preserveThrottles: boolean, io: CliIo): Promise<void> {
  const list = running(await admin.listPartitionReassignments());
  const lines = ['Status of partition reassignment:'];
  const topics = new Map<string, Map<number, number[]> | undefined>();
  for (const t of sortPartitions(targets)) {
    const name = topicPartitionKey(t);
    if (list.some((r) => r.topic === t.topic && r.partition === t.partition)) {
      lines.push(`Reassignment of partition ${name} is still in progress.`);
      continue;
    }
    if (!topics.has(t.topic)) topics.set(t.topic, await admin.topicReplicas(t.topic));
    const replicas = topics.get(t.topic)?.get(t.partition) ?? [];
    if (replicas.join(',') === t.replicas.join(',')) lines.push(`Reassignment of partition ${name} is complete.`);
    else lines.push(`There is no active reassignment of partition ${name}, but replica set is ${replicas.join(',')} rather than ${t.replicas.join(',')}.`);
  }
  // The empty line is Kafka's: its (empty) report of log-dir moves.
  await write(io.stdout, `${lines.join('\n')}\n\n`);
  if (list.length === 0 && !preserveThrottles) await clearAllThrottles(admin, targets, io);
}

async function cancel(admin: ReassignmentAdmin, targets: PartitionReplicas[], preserveThrottles: boolean, io: CliIo): Promise<void> {
  const wanted = asTargets(targets).map((t) => ({ topic: t.topic, partitions: t.partitionAssignments.map((p) => p.partition) }));
  const moving = running(await admin.listPartitionReassignments({ topics: wanted }))
    .filter((r) => r.addingReplicas.length > 0 || r.removingReplicas.length > 0);
  if (moving.length > 0) {
    const errors = failures(await admin.alterPartitionReassignments({ topics: asTargets(moving.map((m) => ({ ...m, replicas: null }))) }));
    if (errors.length > 0) throw new TerseReassignmentFailure(`Error cancelling partition reassignment${plural(errors.length)} for:\n${errors.join('\n')}`);
    await write(io.stdout, `Successfully cancelled partition reassignment${plural(moving.length)} for: ${moving.map(topicPartitionKey).join(',')}\n`);
  } else {
    await write(io.stdout, 'None of the specified partition reassignments are active.\n');
  }
  await write(io.stdout, 'None of the specified partition moves are active.\n');
  if (!preserveThrottles) await clearAllThrottles(admin, targets, io);
}

async function list(admin: ReassignmentAdmin, io: CliIo): Promise<void> {
  const moves = running(await admin.listPartitionReassignments());
  if (moves.length === 0) {
    await write(io.stdout, 'No partition reassignments found.\n');
    return;
  }
  const lines = moves.map((m) => `${topicPartitionKey(m)}: replicas: ${m.replicas.join(',')}.`
    + (m.addingReplicas.length > 0 ? ` adding: ${m.addingReplicas.join(',')}.` : '')
    + (m.removingReplicas.length > 0 ? ` removing: ${m.removingReplicas.join(',')}.` : ''));
  await write(io.stdout, `Current partition reassignments:\n${lines.join('\n')}\n`);
}

/** --generate reuses the ZooKeeper mode's planner over what the admin client reads. */
function adminStore(admin: ReassignmentAdmin): ReassignmentStore {
  return {
    brokerIds: async () => (await admin.describeCluster()).brokers.map((b) => b.nodeId),
    topicAssignment: async (topic): Promise<TopicAssignmentData | undefined> => {
      const partitions = await admin.topicReplicas(topic);
      return partitions && { partitions, addingReplicas: new Map(), removingReplicas: new Map() };
    },
    pendingReassignments: () => Promise.reject(new SamsaError('not used by --generate')),
    startReassignment: () => Promise.reject(new SamsaError('not used by --generate')),
  };
}

/** --throttle: a non-negative whole number of bytes per second (Kafka's -1 default means none). */
function throttleArg(args: ParsedArgs): number | undefined {
  const text = stringArg(args, 'throttle');
  if (text === undefined) return undefined;
  const rate = Number(text);
  if (!Number.isSafeInteger(rate) || rate < -1) throw new SamsaError(`--throttle: '${text}' is not a rate in bytes per second`);
  return rate < 0 ? undefined : rate;
}

/** Runs one action; returns the exit status (1 after a terse failure, printed on stdout as Kafka does). */
export async function runReassignAdminAction(
  admin: ReassignmentAdmin, action: ReassignAdminAction, args: ParsedArgs, io: CliIo, readText: (path: string) => Promise<string>,
): Promise<number> {
  const planFile = async (name: string): Promise<string> => {
    const path = stringArg(args, name);
    if (path === undefined) throw new SamsaError(`reassign-partitions --${action} needs --${name}`);
    return readText(path);
  };
  const preserveThrottles = args['preserve-throttles'] === true;
  try {
    switch (action) {
      case 'generate': {
        const { parseBrokerList, parseTopicsToMoveJson } = await import('./reassignment-json');
        const topics = parseTopicsToMoveJson(await planFile('topics-to-move-json-file'));
        await write(io.stdout, await generateAssignment(adminStore(admin), topics, parseBrokerList(stringArg(args, 'broker-list'))));
        break;
      }
      case 'execute':
        await execute(admin, parseReassignmentJson(await planFile('reassignment-json-file')), { additional: args.additional === true, throttle: throttleArg(args) }, io);
        break;
      case 'verify':
        await verify(admin, parseReassignmentJson(await planFile('reassignment-json-file')), preserveThrottles, io);
        break;
      case 'cancel':
        await cancel(admin, parseReassignmentJson(await planFile('reassignment-json-file')), preserveThrottles, io);
        break;
      default:
        await list(admin, io);
    }
    return 0;
  } catch (err) {
    if (!(err instanceof TerseReassignmentFailure)) throw err;
    await write(io.stdout, `${err.message}\n`);
    return 1;
  }
}
