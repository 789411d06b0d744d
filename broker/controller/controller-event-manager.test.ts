import pino from 'pino';
import { ControllerEventManager, ControllerEventQueueFullError } from './controller-event-manager';
import { systemClock } from '../clock';

type E = { type: string; n: number };
const logger = pino({ level: 'silent' });

describe('ControllerEventManager', () => {
  it('processes events one at a time in queue order', async () => {
    const log: string[] = [];
    let active = 0;
    const manager = new ControllerEventManager<E>(async (e) => {
      active += 1;
      expect(active).toBe(1);
      log.push(`start ${e.n}`);
      await new Promise((r) => setImmediate(r));
      log.push(`end ${e.n}`);
      active -= 1;
    }, logger, systemClock);
    for (const n of [1, 2, 3]) manager.put({ type: 'x', n });
    await manager.idle();
    expect(log).toEqual(['start 1', 'end 1', 'start 2', 'end 2', 'start 3', 'end 3']);
  });

  it('rejects events beyond the queue bound', async () => {
    let release!: () => void;
    const blocked = new Promise<void>((r) => (release = r));
    const manager = new ControllerEventManager<E>(() => blocked, logger, systemClock, { queueSizeMax: 2 });
    manager.put({ type: 'x', n: 0 }); // taken by the loop at once
    manager.put({ type: 'x', n: 1 });
    manager.put({ type: 'x', n: 2 });
    expect(manager.queueSize).toBe(2);
    expect(() => manager.put({ type: 'x', n: 3 })).toThrow(ControllerEventQueueFullError);
    release();
    await manager.idle();
    expect(manager.queueSize).toBe(0);
  });

  it('keeps processing after a handler throws and reports time in queue', async () => {
    let nowMs = 1_000;
    const seen: number[] = [];
    const manager = new ControllerEventManager<E>(async (e) => {
      seen.push(e.n);
      if (e.n === 1) throw new Error('boom');
    }, logger, { nowMs: () => nowMs });
    manager.put({ type: 'x', n: 1 });
    manager.put({ type: 'x', n: 2 });
    nowMs = 1_250;
    await manager.idle();
    expect(seen).toEqual([1, 2]);
    expect(manager.lastEventQueueTimeMs).toBe(250);
  });

  it('ignores events after shutdown', async () => {
    const seen: number[] = [];
    const manager = new ControllerEventManager<E>(async (e) => void seen.push(e.n), logger, systemClock);
    await manager.shutdown();
    manager.put({ type: 'x', n: 1 });
    await manager.idle();
    expect(seen).toEqual([]);
  });
});
