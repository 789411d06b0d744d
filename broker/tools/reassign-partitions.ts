/**
 * `samsa reassign-partitions`: the ZooKeeper-based kafka-reassign-partitions.sh of Kafka 2.x.
 * --execute writes the target replicas to /admin/reassign_partitions, which the controller
 * watches (it moves replicas and deletes finished entries); --verify compares each partition's
 * replicas in its topic znode with the target. Nothing here talks to a broker; the ZooKeeper
 * reads and writes are zk/admin's, as Kafka's tool uses AdminZkClient.
 */

import { readFile } from 'node:fs/promises';
import { SamsaError } from '../../client/errors';
import { CliUsageError, type ParsedArgs, stringArg } from '../../client/cli/args';
import { type CliIo, write } from '../../client/cli/output';
import { AdminZkClient, type ReassignmentStore } from '../../zk/admin/admin-zk-client';
import { assignReplicasToBrokers } from '../../zk/admin/replica-assignment';
import { toolZkOptions, withToolZk } from './zk-tool-connection';
import { type TopicAssignmentData } from '../../zk/paths';
import { topicPartitionKey } from '../../proto/topic-partition';
import {
  type PartitionReplicas, formatReassignmentJson, parseBrokerList, parseReassignmentJson, parseTopicsToMoveJson, sortPartitions,
} from './reassignment-json';

async function currentAssignment(store: ReassignmentStore, topics: readonly string[]): Promise<PartitionReplicas[]> {
  const out: PartitionReplicas[] = [];
  for (const topic of new Set(topics)) {
    const data = await store.topicAssignment(topic);
    if (!data) throw new SamsaError(`Topic ${topic} does not exist`);
    for (const [partition, replicas] of data.partitions) out.push({ topic, partition, replicas });
  }
  return sortPartitions(out);
}

/** --generate: the current assignment of the topics and a fresh one over `brokers`, same partition counts and RF. */
export async function generateAssignment(store: ReassignmentStore, topics: readonly string[], brokers: readonly number[]): Promise<string> {
  const live = new Set(await store.brokerIds());
  const missing = brokers.filter((b) => !live.has(b));
  if (missing.length > 0) throw new SamsaError(`The proposed assignment contains non-existent brokerIDs: ${missing.join(',')}`);
  const current = await currentAssignment(store, topics);
  const proposed: PartitionReplicas[] = [];
  for (const topic of new Set(topics)) {
    const partitions = current.filter((p) => p.topic === topic);
    const replicationFactor = partitions[0]?.replicas.length ?? 1;
    for (const [partition, replicas] of assignReplicasToBrokers([...brokers], partitions.length, replicationFactor)) proposed.push({ topic, partition, replicas });
  }
  return `Current partition replica assignment\n${formatReassignmentJson(current)}\n\n`
    + `Proposed partition reassignment configuration\n${formatReassignmentJson(proposed)}\n`;
}

/** --execute: validates, prints the current assignment for rollback, then writes the znode. */
async function executeReassignment(store: ReassignmentStore, entries: readonly PartitionReplicas[], io: CliIo): Promise<void> {
  const live = new Set(await store.brokerIds());
  const missingBrokers = [...new Set(entries.flatMap((e) => e.replicas))].filter((b) => !live.has(b)).sort((a, b) => a - b);
  if (missingBrokers.length > 0) throw new SamsaError(`The proposed assignment contains non-existent brokerIDs: ${missingBrokers.join(',')}`);
  const current = await currentAssignment(store, entries.map((e) => e.topic));
  const missingPartitions = entries.filter((e) => !current.some((c) => c.topic === e.topic && c.partition === e.partition));
  if (missingPartitions.length > 0) {
    throw new SamsaError(`The proposed assignment contains non-existent partitions: ${missingPartitions.map(topicPartitionKey).join(',')}`);
  }
  const moving = current.filter((c) => entries.some((e) => e.topic === c.topic && e.partition === c.partition));
  await write(io.stdout, `Current partition replica assignment\n\n${formatReassignmentJson(moving)}\n\n`
    + 'Save this to use as the --reassignment-json-file option during rollback\n');
  if (!(await store.startReassignment(entries))) throw new SamsaError('There is an existing assignment running.');
  const names = sortPartitions(entries).map(topicPartitionKey);
  await write(io.stdout, `Successfully started partition reassignment${names.length === 1 ? '' : 's'} for ${names.join(',')}\n`);
}

type ReassignmentStatus = 'completed' | 'in-progress' | 'differs';

/** Completed: no pending entry, no replicas being added or removed, and the replicas equal the target. */
async function reassignmentStatus(store: ReassignmentStore, entries: readonly PartitionReplicas[]): Promise<Map<string, { status: ReassignmentStatus; replicas: number[] }>> {
  const pending = new Set((await store.pendingReassignments()).map(topicPartitionKey));
  const out = new Map<string, { status: ReassignmentStatus; replicas: number[] }>();
  const byTopic = new Map<string, TopicAssignmentData | undefined>();
  for (const e of sortPartitions(entries)) {
    if (!byTopic.has(e.topic)) byTopic.set(e.topic, await store.topicAssignment(e.topic));
    const data = byTopic.get(e.topic);
    const replicas = data?.partitions.get(e.partition) ?? [];
    const moving = (data?.addingReplicas.get(e.partition)?.length ?? 0) + (data?.removingReplicas.get(e.partition)?.length ?? 0) > 0;
    const same = replicas.length === e.replicas.length && replicas.every((r, i) => r === e.replicas[i]);
    const status: ReassignmentStatus = pending.has(topicPartitionKey(e)) || moving ? 'in-progress' : same ? 'completed' : 'differs';
    out.set(topicPartitionKey(e), { status, replicas });
  }
  return out;
}

async function verifyReassignment(store: ReassignmentStore, entries: readonly PartitionReplicas[], io: CliIo): Promise<void> {
  const statuses = await reassignmentStatus(store, entries);
  const lines = ['Status of partition reassignment:'];
  for (const e of sortPartitions(entries)) {
    const name = topicPartitionKey(e);
    const s = statuses.get(name)!;
    if (s.status === 'completed') lines.push(`Reassignment of partition ${name} is completed.`);
    else if (s.status === 'in-progress') lines.push(`Reassignment of partition ${name} is still in progress.`);
    else lines.push(`There is no active reassignment of partition ${name}, but replica set is ${s.replicas.join(',')} rather than ${e.replicas.join(',')}.`);
  }
  await write(io.stdout, lines.map((l) => `${l}\n`).join(''));
}

/** --list, in Kafka 2.5's format: current replicas and the replicas being added and removed. */
async function listReassignments(store: ReassignmentStore, io: CliIo): Promise<void> {
  const pending = sortPartitions(await store.pendingReassignments());
  if (pending.length === 0) {
    await write(io.stdout, 'No partition reassignments found.\n');
    return;
  }
  const lines = ['Current partition reassignments:'];
  for (const p of pending) {
    const data = await store.topicAssignment(p.topic);
    const replicas = data?.partitions.get(p.partition) ?? [];
    const adding = data?.addingReplicas.get(p.partition) ?? p.replicas.filter((r) => !replicas.includes(r));
    const removing = data?.removingReplicas.get(p.partition) ?? replicas.filter((r) => !p.replicas.includes(r));
    lines.push(`${topicPartitionKey(p)}: replicas: ${replicas.join(',')}. adding: ${adding.join(',')}. removing: ${removing.join(',')}.`);
  }
  await write(io.stdout, lines.map((l) => `${l}\n`).join(''));
}

/** Runs one action against `store`; files are read through `readText` so tests need no disk. */
export async function runReassignAction(
  store: ReassignmentStore, args: ParsedArgs, io: CliIo, readText: (path: string) => Promise<string> = (p) => readFile(p, 'utf8'),
): Promise<void> {
  const action = reassignAction(args);
  const fileArg = (name: string): Promise<string> => {
    const path = stringArg(args, name);
    if (path === undefined) throw new CliUsageError(`reassign-partitions --${action} needs --${name}`);
    return readText(path);
  };
  switch (action) {
    case 'generate': {
      const topics = parseTopicsToMoveJson(await fileArg('topics-to-move-json-file'));
      await write(io.stdout, await generateAssignment(store, topics, parseBrokerList(stringArg(args, 'broker-list'))));
      return;
    }
    case 'execute':
      return executeReassignment(store, parseReassignmentJson(await fileArg('reassignment-json-file')), io);
    case 'verify':
      return verifyReassignment(store, parseReassignmentJson(await fileArg('reassignment-json-file')), io);
    default:
      return listReassignments(store, io);
  }
}

function reassignAction(args: ParsedArgs): 'generate' | 'execute' | 'verify' | 'list' {
  const actions = (['generate', 'execute', 'verify', 'list'] as const).filter((a) => args[a] === true);
  if (actions.length !== 1) throw new CliUsageError('reassign-partitions: exactly one of --generate, --execute, --verify, --list is required');
  return actions[0]!;
}

/** --bootstrap-server: the admin-client mode (reassign-partitions-admin.ts); else ZooKeeper, as Kafka 2.x's tool. */
export async function runReassignPartitions(args: ParsedArgs, io: CliIo): Promise<number> {
  if (stringArg(args, 'bootstrap-server') !== undefined) {
    const { runWithAdmin } = await import('./reassign-partitions-admin-client');
    return runWithAdmin(args, io);
  }
  for (const flag of ['cancel', 'throttle', 'additional', 'preserve-throttles'] as const) {
    if (args[flag] !== undefined) throw new CliUsageError(`reassign-partitions --${flag} needs --bootstrap-server`);
  }
  reassignAction(args);
  await withToolZk(toolZkOptions(args, 'reassign-partitions'), (kzk) => runReassignAction(new AdminZkClient(kzk), args, io));
  return 0;
}
