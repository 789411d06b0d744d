import pino from 'pino';
import { ErrorCode } from '../../proto/errors';
import { ControllerRequestFence, type ControllerRequestFenceOptions } from './controller-request-fence';
import type { ControllerIdentity } from './controller-request-rules';
import { systemClock } from '../clock';

const source = { listenerName: 'PLAINTEXT', clientAddress: '127.0.0.1:1' };

interface Harness {
  fence: ControllerRequestFence;
  reads: () => number;
  setZooKeeper: (state: ControllerIdentity | undefined) => void;
  setBrokerEpoch: (epoch: number) => void;
}

function harness(options: Partial<ControllerRequestFenceOptions> = {}): Harness {
  let zooKeeper: ControllerIdentity | undefined = { controllerId: 2, epoch: 5 };
  let brokerEpoch = 100;
  let reads = 0;
  const fence = new ControllerRequestFence({
    readController: async () => {
      reads += 1;
      await new Promise((resolve) => setImmediate(resolve));
      return zooKeeper;
    },
    brokerEpoch: () => brokerEpoch,
    registrationSettled: async () => undefined,
    logger: pino({ level: 'silent' }), clock: systemClock,
    confirmTimeoutMs: 200, retryBackoffMs: 10, readTimeoutMs: 100,
    ...options,
  });
  return {
    fence, reads: () => reads,
    setZooKeeper: (state) => { zooKeeper = state; },
    setBrokerEpoch: (epoch) => { brokerEpoch = epoch; },
  };
}

describe('ControllerRequestFence', () => {
  it('confirms a new controller once with ZooKeeper, then accepts it without reading', async () => {
    const h = harness();
    expect(await h.fence.check('LeaderAndIsr', { controllerId: 2, controllerEpoch: 5, brokerEpoch: 100 }, source)).toBe(ErrorCode.NONE);
    expect(await h.fence.check('UpdateMetadata', { controllerId: 2, controllerEpoch: 5, brokerEpoch: 100 }, source)).toBe(ErrorCode.NONE);
    expect(h.reads()).toBe(1);
    expect(h.fence.knownController).toEqual({ controllerId: 2, epoch: 5 });
  });

  it('refuses a forged future epoch, keeps the known epoch, and still accepts the real controller', async () => {
    const h = harness();
    await h.fence.check('LeaderAndIsr', { controllerId: 2, controllerEpoch: 5, brokerEpoch: 100 }, source);
    const forged = await h.fence.check('StopReplica', { controllerId: 2, controllerEpoch: 2_000_000, brokerEpoch: 100 }, source);
    expect(forged).toBe(ErrorCode.STALE_CONTROLLER_EPOCH);
    expect(h.fence.knownController).toEqual({ controllerId: 2, epoch: 5 });
    expect(await h.fence.check('LeaderAndIsr', { controllerId: 2, controllerEpoch: 5, brokerEpoch: 100 }, source)).toBe(ErrorCode.NONE);
  });

  it('accepts a newer epoch that ZooKeeper shows only after a few reads (a lagging ZooKeeper server)', async () => {
    const h = harness();
    setTimeout(() => h.setZooKeeper({ controllerId: 3, epoch: 6 }), 30);
    expect(await h.fence.check('LeaderAndIsr', { controllerId: 3, controllerEpoch: 6, brokerEpoch: 100 }, source)).toBe(ErrorCode.NONE);
    expect(h.reads()).toBeGreaterThan(1);
  });

  it('refuses a future broker epoch with STALE_BROKER_EPOCH after waiting for its own registration', async () => {
    let settle: () => void = () => undefined;
    const h = harness({ registrationSettled: () => new Promise<void>((resolve) => { settle = resolve; }) });
    const pending = h.fence.check('LeaderAndIsr', { controllerId: 2, controllerEpoch: 5, brokerEpoch: 101 }, source);
    h.setBrokerEpoch(101);
    settle();
    expect(await pending).toBe(ErrorCode.NONE);
    expect(await h.fence.check('LeaderAndIsr', { controllerId: 2, controllerEpoch: 5, brokerEpoch: 102 }, source)).toBe(ErrorCode.STALE_BROKER_EPOCH);
    expect(await h.fence.check('LeaderAndIsr', { controllerId: 2, controllerEpoch: 5, brokerEpoch: 100 }, source)).toBe(ErrorCode.STALE_BROKER_EPOCH);
  });

  it('shares reads between concurrent requests: one in flight, at most one queued', async () => {
    const h = harness();
    const forged = Array.from({ length: 50 }, (_, i) => h.fence.check('UpdateMetadata', { controllerId: 9, controllerEpoch: 6 + i, brokerEpoch: 100 }, source));
    const codes = await Promise.all(forged);
    expect(new Set(codes)).toEqual(new Set([ErrorCode.STALE_CONTROLLER_EPOCH]));
    // 50 requests retrying for 200 ms: reads are bounded by the read interval (25 ms), not by the requests.
    expect(h.reads()).toBeLessThanOrEqual(200 / 25 + 2);
  });

  it('refuses when ZooKeeper does not answer in time, and when it fails', async () => {
    const slow = harness({ readController: () => new Promise(() => undefined) });
    expect(await slow.fence.check('LeaderAndIsr', { controllerId: 2, controllerEpoch: 5, brokerEpoch: 100 }, source)).toBe(ErrorCode.STALE_CONTROLLER_EPOCH);
    const failing = harness({ readController: async () => { throw new Error('connection loss'); } });
    expect(await failing.fence.check('LeaderAndIsr', { controllerId: 2, controllerEpoch: 5, brokerEpoch: 100 }, source)).toBe(ErrorCode.STALE_CONTROLLER_EPOCH);
    expect(failing.fence.knownController).toBeUndefined();
  });

  it('follows /controller between requests, so that a deposed controller is refused without a read', async () => {
    let onChange: (() => void) | undefined;
    const h = harness({ watchController: async (cb) => { onChange = cb; } });
    h.fence.startWatching();
    await waitUntil(() => h.fence.knownController?.epoch === 5);
    h.setZooKeeper({ controllerId: 3, epoch: 6 });
    onChange!();
    await waitUntil(() => h.fence.knownController?.epoch === 6);
    const readsBefore = h.reads();
    expect(await h.fence.check('LeaderAndIsr', { controllerId: 2, controllerEpoch: 5, brokerEpoch: 100 }, source)).toBe(ErrorCode.STALE_CONTROLLER_EPOCH);
    expect(await h.fence.check('LeaderAndIsr', { controllerId: 3, controllerEpoch: 6, brokerEpoch: 100 }, source)).toBe(ErrorCode.NONE);
    expect(h.reads()).toBe(readsBefore);
    h.fence.stopWatching();
    h.setZooKeeper({ controllerId: 1, epoch: 7 });
    onChange!();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(h.fence.knownController?.epoch).toBe(6);
  });
});

async function waitUntil(condition: () => boolean, timeoutMs = 2_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
