/**
 * Whether a broker believes a controller request (LeaderAndIsr, UpdateMetadata, StopReplica).
 * Until the inter-broker protocol is authenticated anyone who can reach a listener can send one,
 * so the fields that say who sent it are checked against ZooKeeper, the only authority on who the
 * controller is (DESIGN.md §4): the sender must be the broker /controller names, at the epoch
 * /controller_epoch holds, addressing this broker's current registration (KIP-380 broker epoch).
 *
 * Kafka adopts any controller epoch that is not older than the one it knows; here a newer epoch is
 * never taken on the request's word: it is confirmed by a fresh ZooKeeper read first. Otherwise one
 * forged request with an inflated epoch would lock the real controller out until restart.
 *
 * Pure functions over data; the ZooKeeper read and its bounds live in ControllerRequestFence.
 */

import { ErrorCode } from '../../proto/errors';

/** A controller as ZooKeeper names it: /controller's broker id and /controller_epoch. */
export interface ControllerIdentity {
  controllerId: number;
  epoch: number;
}

/** The request-level fields every controller request carries (proto/control.proto). */
export interface ControllerRequestHeader {
  controllerId: number;
  controllerEpoch: number;
  brokerEpoch: number;
}

export type FenceDecision =
  | { kind: 'accept' }
  | { kind: 'refuse'; errorCode: number; reason: string }
  /** Nothing known locally settles it: read ZooKeeper, then apply `checkAgainstZooKeeper`. */
  | { kind: 'askZooKeeper' }
  /** ZooKeeper's answer is older than the request: the server this broker reads may lag; read again. */
  | { kind: 'zooKeeperBehind' };

function refuse(errorCode: number, reason: string): FenceDecision {
  return { kind: 'refuse', errorCode, reason };
}

/**
 * The first look, without ZooKeeper. `known` is the last controller ZooKeeper confirmed (undefined
 * before the first confirmation); `currentBrokerEpoch` is the czxid of this broker's registration
 * (-1 while unregistered). Only a request from exactly the known controller at the known epoch is
 * accepted here; an older epoch keeps its usual refusal; anything else needs ZooKeeper.
 */
export function checkAgainstKnownController(
  known: ControllerIdentity | undefined, request: ControllerRequestHeader, currentBrokerEpoch: number,
): FenceDecision {
  if (request.brokerEpoch !== currentBrokerEpoch) {
    const which = request.brokerEpoch < currentBrokerEpoch ? 'an earlier' : 'an unknown';
    return refuse(ErrorCode.STALE_BROKER_EPOCH,
      `broker epoch ${request.brokerEpoch} names ${which} registration of this broker (current ${currentBrokerEpoch})`);
  }
  if (known === undefined) return { kind: 'askZooKeeper' };
  if (request.controllerEpoch < known.epoch) {
    return refuse(ErrorCode.STALE_CONTROLLER_EPOCH, `controller epoch ${request.controllerEpoch} is older than ${known.epoch}`);
  }
  if (request.controllerEpoch === known.epoch && request.controllerId === known.controllerId) return { kind: 'accept' };
  return { kind: 'askZooKeeper' };
}

/**
 * The second look, against ZooKeeper's answer read after the request arrived (undefined when
 * /controller_epoch does not exist; controllerId -1 when /controller does not).
 */
export function checkAgainstZooKeeper(zooKeeper: ControllerIdentity | undefined, request: ControllerRequestHeader): FenceDecision {
  if (zooKeeper === undefined) return refuse(ErrorCode.STALE_CONTROLLER_EPOCH, 'ZooKeeper holds no controller epoch');
  if (request.controllerEpoch > zooKeeper.epoch) return { kind: 'zooKeeperBehind' };
  if (request.controllerEpoch < zooKeeper.epoch) {
    return refuse(ErrorCode.STALE_CONTROLLER_EPOCH, `controller epoch ${request.controllerEpoch} is older than ZooKeeper's ${zooKeeper.epoch}`);
  }
  if (request.controllerId !== zooKeeper.controllerId) {
    return refuse(ErrorCode.STALE_CONTROLLER_EPOCH,
      `broker ${request.controllerId} is not the controller: ZooKeeper names ${zooKeeper.controllerId} at epoch ${zooKeeper.epoch}`);
  }
  return { kind: 'accept' };
}

/**
 * The controller to remember after a ZooKeeper read: the known epoch only moves forward, and only
 * to ZooKeeper's. An epoch with no /controller is remembered too (id -1), so that the deposed
 * controller's requests are refused.
 */
export function nextKnownController(known: ControllerIdentity | undefined, zooKeeper: ControllerIdentity | undefined): ControllerIdentity | undefined {
  if (zooKeeper === undefined) return known;
  if (known === undefined || zooKeeper.epoch > known.epoch) return { ...zooKeeper };
  // Within one epoch the id can only go from the controller to none: its ephemeral /controller
  // vanished with its session (or it resigned), so it is no longer believed.
  if (zooKeeper.epoch === known.epoch && zooKeeper.controllerId !== known.controllerId) return { ...zooKeeper };
  return known;
}
