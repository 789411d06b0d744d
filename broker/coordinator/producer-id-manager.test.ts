import { ProducerIdManager, type ProducerIdBlockSource } from './producer-id-manager';

function fakeSource(blockSize: number): ProducerIdBlockSource & { claims: number } {
  let next = 0;
  const source = {
    claims: 0,
    allocateProducerIdBlock: async () => {
      source.claims += 1;
      const blockStart = next;
      next += blockSize;
      await Promise.resolve();
      return { blockStart, blockEnd: blockStart + blockSize - 1 };
    },
  };
  return source;
}

describe('ProducerIdManager', () => {
  it('hands out consecutive ids and claims a new block when one runs out', async () => {
    const source = fakeSource(3);
    const manager = new ProducerIdManager({ brokerId: 1, source, blockSize: 3 });
    const ids: number[] = [];
    for (let i = 0; i < 7; i++) ids.push(await manager.generateProducerId());
    expect(ids).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(source.claims).toBe(3);
  });

  it('shares one block claim between concurrent requests', async () => {
    const source = fakeSource(1000);
    const manager = new ProducerIdManager({ brokerId: 1, source });
    const ids = await Promise.all(Array.from({ length: 10 }, () => manager.generateProducerId()));
    expect(new Set(ids).size).toBe(10);
    expect(source.claims).toBe(1);
  });

  it('surfaces a failed claim and retries on the next request', async () => {
    let fail = true;
    const manager = new ProducerIdManager({
      brokerId: 1,
      source: { allocateProducerIdBlock: () => (fail ? Promise.reject(new Error('zk down')) : Promise.resolve({ blockStart: 5000, blockEnd: 5999 })) },
    });
    await expect(manager.generateProducerId()).rejects.toThrow('zk down');
    fail = false;
    await expect(manager.generateProducerId()).resolves.toBe(5000);
  });
});
