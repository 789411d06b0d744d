/** The Kafka listener's group API codecs (see api-codec.ts). */
import type { AnyKafkaApiCodec } from './api-codec';
import { deleteGroupsCodec } from './delete-groups';
import { describeGroupsCodec } from './describe-groups';
import { findCoordinatorCodec } from './find-coordinator';
import { heartbeatCodec } from './heartbeat';
import { joinGroupCodec } from './join-group';
import { leaveGroupCodec } from './leave-group';
import { listGroupsCodec } from './list-groups';
import { offsetCommitCodec } from './offset-commit';
import { offsetFetchCodec } from './offset-fetch';
import { syncGroupCodec } from './sync-group';

export const groupCodecs: readonly AnyKafkaApiCodec[] = [
  findCoordinatorCodec, joinGroupCodec, syncGroupCodec, heartbeatCodec, leaveGroupCodec,
  offsetCommitCodec, offsetFetchCodec, describeGroupsCodec, listGroupsCodec, deleteGroupsCodec,
];
