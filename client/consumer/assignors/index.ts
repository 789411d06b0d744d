/** Client-side partition assignors and the ConsumerProtocol encodings they travel in. */

import { type PartitionAssignor } from './assignor';
import { RangeAssignor } from './range-assignor';
import { RoundRobinAssignor } from './round-robin-assignor';
import { StickyAssignor } from './sticky-assignor';

export * from './assignor';
export * from './consumer-protocol';
export { RangeAssignor } from './range-assignor';
export { RoundRobinAssignor } from './round-robin-assignor';
export { StickyAssignor } from './sticky-assignor';

/** Kafka's partition.assignment.strategy default is range alone; a fresh instance per consumer. */
export function defaultAssignors(): PartitionAssignor[] {
  return [new RangeAssignor()];
}

export function assignorByName(name: string): PartitionAssignor | undefined {
  switch (name) {
    case 'range':
      return new RangeAssignor();
    case 'roundrobin':
      return new RoundRobinAssignor();
    case 'sticky':
      return new StickyAssignor();
    default:
      return undefined;
  }
}
