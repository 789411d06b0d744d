import { ApiKey } from '../../proto/api';
import { buildBatch, stampOffsets } from '../../test/support/log-batches';
import type { Cluster } from '../cluster/cluster';
import { SamsaConnectionError } from '../errors';
import { createLogger } from '../logger';
import { decodeFetched } from './corrupt-batch';
import type { FetchedChunk } from './fetch-buffer';
import { Fetcher, positionAfterBatches, type FetchContext } from './fetcher';
import { IsolationLevel } from './read-committed';
import { PartitionState, recordsFromPosition, type SubscriptionState } from './subscription-state';

function batchAt(offset: number, count: number): Buffer {
  const batch = buildBatch({ recordCount: count, payloadBytes: 40 * count });
  stampOffsets(batch, offset, 0);
  return batch;
}

describe('positionAfterBatches (the next fetch position, from batch headers alone)', () => {
  it('is the position decoding would give: past every whole batch, a partial last batch left for the next fetch', async () => {
    const whole = Buffer.concat([batchAt(10, 3), batchAt(13, 2), batchAt(20, 4)]);
    const cases = [
      { buf: whole, fetchOffset: 10 },
      { buf: whole, fetchOffset: 11 }, // mid-batch: the broker returns the whole batch holding it
      { buf: Buffer.concat([whole, batchAt(24, 5).subarray(0, 70)]), fetchOffset: 10 },
      { buf: batchAt(30, 2).subarray(0, 40), fetchOffset: 30 },
    ];
    for (const { buf, fetchOffset } of cases) {
      const { batches } = await decodeFetched(buf, fetchOffset);
      expect(positionAfterBatches(buf, fetchOffset)).toBe(recordsFromPosition(batches, fetchOffset).nextPosition);
    }
    expect(positionAfterBatches(whole, 10)).toBe(24);
  });

  it('gives up on a header whose size cannot be a batch, so the decoder reports it first', () => {
    const bad = batchAt(0, 1);
    bad.writeInt32BE(3, 8); // batchLength below the header's own size
    expect(positionAfterBatches(Buffer.concat([batchAt(0, 1), bad]), 0)).toBeUndefined();
  });
});

describe('Fetcher pipelining', () => {
  it('still delivers a fetched response when the step after it fails (its position had already moved past it)', async () => {
    const p0 = new PartitionState('t', 0);
    p0.seek(0);
    const p1 = new PartitionState('t', 1);
    p1.seek(0);
    p1.paused = true;
    const pushed: FetchedChunk[] = [];
    let fetches = 0;
    let running = true;
    const cluster = {
      options: { requestTimeoutMs: 1_000 },
      metadata: { partition: () => ({ leader: 1, leaderEpoch: 0 }) },
      refreshMetadata: () => Promise.resolve(),
      sendToBroker: async (_broker: number, apiKey: number) => {
        if (apiKey !== ApiKey.Fetch) throw new SamsaConnectionError('connection refused'); // p1's ListOffsets
        fetches += 1;
        if (fetches > 1) {
          await new Promise((r) => setTimeout(r, 10));
          return { topics: [] };
        }
        // While p0's records are on their way, p1 comes to need a ListOffsets, which will fail.
        p1.requestReset({ kind: 'earliest' });
        p1.paused = false;
        return { topics: [{ name: 't', partitions: [{ partition: 0, errorCode: 0, highWatermark: 3, logStartOffset: 0, records: batchAt(0, 3) }] }] };
      },
    } as unknown as Cluster;
    const ctx: FetchContext = {
      cluster,
      subscriptions: { assigned: () => [p0, p1], resetTargetForOutOfRange: () => undefined } as unknown as SubscriptionState,
      buffer: { waitForSpace: () => Promise.resolve(), push: (c: FetchedChunk) => pushed.push(c) } as unknown as FetchContext['buffer'],
      config: { minBytes: 1, maxBytes: 1 << 20, maxBytesPerPartition: 1 << 20, maxWaitTimeMs: 10, retryBackoffMs: 10, isolationLevel: IsolationLevel.ReadUncommitted },
      logger: createLogger({ clientId: 'test', logLevel: 'silent' }),
      isRunning: () => running,
      changed: (ms) => new Promise((r) => setTimeout(r, ms)),
    };
    const fetcher = new Fetcher(1, ctx);
    try {
      for (let i = 0; i < 200 && pushed.length === 0; i++) await new Promise((r) => setTimeout(r, 5));
      expect(pushed).toEqual([expect.objectContaining({ kind: 'records', nextPosition: 3 })]);
      expect((pushed[0] as { records: unknown[] }).records).toHaveLength(3);
    } finally {
      running = false;
      fetcher.stop();
      await fetcher.done;
    }
  });
});
