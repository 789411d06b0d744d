/**
 * Kafka's `ControllerBrokerRequestBatch`: state-machine transitions add per-broker LeaderAndIsr,
 * StopReplica and UpdateMetadata entries; `sendRequestsToBrokers` turns them into one request of
 * each kind per broker (reference §3.10). Every LeaderAndIsr entry also adds its partition to an
 * UpdateMetadata for all live brokers, so metadata caches follow leadership changes.
 */

import type { Logger } from 'pino';
import { ApiKey } from '../../proto/api';
import type * as C from '../api/controller-requests';
import type { LeaderAndIsr } from '../../zk/kafka-zk-client';
import { interBrokerEndpoint, type ControllerChannelManager } from './controller-channel-manager';
import { tpKey, type ControllerContext, type TopicPartition } from './controller-context';

/** Sent in UpdateMetadata for partitions of topics being deleted (Kafka's LeaderDuringDelete). */
export const leaderDuringDelete = -2;
export const noLeader = -1;

export type StopReplicaResponseHandler = (brokerId: number, response: C.StopReplicaResponse, partitions: TopicPartition[]) => void;

interface StopReplicaEntry { tp: TopicPartition; deletePartition: boolean }

export class ControllerBrokerRequestBatch {
  private readonly leaderAndIsr = new Map<number, Map<string, C.LeaderAndIsrPartitionState>>();
  private readonly stopReplica = new Map<number, Map<string, StopReplicaEntry>>();
  private readonly updateMetadataBrokers = new Set<number>();
  private readonly updateMetadataPartitions = new Map<string, TopicPartition>();

  constructor(
    private readonly ctx: ControllerContext,
    private readonly channel: ControllerChannelManager,
    private readonly opts: { controllerId: number; interBrokerListenerName: string; logger: Logger; onStopReplicaResponse: StopReplicaResponseHandler },
  ) {}

  /** Asserts that the previous batch was sent: entries must never leak into an unrelated batch. */
  newBatch(): void {
    if (this.leaderAndIsr.size > 0 || this.stopReplica.size > 0 || this.updateMetadataBrokers.size > 0) {
      throw new Error('assertion failed: controller request batch started while the previous one is unsent');
    }
  }

  clear(): void {
    this.leaderAndIsr.clear();
    this.stopReplica.clear();
    this.updateMetadataBrokers.clear();
    this.updateMetadataPartitions.clear();
  }

  addLeaderAndIsrRequestForBrokers(brokerIds: Iterable<number>, tp: TopicPartition, lai: LeaderAndIsr, replicas: number[], isNew: boolean): void {
    for (const brokerId of brokerIds) {
      if (brokerId < 0) continue;
      let states = this.leaderAndIsr.get(brokerId);
      if (!states) this.leaderAndIsr.set(brokerId, (states = new Map()));
      const previous = states.get(tpKey(tp));
      states.set(tpKey(tp), {
        topic: tp.topic, partition: tp.partition, controllerEpoch: lai.controllerEpoch, leader: lai.leader,
        leaderEpoch: lai.leaderEpoch, isr: lai.isr, zkVersion: lai.zkVersion, replicas,
        addingReplicas: this.ctx.partitionReassignment(tp)?.adding ?? [], removingReplicas: this.ctx.partitionReassignment(tp)?.removing ?? [],
        isNew: isNew || previous?.isNew === true,
      });
    }
    this.addUpdateMetadataRequestForBrokers(this.ctx.liveBrokerIds(), [tp]);
  }

  addStopReplicaRequestForBrokers(brokerIds: Iterable<number>, tp: TopicPartition, deletePartition: boolean): void {
    for (const brokerId of brokerIds) {
      if (brokerId < 0) continue;
      let entries = this.stopReplica.get(brokerId);
      if (!entries) this.stopReplica.set(brokerId, (entries = new Map()));
      const previous = entries.get(tpKey(tp));
      entries.set(tpKey(tp), { tp, deletePartition: deletePartition || previous?.deletePartition === true });
    }
  }

  /** An empty partition list sends the live-broker list only. */
  addUpdateMetadataRequestForBrokers(brokerIds: Iterable<number>, partitions: TopicPartition[]): void {
    for (const id of brokerIds) this.updateMetadataBrokers.add(id);
    for (const tp of partitions) this.updateMetadataPartitions.set(tpKey(tp), tp);
  }

  sendRequestsToBrokers(): void {
    try {
      this.sendLeaderAndIsrRequests();
      this.sendUpdateMetadataRequests();
      this.sendStopReplicaRequests();
    } finally {
      this.clear();
    }
  }

  private sendLeaderAndIsrRequests(): void {
    for (const [brokerId, states] of this.leaderAndIsr) {
      const broker = this.ctx.liveBroker(brokerId);
      if (!broker) continue;
      const partitionStates = [...states.values()];
      const leaderIds = new Set(partitionStates.map((s) => s.leader));
      const liveLeaders = this.ctx.liveBrokerList().filter((b) => leaderIds.has(b.id)).flatMap((b) => {
        const endpoint = interBrokerEndpoint(b, this.opts.interBrokerListenerName);
        return endpoint ? [{ brokerId: b.id, host: endpoint.host, port: endpoint.port }] : [];
      });
      const body: C.LeaderAndIsrRequest = { ...this.header(broker.epoch), partitionStates, liveLeaders };
      this.opts.logger.debug({ targetBrokerId: brokerId, partitions: partitionStates.length }, 'sending LeaderAndIsr');
      this.channel.sendRequest(brokerId, { apiKey: ApiKey.LeaderAndIsr, body });
    }
  }

  private sendUpdateMetadataRequests(): void {
    if (this.updateMetadataBrokers.size === 0) return;
    const partitionStates = [...this.updateMetadataPartitions.values()].flatMap((tp) => this.updateMetadataState(tp));
    const liveBrokers = this.ctx.liveBrokerList().map((b) => ({
      id: b.id,
      rack: b.rack ?? '',
      endpoints: b.endpoints.map((e) => ({ host: e.host, port: e.port, listener: e.listenerName, securityProtocol: e.securityProtocol })),
    }));
    for (const brokerId of this.updateMetadataBrokers) {
      const broker = this.ctx.liveBroker(brokerId);
      if (!broker) continue;
      const body: C.UpdateMetadataRequest = { ...this.header(broker.epoch), partitionStates, liveBrokers };
      this.channel.sendRequest(brokerId, { apiKey: ApiKey.UpdateMetadata, body });
    }
  }

  private updateMetadataState(tp: TopicPartition): C.UpdateMetadataPartitionState[] {
    const lai = this.ctx.partitionLeadership(tp);
    if (!lai) return [];
    const replicas = this.ctx.partitionReplicas(tp);
    return [{
      topic: tp.topic, partition: tp.partition, controllerEpoch: lai.controllerEpoch,
      leader: this.ctx.isTopicQueuedForDeletion(tp.topic) ? leaderDuringDelete : lai.leader,
      leaderEpoch: lai.leaderEpoch, isr: lai.isr, zkVersion: lai.zkVersion, replicas,
      offlineReplicas: replicas.filter((id) => !this.ctx.isReplicaOnline(id)),
    }];
  }

  private sendStopReplicaRequests(): void {
    for (const [brokerId, entries] of this.stopReplica) {
      const broker = this.ctx.liveBroker(brokerId);
      if (!broker) continue;
      const list = [...entries.values()];
      const body: C.StopReplicaRequest = {
        ...this.header(broker.epoch),
        partitions: list.map((e) => ({
          topic: e.tp.topic, partition: e.tp.partition, deletePartition: e.deletePartition,
          leaderEpoch: this.ctx.partitionLeadership(e.tp)?.leaderEpoch ?? -1,
        })),
      };
      const deleted = list.filter((e) => e.deletePartition).map((e) => e.tp);
      const onResponse = deleted.length === 0 ? undefined
        : (response: C.StopReplicaResponse) => this.opts.onStopReplicaResponse(brokerId, response, deleted);
      this.channel.sendRequest(brokerId, { apiKey: ApiKey.StopReplica, body, onResponse });
    }
  }

  private header(brokerEpoch: number): { controllerId: number; controllerEpoch: number; brokerEpoch: number } {
    return { controllerId: this.opts.controllerId, controllerEpoch: this.ctx.epoch, brokerEpoch };
  }
}
