import { forEachBounded, mapBounded } from './bounded-concurrency';

const inFlightMax = 10;

/** A work function whose calls finish when the test says, recording how many ran at once. */
function gatedWork() {
  const waiting: Array<() => void> = [];
  let running = 0;
  let runningMax = 0;
  const started: number[] = [];
  const work = async (item: number): Promise<number> => {
    started.push(item);
    running++;
    runningMax = Math.max(runningMax, running);
    await new Promise<void>((resolve) => waiting.push(resolve));
    running--;
    if (item < 0) throw new Error(`item ${item} failed`);
    return item * 2;
  };
  const releaseAll = async (): Promise<void> => {
    while (waiting.length > 0) {
      for (const resolve of waiting.splice(0)) resolve();
      await new Promise((r) => setImmediate(r));
    }
  };
  return { work, started, releaseAll, runningMax: () => runningMax, waitingCount: () => waiting.length };
}

const flush = (): Promise<void> => new Promise((r) => setImmediate(r));

describe('forEachBounded', () => {
  it('keeps the bound\'s worth of items running at once, not one', async () => {
    const items = Array.from({ length: 35 }, (_, i) => i);
    const gate = gatedWork();
    const done = mapBounded(items, inFlightMax, gate.work);
    await flush();
    expect(gate.waitingCount()).toBe(inFlightMax);
    await gate.releaseAll();
    expect(await done).toEqual(items.map((i) => i * 2));
    expect(gate.runningMax()).toBe(inFlightMax);
    expect(gate.started).toEqual(items);
  });

  it('starts nothing after the first failure, lets the running finish, then throws that failure', async () => {
    const items = [0, 1, -2, 3, 4, 5, 6, 7];
    const gate = gatedWork();
    const done = forEachBounded(items, 3, async (item) => void (await gate.work(item)));
    const outcome = done.then(() => undefined, (err: Error) => err);
    await flush();
    expect(gate.started).toEqual([0, 1, -2]);
    await gate.releaseAll();
    expect((await outcome)?.message).toBe('item -2 failed');
    // 0 and 1 finished first and their lanes took 3 and 4; nothing started after the failure.
    expect(gate.started).toEqual([0, 1, -2, 3, 4]);
  });

  it('does nothing for no items', async () => {
    const work = jest.fn(async () => undefined);
    await forEachBounded([], inFlightMax, work);
    expect(work).not.toHaveBeenCalled();
  });
});
