/**
 * Domain requests for tests, built from partial wire-shaped objects: the protobuf codec fills
 * every field a test leaves out exactly as it does for a request off the wire, so tests state
 * only the fields they are about.
 */
import type { samsa } from '../../proto/generated/samsa';
import type { LeaderAndIsrRequest, StopReplicaRequest, UpdateMetadataRequest } from '../../broker/api/controller-requests';
import { leaderAndIsrCodec, stopReplicaCodec, updateMetadataCodec } from '../../broker/network/codecs/protobuf/control';

export type PartialUpdateMetadata = samsa.v1.IUpdateMetadataRequest;
export type PartialLiveBroker = samsa.v1.UpdateMetadataRequest.ILiveBroker;
export type PartialUpdateMetadataState = samsa.v1.UpdateMetadataRequest.IPartitionState;
export type PartialLeaderAndIsr = samsa.v1.ILeaderAndIsrRequest;
export type PartialLeaderAndIsrState = samsa.v1.LeaderAndIsrRequest.IPartitionState;
export type PartialStopReplica = samsa.v1.IStopReplicaRequest;

export const updateMetadataRequest = (partial: PartialUpdateMetadata): UpdateMetadataRequest => updateMetadataCodec.decodeRequest(partial, 0);
export const leaderAndIsrRequest = (partial: PartialLeaderAndIsr): LeaderAndIsrRequest => leaderAndIsrCodec.decodeRequest(partial, 0);
export const stopReplicaRequest = (partial: PartialStopReplica): StopReplicaRequest => stopReplicaCodec.decodeRequest(partial, 0);
