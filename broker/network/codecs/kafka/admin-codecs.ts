/** The Kafka listener's admin and cluster API codecs (see api-codec.ts). */
import { alterConfigsCodec, incrementalAlterConfigsCodec } from './alter-configs';
import type { AnyKafkaApiCodec } from './api-codec';
import { createTopicsCodec } from './create-topics';
import { deleteTopicsCodec } from './delete-topics';
import { describeClusterCodec } from './describe-cluster';
import { describeConfigsCodec } from './describe-configs';
import { electLeadersCodec } from './elect-leaders';
import { initProducerIdCodec } from './init-producer-id';
import { listOffsetsCodec } from './list-offsets';
import { offsetForLeaderEpochCodec } from './offset-for-leader-epoch';
import { alterPartitionReassignmentsCodec, listPartitionReassignmentsCodec } from './reassignments';
import { alterUserScramCredentialsCodec, describeUserScramCredentialsCodec } from './user-scram-credentials';

export const adminCodecs: readonly AnyKafkaApiCodec[] = [
  listOffsetsCodec, offsetForLeaderEpochCodec, initProducerIdCodec, createTopicsCodec, deleteTopicsCodec, describeConfigsCodec,
  electLeadersCodec, describeClusterCodec,
  alterPartitionReassignmentsCodec, listPartitionReassignmentsCodec,
  describeUserScramCredentialsCodec, alterUserScramCredentialsCodec,
  alterConfigsCodec, incrementalAlterConfigsCodec,
];
