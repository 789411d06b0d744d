/**
 * Numbers with a special meaning on the wire (proto/README.md), written once for the broker, the
 * controller and the client.
 */

/** ListOffsets timestamps (Kafka's ListOffsetsRequest.LATEST_TIMESTAMP): the high watermark for a consumer, the LEO for a replica. */
export const latestTimestamp = -1;
/** ListOffsets timestamps (Kafka's ListOffsetsRequest.EARLIEST_TIMESTAMP): the log start offset. */
export const earliestTimestamp = -2;

/** A partition without a leader (Kafka's LeaderAndIsr.NoLeader). */
export const noLeader = -1;
/** The leader UpdateMetadata sends for partitions of a topic being deleted (Kafka's LeaderAndIsr.LeaderDuringDelete). */
export const leaderDuringDelete = -2;
