import { ErrorCode } from '../../proto/errors';
import {
  checkAgainstKnownController, checkAgainstZooKeeper, type ControllerIdentity, type ControllerRequestHeader,
  type FenceDecision, nextKnownController,
} from './controller-request-rules';

const brokerEpoch = 4_294_967_400;
const known: ControllerIdentity = { controllerId: 2, epoch: 5 };

function request(controllerId: number, controllerEpoch: number, epochOfBroker = brokerEpoch): ControllerRequestHeader {
  return { controllerId, controllerEpoch, brokerEpoch: epochOfBroker };
}

/** The whole rule: the first look, then ZooKeeper's answer when the first look cannot settle it. */
function decide(k: ControllerIdentity | undefined, zooKeeper: ControllerIdentity | undefined, r: ControllerRequestHeader): FenceDecision {
  const first = checkAgainstKnownController(k, r, brokerEpoch);
  return first.kind === 'askZooKeeper' ? checkAgainstZooKeeper(zooKeeper, r) : first;
}

function codeOf(d: FenceDecision): number | string {
  return d.kind === 'refuse' ? d.errorCode : d.kind;
}

describe('controller request acceptance', () => {
  it.each([
    ['the known controller at the known epoch, without asking ZooKeeper', known, undefined, request(2, 5), 'accept'],
    ['an older controller epoch, whatever ZooKeeper says', known, { controllerId: 7, epoch: 4 }, request(7, 4), ErrorCode.STALE_CONTROLLER_EPOCH],
    ['a newer epoch ZooKeeper confirms for that controller', known, { controllerId: 3, epoch: 6 }, request(3, 6), 'accept'],
    ['the first request after startup, confirmed by ZooKeeper', undefined, { controllerId: 2, epoch: 5 }, request(2, 5), 'accept'],
    ['a newer epoch than ZooKeeper holds: ZooKeeper may lag, read again', known, { controllerId: 2, epoch: 5 }, request(2, 9_999), 'zooKeeperBehind'],
    ['ZooKeeper\'s epoch claimed by a broker ZooKeeper does not name', known, { controllerId: 3, epoch: 6 }, request(1, 6), ErrorCode.STALE_CONTROLLER_EPOCH],
    ['the known epoch claimed by another broker', known, { controllerId: 2, epoch: 5 }, request(1, 5), ErrorCode.STALE_CONTROLLER_EPOCH],
    ['an epoch ZooKeeper has moved past', undefined, { controllerId: 3, epoch: 8 }, request(2, 7), ErrorCode.STALE_CONTROLLER_EPOCH],
    ['any epoch when ZooKeeper names no controller', known, { controllerId: -1, epoch: 6 }, request(2, 6), ErrorCode.STALE_CONTROLLER_EPOCH],
    ['any request before ZooKeeper holds a controller epoch', undefined, undefined, request(1, 1), ErrorCode.STALE_CONTROLLER_EPOCH],
  ] as const)('%s', (_name, k, zooKeeper, r, expected) => {
    expect(codeOf(decide(k, zooKeeper, r))).toBe(expected);
  });

  it.each([
    ['an earlier incarnation', brokerEpoch - 1],
    ['a future incarnation', brokerEpoch + 1_000_000],
    ['no incarnation at all (0, proto3\'s default)', 0],
    ['-1', -1],
  ])('refuses a broker epoch naming %s with STALE_BROKER_EPOCH, even from the known controller', (_name, epochOfBroker) => {
    const d = checkAgainstKnownController(known, request(2, 5, epochOfBroker), brokerEpoch);
    expect(codeOf(d)).toBe(ErrorCode.STALE_BROKER_EPOCH);
  });

  it('refuses every broker epoch while this broker is not registered', () => {
    expect(codeOf(checkAgainstKnownController(known, request(2, 5, 12), -1))).toBe(ErrorCode.STALE_BROKER_EPOCH);
  });
});

describe('the known controller', () => {
  it('moves only forward and only to what ZooKeeper says', () => {
    expect(nextKnownController(undefined, { controllerId: 1, epoch: 3 })).toEqual({ controllerId: 1, epoch: 3 });
    expect(nextKnownController(known, { controllerId: 3, epoch: 6 })).toEqual({ controllerId: 3, epoch: 6 });
    expect(nextKnownController(known, { controllerId: 1, epoch: 4 })).toBe(known);
    expect(nextKnownController(known, undefined)).toBe(known);
  });

  it('forgets a controller whose /controller vanished, and refuses it after a fresh read', () => {
    const next = nextKnownController(known, { controllerId: -1, epoch: 5 });
    expect(next).toEqual({ controllerId: -1, epoch: 5 });
    expect(codeOf(decide(next, { controllerId: -1, epoch: 5 }, request(2, 5)))).toBe(ErrorCode.STALE_CONTROLLER_EPOCH);
  });

  it('remembers a newer epoch without a controller, so that the deposed controller is refused as stale', () => {
    const next = nextKnownController(known, { controllerId: -1, epoch: 6 });
    expect(next).toEqual({ controllerId: -1, epoch: 6 });
    expect(codeOf(checkAgainstKnownController(next, request(2, 5), brokerEpoch))).toBe(ErrorCode.STALE_CONTROLLER_EPOCH);
  });
});
