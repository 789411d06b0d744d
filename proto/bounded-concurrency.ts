/**
 * Work over many items with a bounded number running at once: many ZooKeeper requests on one
 * connection (zk/pipeline.ts), many logs loaded or created side by side. Awaiting each item
 * before starting the next costs one round trip (a ZooKeeper answer, a trip through libuv's
 * thread pool) per item, which at 10,000 partitions is most of the time.
 */

/**
 * Runs `work` for every item with at most `inFlightMax` running at once, started in item order.
 * On the first failure no further item starts; the ones running finish, then the first error
 * is thrown (a fenced controller stops at once rather than writing on).
 */
export async function forEachBounded<T>(
  items: readonly T[], inFlightMax: number, work: (item: T, index: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  let failure: { err: unknown } | undefined;
  const lane = async (): Promise<void> => {
    while (failure === undefined && next < items.length) {
      const index = next++;
      try {
        await work(items[index]!, index);
      } catch (err) {
        failure ??= { err };
      }
    }
  };
  const lanes: Promise<void>[] = [];
  for (let i = 0; i < Math.min(inFlightMax, items.length); i++) lanes.push(lane());
  await Promise.all(lanes);
  if (failure !== undefined) throw failure.err;
}

/** `forEachBounded` that collects each item's result at its index. */
export async function mapBounded<T, R>(
  items: readonly T[], inFlightMax: number, work: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  await forEachBounded(items, inFlightMax, async (item, index) => {
    results[index] = await work(item, index);
  });
  return results;
}
