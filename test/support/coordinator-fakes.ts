/**
 * Test-only doubles for the coordinator: a manual clock whose timers fire, in due order, only
 * when a test advances it (flushing promise continuations between timers so that appends to the
 * in-memory offsets log complete as they would on a real event loop).
 */
import { ErrorCode } from '../../proto/errors';
import type * as G from '../../broker/api/groups';
import { type GroupCoordinatorConfig, type Timer, type TimerHandle } from '../../broker/coordinator/coordinator-config';
import { GroupCoordinator } from '../../broker/coordinator/group-coordinator';
import { InMemoryOffsetsLog } from '../../broker/coordinator/offsets-log';

interface PendingTimer {
  id: number;
  dueMs: number;
  fn: () => void;
}

export async function flushPromises(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise<void>((resolve) => setImmediate(resolve));
}

export class FakeTimer implements Timer {
  private now: number;
  private nextId = 1;
  private readonly pending = new Map<number, PendingTimer>();

  constructor(startMs = 1_000_000) {
    this.now = startMs;
  }

  nowMs(): number {
    return this.now;
  }

  setTimeout(fn: () => void, delayMs: number): TimerHandle {
    const id = this.nextId++;
    this.pending.set(id, { id, dueMs: this.now + Math.max(0, delayMs), fn });
    return id;
  }

  clearTimeout(handle: TimerHandle): void {
    this.pending.delete(handle as number);
  }

  pendingCount(): number {
    return this.pending.size;
  }

  /** Moves the clock forward by `ms`, firing every timer that falls due, earliest first. */
  async advance(ms: number): Promise<void> {
    const targetMs = this.now + ms;
    await flushPromises();
    for (;;) {
      let next: PendingTimer | undefined;
      for (const t of this.pending.values()) {
        if (t.dueMs <= targetMs && (next === undefined || t.dueMs < next.dueMs || (t.dueMs === next.dueMs && t.id < next.id))) next = t;
      }
      if (next === undefined) break;
      this.pending.delete(next.id);
      this.now = next.dueMs;
      next.fn();
      await flushPromises();
    }
    this.now = targetMs;
  }
}


export interface JoinOptions {
  sessionTimeoutMs?: number;
  rebalanceTimeoutMs?: number;
  groupInstanceId?: string;
  protocols?: { name: string; metadata: Buffer }[];
  protocolType?: string;
}

/** A started coordinator over an in-memory log and a fake clock, leading every offsets partition. */
export class CoordinatorHarness {
  readonly timer = new FakeTimer();
  readonly coordinator: GroupCoordinator;
  private uuid = 0;

  constructor(readonly log = new InMemoryOffsetsLog(), config: Partial<GroupCoordinatorConfig> = {}) {
    this.coordinator = new GroupCoordinator({
      log,
      timer: this.timer,
      config: { offsetsTopicNumPartitions: 1, ...config },
      newUuid: () => `uuid${++this.uuid}`,
    });
  }

  static async started(config: Partial<GroupCoordinatorConfig> = {}, log = new InMemoryOffsetsLog()): Promise<CoordinatorHarness> {
    const h = new CoordinatorHarness(log, config);
    h.coordinator.startup();
    await h.coordinator.onElection(0);
    return h;
  }

  join(groupId: string, memberId: string, clientId: string, opts: JoinOptions = {}): Promise<G.JoinGroupResponse> {
    return this.coordinator.handleJoinGroup(
      {
        groupId,
        memberId,
        sessionTimeoutMs: opts.sessionTimeoutMs ?? 10_000,
        rebalanceTimeoutMs: opts.rebalanceTimeoutMs ?? 30_000,
        groupInstanceId: opts.groupInstanceId ?? '',
        protocolType: opts.protocolType ?? 'consumer',
        protocols: opts.protocols ?? [{ name: 'range', metadata: Buffer.from(`sub-${clientId}`) }],
      },
      { clientId, clientHost: '/127.0.0.1' },
    );
  }

  /**
   * A dynamic member's first join (KIP-394): the MEMBER_ID_REQUIRED round trip, then the real
   * JoinGroup, whose response is returned unresolved (it completes with the join phase).
   */
  async joinNew(groupId: string, clientId: string, opts: JoinOptions = {}): Promise<{ memberId: string; response: Promise<G.JoinGroupResponse> }> {
    const first = await this.join(groupId, '', clientId, opts);
    if (first.errorCode !== ErrorCode.MEMBER_ID_REQUIRED) throw new Error(`expected MEMBER_ID_REQUIRED, got ${first.errorCode}`);
    const memberId = first.memberId ?? '';
    return { memberId, response: this.join(groupId, memberId, clientId, opts) };
  }

  sync(groupId: string, memberId: string, generationId: number, assignments: Record<string, string> = {}): Promise<G.SyncGroupResponse> {
    return this.coordinator.handleSyncGroup({
      groupId,
      memberId,
      generationId,
      groupInstanceId: '',
      protocolType: '',
      protocolName: '',
      assignments: Object.entries(assignments).map(([id, a]) => ({ memberId: id, assignment: Buffer.from(a) })),
    });
  }

  async heartbeat(groupId: string, memberId: string, generationId: number, groupInstanceId = ''): Promise<number> {
    const r = await this.coordinator.handleHeartbeat({ groupId, memberId, generationId, groupInstanceId });
    return r.errorCode ?? 0;
  }

  commit(groupId: string, memberId: string, generationId: number, offsets: Record<string, number>, metadata = ''): Promise<G.OffsetCommitResponse> {
    return this.coordinator.handleCommitOffsets({
      groupId,
      memberId,
      generationId,
      groupInstanceId: '',
      topics: Object.entries(offsets).map(([tp, offset]) => {
        const [name, partition] = splitTopicPartition(tp);
        return { name, partitions: [{ partition, committedOffset: offset, committedLeaderEpoch: 3, committedMetadata: metadata }] };
      }),
    });
  }

  /** Committed offset per "topic-partition" (-1 when none). */
  async fetchOffsets(groupId: string, tps: string[]): Promise<Record<string, number>> {
    const r = await this.coordinator.handleFetchOffsets({
      groupId,
      allTopics: false,
      topics: tps.map((tp) => {
        const [name, partition] = splitTopicPartition(tp);
        return { name, partitions: [partition] };
      }),
    });
    if ((r.errorCode ?? 0) !== ErrorCode.NONE) throw new Error(`OffsetFetch failed with ${r.errorCode}`);
    const out: Record<string, number> = {};
    for (const t of r.topics ?? []) for (const p of t.partitions ?? []) out[`${t.name}-${p.partition}`] = p.committedOffset ?? -1;
    return out;
  }

  async describe(groupId: string): Promise<G.DescribedGroup> {
    const r = await this.coordinator.handleDescribeGroups({ groups: [groupId] });
    const g = r.groups?.[0];
    if (g === undefined) throw new Error('no group in DescribeGroups response');
    return g;
  }
}

/** Commit errors flattened to "topic-partition" -> code. */
export function commitErrors(r: G.OffsetCommitResponse): Record<string, number> {
  const out: Record<string, number> = {};
  for (const t of r.topics ?? []) for (const p of t.partitions ?? []) out[`${t.name}-${p.partition}`] = p.errorCode ?? 0;
  return out;
}

function splitTopicPartition(tp: string): [string, number] {
  const i = tp.lastIndexOf('-');
  return [tp.slice(0, i), Number(tp.slice(i + 1))];
}
