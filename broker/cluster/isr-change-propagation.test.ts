import { IsrChangePropagation, isrChangePropagationBlackoutMs, isrChangePropagationMaxDelayMs } from './isr-change-propagation';

describe('ISR change propagation batching', () => {
  it('waits until no change happened for the blackout, then writes one notification for all partitions', async () => {
    const written: { topic: string; partition: number }[][] = [];
    const t0 = 1_000_000;
    const prop = new IsrChangePropagation(async (ps) => { written.push(ps); }, t0);
    expect(await prop.maybePropagate(t0)).toBe(false);
    prop.record('a', 0, t0);
    prop.record('b', 1, t0 + 1_000);
    expect(await prop.maybePropagate(t0 + 1_000 + isrChangePropagationBlackoutMs)).toBe(false);
    expect(await prop.maybePropagate(t0 + 1_001 + isrChangePropagationBlackoutMs)).toBe(true);
    expect(written).toEqual([[{ topic: 'a', partition: 0 }, { topic: 'b', partition: 1 }]]);
    expect(prop.pending).toBe(0);
  });

  it('writes despite continuous churn once the last notification is older than 60 s', async () => {
    const t0 = 1_000_000;
    let writes = 0;
    const prop = new IsrChangePropagation(async () => { writes++; }, t0);
    let now = t0;
    while (now <= t0 + isrChangePropagationMaxDelayMs + 2_500) {
      prop.record('a', 0, now);
      await prop.maybePropagate(now);
      now += 2_500;
    }
    expect(writes).toBe(1);
  });

  it('keeps the changes when the write fails', async () => {
    const prop = new IsrChangePropagation(async () => { throw new Error('zk down'); }, 0);
    prop.record('a', 0, 0);
    await expect(prop.maybePropagate(isrChangePropagationBlackoutMs + 1)).rejects.toThrow('zk down');
    expect(prop.pending).toBe(1);
  });
});
