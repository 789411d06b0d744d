/**
 * `samsa consumer-groups`: kafka-consumer-groups.sh over the protocol. --list, --describe (the
 * lag table, --members, --state), --delete, and --reset-offsets with Kafka's scopes (--topic
 * t[:p,p], --all-topics), targets (--to-earliest, --to-latest, --to-offset, --to-datetime,
 * --shift-by) and modes (--dry-run, the default, which Kafka warns about; --execute). Offsets
 * are reset only for an inactive group, with Kafka's message otherwise.
 */

import { type Admin } from '../admin/admin';
import { type GroupDescription, inactiveGroupMessage, inactiveGroupStates } from '../admin/groups';
import { type PartitionPositions, type ResetSpec, parseResetDateTime, resetOffsetFor } from '../admin/offset-reset';
import { SamsaError, errorFor } from '../errors';
import { CliUsageError, type ParsedArgs, stringArg } from './args';
import { formatMembers, formatOffsetRows, formatReset, formatState, offsetRows, stateNote } from './group-tables';
import { type CliIo, write } from './output';

type GroupsAction = 'list' | 'describe' | 'delete' | 'reset-offsets';

export function groupsAction(args: ParsedArgs): GroupsAction {
  const actions = (['list', 'describe', 'delete', 'reset-offsets'] as const).filter((a) => args[a] === true);
  if (actions.length !== 1) throw new CliUsageError('consumer-groups: exactly one of --list, --describe, --delete, --reset-offsets is required');
  const action = actions[0]!;
  if (action !== 'list' && groupIds(args).length === 0 && !args['all-groups']) throw new CliUsageError(`consumer-groups --${action} needs --group or --all-groups`);
  const views = ['members', 'state', 'offsets'].filter((v) => args[v] === true);
  if (views.length > 1) throw new CliUsageError('--members, --state and --offsets cannot be used together');
  if (views.length > 0 && action !== 'describe') throw new CliUsageError(`--${views[0]} works only with --describe`);
  return action;
}

function groupIds(args: ParsedArgs): string[] {
  return (args.group as string[] | undefined) ?? [];
}

/** The reset target; exactly one is required, as in Kafka. */
export function resetSpec(args: ParsedArgs): ResetSpec {
  const given = ['to-earliest', 'to-latest', 'to-offset', 'to-datetime', 'shift-by'].filter((f) => args[f] !== undefined);
  if (given.length !== 1) throw new CliUsageError('--reset-offsets needs exactly one of --to-earliest, --to-latest, --to-offset, --to-datetime, --shift-by');
  if (args['to-earliest']) return { kind: 'earliest' };
  if (args['to-latest']) return { kind: 'latest' };
  const offset = stringArg(args, 'to-offset');
  if (offset !== undefined) return { kind: 'offset', offset: integer(offset, '--to-offset', 0) };
  const shift = stringArg(args, 'shift-by');
  if (shift !== undefined) return { kind: 'shift', shiftBy: integer(shift, '--shift-by') };
  return { kind: 'datetime', timestampMs: parseResetDateTime(stringArg(args, 'to-datetime')!) };
}

function integer(text: string, flag: string, min = -Number.MAX_SAFE_INTEGER): number {
  const n = Number(text);
  if (!Number.isSafeInteger(n) || n < min) throw new CliUsageError(`${flag} must be an integer${min === 0 ? ' >= 0' : ''}, not '${text}'`);
  return n;
}

interface TopicScope {
  topic: string;
  /** Undefined: every partition. */
  partitions: number[] | undefined;
}

/** Kafka's --topic forms: `t` (all partitions) and `t:0,2` (those partitions). */
export function parseTopicScope(text: string): TopicScope {
  const colon = text.lastIndexOf(':');
  if (colon < 0) return { topic: text, partitions: undefined };
  const topic = text.slice(0, colon);
  const partitions = text
    .slice(colon + 1)
    .split(',')
    .map((p) => integer(p.trim(), `--topic ${text}`, 0));
  if (!topic || partitions.length === 0) throw new CliUsageError(`--topic '${text}' is not topic or topic:partition[,partition]`);
  return { topic, partitions };
}

export async function runConsumerGroups(admin: Admin, args: ParsedArgs, io: CliIo): Promise<void> {
  const action = groupsAction(args);
  if (action === 'list') {
    const { groups } = await admin.listGroups();
    await write(io.stdout, groups.map((g) => `${g.groupId}\n`).join(''));
    return;
  }
  const ids = args['all-groups'] ? (await admin.listGroups()).groups.map((g) => g.groupId) : groupIds(args);
  if (action === 'delete') return deleteGroups(admin, ids, io);
  if (action === 'reset-offsets') return resetOffsets(admin, args, ids, io);
  for (const id of ids) await describeGroup(admin, args, id, io);
}

async function describeGroup(admin: Admin, args: ParsedArgs, groupId: string, io: CliIo): Promise<void> {
  const group = await admin.describeGroup(groupId);
  if (args.state) {
    if (group.state === 'Dead') throw new SamsaError(`Consumer group '${groupId}' does not exist.`);
    await write(io.stdout, `\n${formatState(group).join('\n')}\n`);
    return;
  }
  if (args.members) {
    const note = stateNote(groupId, group.state, group.members.length);
    if (note.error) throw new SamsaError(note.error);
    if (note.note) await write(io.stderr, `${note.note}\n`);
    if (note.print) await write(io.stdout, `\n${formatMembers(group).join('\n')}\n`);
    return;
  }
  const rows = await lagRows(admin, group);
  const note = stateNote(groupId, group.state, rows.length);
  if (note.error) throw new SamsaError(note.error);
  if (note.note) await write(io.stderr, `${note.note}\n`);
  if (note.print) await write(io.stdout, `\n${formatOffsetRows(rows).join('\n')}\n`);
}

async function lagRows(admin: Admin, group: GroupDescription): Promise<ReturnType<typeof offsetRows>> {
  const committed = new Map<string, number>();
  if (group.state !== 'Dead') {
    for (const t of await admin.fetchOffsets({ groupId: group.groupId })) {
      for (const p of t.partitions) if (p.offset >= 0) committed.set(`${t.topic}:${p.partition}`, p.offset);
    }
  }
  const topics = new Set<string>([...committed.keys()].map((k) => k.slice(0, k.lastIndexOf(':'))));
  for (const m of group.members) for (const a of m.assignment) topics.add(a.topic);
  const logEnd = new Map<string, number>();
  for (const topic of topics) {
    const offsets = await admin.fetchTopicOffsets(topic).catch(() => []);
    for (const o of offsets) logEnd.set(`${topic}:${o.partition}`, o.high);
  }
  return offsetRows(group, committed, logEnd);
}

async function deleteGroups(admin: Admin, ids: string[], io: CliIo): Promise<void> {
  const results = await admin.deleteGroups(ids);
  const failed = results.filter((r) => r.errorCode !== 0);
  if (failed.length === 0) {
    await write(io.stdout, `Deletion of requested consumer groups (${ids.map((id) => `'${id}'`).join(', ')}) was successful.\n`);
    return;
  }
  const lines = failed.map((r) => `* Group '${r.groupId}' could not be deleted due to: ${errorFor(r.errorCode).message}`);
  throw new SamsaError(`Deletion of some consumer groups failed:\n${lines.join('\n')}`);
}

const noExecuteWarning =
  'WARN: No action will be performed as the --execute option is missing. You should add the --dry-run option explicitly if you are scripting this command.';

async function resetOffsets(admin: Admin, args: ParsedArgs, ids: string[], io: CliIo): Promise<void> {
  const spec = resetSpec(args);
  if (args['dry-run'] && args.execute) throw new CliUsageError('--dry-run and --execute cannot be used together');
  const scopes = ((args.topic as string[] | undefined) ?? []).map(parseTopicScope);
  if ((scopes.length > 0) === (args['all-topics'] === true)) throw new CliUsageError('--reset-offsets needs exactly one of --topic or --all-topics');
  if (!args.execute && !args['dry-run']) await write(io.stderr, `${noExecuteWarning}\n`);
  for (const groupId of ids) {
    const group = await admin.describeGroup(groupId);
    if (!inactiveGroupStates.has(group.state)) throw new SamsaError(inactiveGroupMessage(groupId, group.state));
    const positions = await resetPositions(admin, groupId, scopes, spec);
    const rows = positions.map((p) => ({ group: groupId, topic: p.topic, partition: p.partition, newOffset: resetOffsetFor(spec, p) }));
    if (args.execute) await admin.commitGroupOffsets(groupId, rows.map((r) => ({ topic: r.topic, partition: r.partition, offset: r.newOffset })));
    await write(io.stdout, `\n${formatReset(rows).join('\n')}\n`);
  }
}

/** Log start and end, committed offsets and (for --to-datetime) offsets by time, per partition in scope. */
async function resetPositions(admin: Admin, groupId: string, scopes: TopicScope[], spec: ResetSpec): Promise<PartitionPositions[]> {
  const committed = await admin.fetchOffsets({ groupId, topics: scopes.length > 0 ? scopes.map((s) => s.topic) : undefined });
  const inScope: TopicScope[] = scopes.length > 0 ? scopes : committed.map((t) => ({ topic: t.topic, partitions: t.partitions.filter((p) => p.offset >= 0).map((p) => p.partition) }));
  const out: PartitionPositions[] = [];
  for (const scope of inScope) {
    const ends = await admin.fetchTopicOffsets(scope.topic);
    const byTime = spec.kind === 'datetime' ? await admin.fetchTopicOffsetsByTimestamp(scope.topic, spec.timestampMs) : [];
    for (const partition of scope.partitions ?? ends.map((e) => e.partition)) {
      const end = ends.find((e) => e.partition === partition);
      if (!end) throw new SamsaError(`Partition ${scope.topic}-${partition} does not exist`);
      const current = committed.find((t) => t.topic === scope.topic)?.partitions.find((p) => p.partition === partition)?.offset;
      const timed = byTime.find((b) => b.partition === partition)?.offset;
      out.push({ topic: scope.topic, partition, logStartOffset: end.low, logEndOffset: end.high, committedOffset: current, offsetForTimestamp: timed });
    }
  }
  return out;
}
