/**
 * A sticky assignor in the spirit of Kafka's StickyAssignor (eager protocol): the result is
 * balanced (no partition can move to an eligible member holding two or more fewer), and within
 * that, as many partitions as possible stay where they were. A member's previous assignment
 * reaches the leader through its subscription: ownedPartitions when present, else the user data
 * this assignor wrote (the member's last assignment and its generation). When two members claim
 * a partition, the claim from the newer generation wins.
 */

import { type AssignorMember, compareMembers, type GroupAssignment, type PartitionAssignor, toTopicPartitions } from './assignor';
import { decodeStickyUserData, encodeStickyUserData, type TopicPartitions } from './consumer-protocol';

interface Claim {
  memberId: string;
  generationId: number;
}

const key = (topic: string, partition: number): string => `${partition}:${topic}`;

export class StickyAssignor implements PartitionAssignor {
  readonly name = 'sticky';
  private memberAssignment: TopicPartitions[] = [];
  private generationId = -1;

  userData(): Buffer {
    return encodeStickyUserData({ previousAssignment: this.memberAssignment, generationId: this.generationId });
  }

  onAssignment(assignment: TopicPartitions[], generationId: number): void {
    this.memberAssignment = assignment;
    this.generationId = generationId;
  }

  assign(members: AssignorMember[], partitionsPerTopic: Map<string, number>): GroupAssignment {
    const ordered = [...members].sort(compareMembers);
    const owner = new Map<string, string>();
    const held = new Map<string, Set<string>>(ordered.map((m) => [m.memberId, new Set()]));
    const all = allPartitions(ordered, partitionsPerTopic);

    // 1. Keep valid previous ownership: the partition still exists and its owner still subscribes.
    for (const [k, claim] of previousClaims(ordered)) {
      const tp = all.get(k);
      const member = ordered.find((m) => m.memberId === claim.memberId);
      if (tp === undefined || member === undefined || !member.topics.includes(tp.topic)) continue;
      owner.set(k, claim.memberId);
      held.get(claim.memberId)?.add(k);
    }
    // 2. Place the rest, most constrained first, each on the least loaded eligible member.
    const eligible = (topic: string): AssignorMember[] => ordered.filter((m) => m.topics.includes(topic));
    const unassigned = [...all.entries()].filter(([k]) => !owner.has(k)).sort(([, a], [, b]) => eligible(a.topic).length - eligible(b.topic).length);
    for (const [k, tp] of unassigned) {
      const target = leastLoaded(eligible(tp.topic), held);
      if (target === undefined) continue;
      owner.set(k, target.memberId);
      held.get(target.memberId)?.add(k);
    }
    // 3. Rebalance: move one partition at a time from the most loaded member to an eligible member
    // holding at least two fewer. Each move lowers the sum of squared loads, so this terminates.
    for (let moved = true; moved; ) {
      moved = false;
      const byLoad = [...ordered].sort((a, b) => size(held, b) - size(held, a) || compareMembers(a, b));
      for (const from of byLoad) {
        const candidates = [...(held.get(from.memberId) ?? [])].sort().reverse();
        for (const k of candidates) {
          const tp = all.get(k);
          if (tp === undefined) continue;
          const to = leastLoaded(eligible(tp.topic), held);
          if (to === undefined || size(held, to) + 1 >= size(held, from)) continue;
          held.get(from.memberId)?.delete(k);
          held.get(to.memberId)?.add(k);
          moved = true;
          break;
        }
        if (moved) break;
      }
    }
    return new Map(ordered.map((m) => [m.memberId, toTopicPartitions([...(held.get(m.memberId) ?? [])].map((k) => all.get(k)).filter((tp) => tp !== undefined))]));
  }
}

function allPartitions(members: AssignorMember[], partitionsPerTopic: Map<string, number>): Map<string, { topic: string; partition: number }> {
  const out = new Map<string, { topic: string; partition: number }>();
  for (const topic of new Set(members.flatMap((m) => m.topics))) {
    for (let partition = 0; partition < (partitionsPerTopic.get(topic) ?? 0); partition++) out.set(key(topic, partition), { topic, partition });
  }
  return out;
}

/** Each partition's previous owner; conflicting claims resolve to the newest generation. */
function previousClaims(members: AssignorMember[]): Map<string, Claim> {
  const claims = new Map<string, Claim>();
  for (const m of members) {
    let previous: TopicPartitions[] = m.ownedPartitions ?? [];
    let generationId = Number.MAX_SAFE_INTEGER; // ownedPartitions are the member's current holdings
    if (previous.length === 0 && m.userData && m.userData.length > 0) {
      try {
        const data = decodeStickyUserData(m.userData);
        previous = data.previousAssignment;
        generationId = data.generationId;
      } catch {
        previous = []; // unreadable user data: treat the member as new
      }
    }
    for (const tp of previous) {
      for (const partition of tp.partitions) {
        const k = key(tp.topic, partition);
        const existing = claims.get(k);
        if (existing === undefined || existing.generationId < generationId) claims.set(k, { memberId: m.memberId, generationId });
      }
    }
  }
  return claims;
}

function size(held: Map<string, Set<string>>, m: AssignorMember): number {
  return held.get(m.memberId)?.size ?? 0;
}

function leastLoaded(candidates: AssignorMember[], held: Map<string, Set<string>>): AssignorMember | undefined {
  let best: AssignorMember | undefined;
  for (const c of candidates) if (best === undefined || size(held, c) < size(held, best)) best = c;
  return best;
}
