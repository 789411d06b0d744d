/** Client-side partition assignors and the ConsumerProtocol encodings they travel in. */

import { type PartitionAssignor } from './assignor';
import { RangeAssignor } from './range-assignor';

export * from './assignor';
export * from './consumer-protocol';
export { RangeAssignor } from './range-assignor';
export { RoundRobinAssignor } from './round-robin-assignor';
export { StickyAssignor } from './sticky-assignor';

/** Kafka's partition.assignment.strategy default is range alone; a fresh instance per consumer. */
export function defaultAssignors(): PartitionAssignor[] {
  return [new RangeAssignor()];
}
