/**
 * What a group member needs to know about topics: which exist (pattern subscriptions are
 * matched against every topic, Kafka's `subscribe(Pattern)`), and how many partitions the
 * subscribed ones have (the leader's assignment input). The cluster adapter asks the brokers;
 * tests give a fake.
 */

import { type Cluster } from '../../cluster/cluster';

export interface GroupTopicsSource {
  /** Partition counts of those of `topics` that exist. */
  partitionCounts(topics: readonly string[]): Promise<Map<string, number>>;
  /** The names of every non-internal topic. */
  allTopics(): Promise<string[]>;
}

export class ClusterTopicsSource implements GroupTopicsSource {
  constructor(private readonly cluster: Cluster) {}

  async partitionCounts(topics: readonly string[]): Promise<Map<string, number>> {
    this.cluster.addTargetTopics(topics);
    await this.cluster.retry(() => this.cluster.refreshMetadata());
    const out = new Map<string, number>();
    for (const topic of topics) {
      const t = this.cluster.metadata.topic(topic);
      if (t && t.errorCode === 0 && t.partitions.length > 0) out.set(topic, t.partitions.length);
    }
    return out;
  }

  async allTopics(): Promise<string[]> {
    await this.cluster.retry(() => this.cluster.refreshMetadata({ allTopics: true }));
    return [...this.cluster.metadata.topics.values()].filter((t) => !t.isInternal).map((t) => t.name);
  }
}

/**
 * The topics a subscription names: literal names as given, patterns tested against every
 * topic with RegExp.test, as KafkaJS does (anchor a pattern with ^ and $ to match whole names,
 * which is what Java's Pattern.matches does implicitly). Internal topics are never matched
 * (Kafka's exclude.internal.topics=true); `allTopics` comes without them.
 */
export function matchSubscription(subscription: ReadonlyArray<string | RegExp>, allTopics: readonly string[]): string[] {
  const out = new Set<string>();
  for (const entry of subscription) {
    if (typeof entry === 'string') out.add(entry);
    else for (const topic of allTopics) if (testOnce(entry, topic)) out.add(topic);
  }
  return [...out].sort();
}

/** A /g or /y pattern keeps state between test() calls; a copy without those flags does not. */
function testOnce(pattern: RegExp, topic: string): boolean {
  const stateless = pattern.global || pattern.sticky ? new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, '')) : pattern;
  return stateless.test(topic);
}

export function hasPattern(subscription: ReadonlyArray<string | RegExp>): boolean {
  return subscription.some((s) => typeof s !== 'string');
}
