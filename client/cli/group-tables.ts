/**
 * The tables of `samsa consumer-groups`, laid out as kafka-consumer-groups.sh lays them out
 * (ConsumerGroupCommand in Kafka 2.x): the same headers, left-aligned columns that are at least
 * as wide as Kafka's format strings make them and grow to fit, one space apart, '-' for an
 * unknown value, and a blank line before each table. Pure: rows in, lines out.
 */

import { type GroupDescription } from '../admin/groups';

interface Column {
  header: string;
  /** Kafka's minimum width (its %-Ns); undefined for a last column printed as is. */
  minWidth?: number;
}

function formatTable(columns: readonly Column[], rows: ReadonlyArray<readonly string[]>): string[] {
  const widths = columns.map((c, i) => (c.minWidth === undefined ? 0 : Math.max(c.minWidth, c.header.length, ...rows.map((r) => (r[i] ?? '').length))));
  const line = (cells: readonly string[]): string => cells.map((cell, i) => (columns[i]!.minWidth === undefined ? cell : cell.padEnd(widths[i]!))).join(' ');
  return [line(columns.map((c) => c.header)), ...rows.map(line)];
}

const dash = '-';
const show = (v: string | number | undefined): string => (v === undefined || v === '' ? dash : String(v));

interface OffsetRow {
  group: string;
  topic?: string;
  partition?: number;
  currentOffset?: number;
  logEndOffset?: number;
  consumerId?: string;
  host?: string;
  clientId?: string;
}

const offsetColumns: readonly Column[] = [
  { header: 'GROUP', minWidth: 15 },
  { header: 'TOPIC', minWidth: 15 },
  { header: 'PARTITION', minWidth: 10 },
  { header: 'CURRENT-OFFSET', minWidth: 15 },
  { header: 'LOG-END-OFFSET', minWidth: 15 },
  { header: 'LAG', minWidth: 15 },
  { header: 'CONSUMER-ID', minWidth: 15 },
  { header: 'HOST', minWidth: 15 },
  { header: 'CLIENT-ID' },
];

function lagOf(row: OffsetRow): number | undefined {
  if (row.currentOffset === undefined || row.currentOffset < 0 || row.logEndOffset === undefined || row.logEndOffset < 0) return undefined;
  return Math.max(0, row.logEndOffset - row.currentOffset);
}

export function formatOffsetRows(rows: readonly OffsetRow[]): string[] {
  return formatTable(
    offsetColumns,
    rows.map((r) => [
      r.group,
      show(r.topic),
      show(r.partition),
      r.currentOffset === undefined || r.currentOffset < 0 ? dash : String(r.currentOffset),
      show(r.logEndOffset),
      show(lagOf(r)),
      show(r.consumerId),
      show(r.host),
      show(r.clientId),
    ]),
  );
}

/**
 * The lag table's rows: every assigned partition with its member, then committed partitions no
 * member holds, then members that hold nothing (ConsumerGroupCommand.collectGroupOffsets).
 * `committed` and `logEnd` are keyed `topic:partition`.
 */
export function offsetRows(group: GroupDescription, committed: ReadonlyMap<string, number>, logEnd: ReadonlyMap<string, number>): OffsetRow[] {
  const rows: OffsetRow[] = [];
  const assigned = new Set<string>();
  const idle: OffsetRow[] = [];
  for (const m of [...group.members].sort((a, b) => a.memberId.localeCompare(b.memberId))) {
    const member = { consumerId: m.memberId, host: m.clientHost, clientId: m.clientId };
    const partitions = m.assignment.flatMap(({ topic, partitions: list }) => list.map((partition) => ({ topic, partition })));
    if (partitions.length === 0) idle.push({ group: group.groupId, ...member });
    for (const { topic, partition } of partitions) {
      const key = `${topic}:${partition}`;
      assigned.add(key);
      rows.push({ group: group.groupId, topic, partition, currentOffset: committed.get(key), logEndOffset: logEnd.get(key), ...member });
    }
  }
  for (const [key, offset] of committed) {
    if (assigned.has(key)) continue;
    const colon = key.lastIndexOf(':');
    rows.push({ group: group.groupId, topic: key.slice(0, colon), partition: Number(key.slice(colon + 1)), currentOffset: offset, logEndOffset: logEnd.get(key) });
  }
  rows.sort((a, b) => (a.topic ?? '').localeCompare(b.topic ?? '') || (a.partition ?? 0) - (b.partition ?? 0));
  return [...rows, ...idle];
}

export function formatMembers(group: GroupDescription): string[] {
  const columns: Column[] = [
    { header: 'GROUP', minWidth: 15 },
    { header: 'CONSUMER-ID', minWidth: 15 },
    { header: 'HOST', minWidth: 15 },
    { header: 'CLIENT-ID', minWidth: 15 },
    { header: '#PARTITIONS', minWidth: 15 },
  ];
  const rows = group.members.map((m) => [group.groupId, m.memberId, show(m.clientHost), show(m.clientId), String(m.assignment.reduce((n, t) => n + t.partitions.length, 0))]);
  return formatTable(columns, rows);
}

export function formatState(group: GroupDescription): string[] {
  const c = group.coordinator;
  const coordinator = c ? `${c.host}:${c.port} (${c.nodeId})` : dash;
  const columns: Column[] = [
    { header: 'GROUP', minWidth: 15 },
    { header: 'COORDINATOR (ID)', minWidth: 25 },
    { header: 'ASSIGNMENT-STRATEGY', minWidth: 20 },
    { header: 'STATE', minWidth: 15 },
    { header: '#MEMBERS' },
  ];
  return formatTable(columns, [[group.groupId, coordinator, show(group.protocol), group.state, String(group.members.length)]]);
}

interface ResetRow {
  group: string;
  topic: string;
  partition: number;
  newOffset: number;
}

export function formatReset(rows: readonly ResetRow[]): string[] {
  const columns: Column[] = [
    { header: 'GROUP', minWidth: 30 },
    { header: 'TOPIC', minWidth: 30 },
    { header: 'PARTITION', minWidth: 10 },
    { header: 'NEW-OFFSET', minWidth: 15 },
  ];
  const sorted = [...rows].sort((a, b) => a.topic.localeCompare(b.topic) || a.partition - b.partition);
  return formatTable(columns, sorted.map((r) => [r.group, r.topic, String(r.partition), String(r.newOffset)]));
}

/**
 * What kafka-consumer-groups.sh says before a group's table (shouldPrintMemberState): whether to
 * print the table, and a note for stderr.
 */
export function stateNote(groupId: string, state: string, rowCount: number): { print: boolean; note?: string; error?: string } {
  switch (state) {
    case 'Dead':
      return { print: false, error: `Consumer group '${groupId}' does not exist.` };
    case 'Empty':
      return { print: rowCount > 0, note: `\nConsumer group '${groupId}' has no active members.` };
    case 'PreparingRebalance':
    case 'CompletingRebalance':
      return { print: rowCount > 0, note: `\nWarning: Consumer group '${groupId}' is rebalancing.` };
    default:
      return { print: rowCount > 0 };
  }
}
