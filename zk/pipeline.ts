/**
 * Pipelined ZooKeeper work. One ZooKeeper connection answers requests in the order they were
 * sent, so many requests can be on the wire at once; awaiting each before sending the next costs
 * a round trip per partition, which at 10,000 partitions was most of a controller failover.
 * Kafka's ZooKeeperClient sends a batch of requests asynchronously, with at most
 * `zookeeper.max.in.flight.requests` (default 10) outstanding; this is the same bound.
 */

import { forEachBounded, mapBounded } from '../proto/bounded-concurrency';

/** Kafka's `zookeeper.max.in.flight.requests` default: requests of one pipelined batch outstanding at once. */
export const zkRequestsInFlightMax = 10;

/** `work` for every item, `zkRequestsInFlightMax` at once; stops starting new ones at the first failure and throws it. */
export function forEachPipelined<T>(items: readonly T[], work: (item: T, index: number) => Promise<void>): Promise<void> {
  return forEachBounded(items, zkRequestsInFlightMax, work);
}

/** `forEachPipelined` collecting each item's result at its index. */
export function mapPipelined<T, R>(items: readonly T[], work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  return mapBounded(items, zkRequestsInFlightMax, work);
}
