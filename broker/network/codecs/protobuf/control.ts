/**
 * Protobuf codecs for the inter-broker control plane (proto/control.proto): LeaderAndIsr,
 * UpdateMetadata and StopReplica, which the controller sends and brokers serve, and
 * ControlledShutdown, which a stopping broker sends and the controller serves. A missing epoch
 * reads as -1 (never stale), a missing controller id as -1 (names no controller).
 */
import type { samsa } from '../../../../proto/generated/samsa';
import type * as C from '../../../api/controller-requests';
import type { ProtobufClientCodec, ProtobufCodec } from './protobuf-codec';

function controllerFields(m: { controllerId?: number | null; controllerEpoch?: number | null; brokerEpoch?: number | null }): C.ControllerRequestFields {
  return { controllerId: m.controllerId ?? -1, controllerEpoch: m.controllerEpoch ?? 0, brokerEpoch: m.brokerEpoch ?? -1 };
}

function partitionErrorsFrom(errors: readonly { topic?: string | null; partition?: number | null; errorCode?: number | null }[] | null | undefined): C.PartitionError[] {
  return (errors ?? []).map((e) => ({ topic: e.topic ?? '', partition: e.partition ?? 0, errorCode: e.errorCode ?? 0 }));
}

function leaderAndIsrRequestFrom(m: samsa.v1.ILeaderAndIsrRequest): C.LeaderAndIsrRequest {
  return {
    ...controllerFields(m),
    partitionStates: (m.partitionStates ?? []).map((s) => ({
      topic: s.topic ?? '', partition: s.partition ?? 0, controllerEpoch: s.controllerEpoch ?? 0, leader: s.leader ?? -1,
      leaderEpoch: s.leaderEpoch ?? 0, isr: [...(s.isr ?? [])], zkVersion: s.zkVersion ?? 0, replicas: [...(s.replicas ?? [])],
      addingReplicas: [...(s.addingReplicas ?? [])], removingReplicas: [...(s.removingReplicas ?? [])], isNew: s.isNew ?? false,
    })),
    liveLeaders: (m.liveLeaders ?? []).map((l) => ({ brokerId: l.brokerId ?? -1, host: l.host ?? '', port: l.port ?? 0 })),
  };
}

export const leaderAndIsrCodec: ProtobufCodec<C.LeaderAndIsrRequest, C.LeaderAndIsrResponse, samsa.v1.ILeaderAndIsrRequest, samsa.v1.ILeaderAndIsrResponse> = {
  decodeRequest: leaderAndIsrRequestFrom,
  encodeResponse: (r) => r,
};

export const leaderAndIsrClientCodec: ProtobufClientCodec<C.LeaderAndIsrRequest, C.LeaderAndIsrResponse, samsa.v1.ILeaderAndIsrRequest, samsa.v1.ILeaderAndIsrResponse> = {
  encodeRequest: (r) => r,
  decodeResponse: (m) => ({ errorCode: m.errorCode ?? 0, partitionErrors: partitionErrorsFrom(m.partitionErrors) }),
};

function updateMetadataRequestFrom(m: samsa.v1.IUpdateMetadataRequest): C.UpdateMetadataRequest {
  return {
    ...controllerFields(m),
    partitionStates: (m.partitionStates ?? []).map((s) => ({
      topic: s.topic ?? '', partition: s.partition ?? 0, controllerEpoch: s.controllerEpoch ?? 0, leader: s.leader ?? -1,
      leaderEpoch: s.leaderEpoch ?? 0, isr: [...(s.isr ?? [])], zkVersion: s.zkVersion ?? 0, replicas: [...(s.replicas ?? [])],
      offlineReplicas: [...(s.offlineReplicas ?? [])],
    })),
    liveBrokers: (m.liveBrokers ?? []).map((b) => ({
      id: b.id ?? -1, rack: b.rack ?? '',
      endpoints: (b.endpoints ?? []).map((e) => ({
        host: e.host ?? '', port: e.port ?? 0, listener: e.listener ?? '', securityProtocol: e.securityProtocol ?? 'PLAINTEXT',
      })),
    })),
  };
}

export const updateMetadataCodec: ProtobufCodec<C.UpdateMetadataRequest, C.UpdateMetadataResponse, samsa.v1.IUpdateMetadataRequest, samsa.v1.IUpdateMetadataResponse> = {
  decodeRequest: updateMetadataRequestFrom,
  encodeResponse: (r) => r,
};

export const updateMetadataClientCodec: ProtobufClientCodec<C.UpdateMetadataRequest, C.UpdateMetadataResponse, samsa.v1.IUpdateMetadataRequest, samsa.v1.IUpdateMetadataResponse> = {
  encodeRequest: (r) => r,
  decodeResponse: (m) => ({ errorCode: m.errorCode ?? 0 }),
};

export const stopReplicaCodec: ProtobufCodec<C.StopReplicaRequest, C.StopReplicaResponse, samsa.v1.IStopReplicaRequest, samsa.v1.IStopReplicaResponse> = {
  decodeRequest: (m) => ({
    ...controllerFields(m),
    partitions: (m.partitions ?? []).map((p) => ({
      topic: p.topic ?? '', partition: p.partition ?? 0, leaderEpoch: p.leaderEpoch ?? -1, deletePartition: p.deletePartition ?? false,
    })),
  }),
  encodeResponse: (r) => r,
};

export const stopReplicaClientCodec: ProtobufClientCodec<C.StopReplicaRequest, C.StopReplicaResponse, samsa.v1.IStopReplicaRequest, samsa.v1.IStopReplicaResponse> = {
  encodeRequest: (r) => r,
  decodeResponse: (m) => ({ errorCode: m.errorCode ?? 0, partitionErrors: partitionErrorsFrom(m.partitionErrors) }),
};

export const controlledShutdownCodec: ProtobufCodec<C.ControlledShutdownRequest, C.ControlledShutdownResponse,
  samsa.v1.IControlledShutdownRequest, samsa.v1.IControlledShutdownResponse> = {
  decodeRequest: (m) => ({ brokerId: m.brokerId ?? -1, brokerEpoch: m.brokerEpoch ?? -1 }),
  encodeResponse: (r) => r,
};

export const controlledShutdownClientCodec: ProtobufClientCodec<C.ControlledShutdownRequest, C.ControlledShutdownResponse,
  samsa.v1.IControlledShutdownRequest, samsa.v1.IControlledShutdownResponse> = {
  encodeRequest: (r) => r,
  decodeResponse: (m) => ({
    errorCode: m.errorCode ?? 0,
    remainingPartitions: (m.remainingPartitions ?? []).map((p) => ({ topic: p.topic ?? '', partition: p.partition ?? 0 })),
  }),
};
