/**
 * The group code's link to ../assignors: the ConsumerProtocol encodings as one codec object and
 * the default assignor list (Kafka's partition.assignment.strategy default: range).
 */

import { type PartitionAssignor, decodeAssignment, decodeSubscription, defaultAssignors, encodeAssignment, encodeSubscription } from '../assignors';
import { type SubscriptionCodec } from './assignment';

export const subscriptionCodec: SubscriptionCodec = { encodeSubscription, decodeSubscription, encodeAssignment, decodeAssignment };

export function defaultPartitionAssignors(): PartitionAssignor[] {
  return defaultAssignors();
}
