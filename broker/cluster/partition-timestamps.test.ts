/**
 * ListOffsets by timestamp through a leader Partition over a real Log (its time index), so that
 * the answer comes from the records' timestamps and the fetchable end, not from a fake.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nodeFileSystem } from '../log/file-system';
import { Log } from '../log/log';
import { logConfigDefaults } from '../config';
import { Partition } from './partition';
import { buildBatch } from '../../test/support/log-batches';
import { systemClock } from '../clock';

const localBrokerId = 1;
let root: string;
let log: Log;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'samsa-partition-ts-'));
  log = await Log.load({ clock: systemClock, fileSystem: nodeFileSystem, dir: join(root, 't-0'), topic: 't', partition: 0, config: logConfigDefaults, cleanShutdown: true });
});

afterEach(async () => {
  await log.close();
  await rm(root, { recursive: true, force: true });
});

/** A leader of [1, 2] holding one 2-record batch per timestamp, 10_000, 10_100, ...; follower 2 has fetched up to `hw`. */
async function leaderWithBatches(count: number, hw: number): Promise<Partition> {
  const p = new Partition('t', 0, log, { localBrokerId, replicaLagTimeMaxMs: 30_000, clock: systemClock });
  p.makeLeader({ controllerEpoch: 1, leader: localBrokerId, leaderEpoch: 0, isr: [1, 2], zkVersion: 0, replicas: [1, 2] }, 0);
  for (let i = 0; i < count; i++) {
    const ts = 10_000 + i * 100;
    await p.appendRecordsToLeader(buildBatch({ recordCount: 2, firstTimestamp: ts, maxTimestamp: ts }), 1, 0);
  }
  p.updateFollowerFetchState(2, hw, 0, 1);
  return p;
}

describe('Partition.fetchOffsetForTimestamp over a real Log', () => {
  it('answers the first batch at or after the timestamp while it is below the high watermark', async () => {
    const p = await leaderWithBatches(5, 6);
    expect(p.highWatermark).toBe(6);
    expect(await p.fetchOffsetForTimestamp(10_150, -1, -1)).toEqual({ offset: 4, timestamp: 10_200, leaderEpoch: 0 });
    expect(await p.fetchOffsetForTimestamp(0, -1, -1)).toEqual({ offset: 0, timestamp: 10_000, leaderEpoch: 0 });
  });

  it('answers -1 for a timestamp found only past the high watermark (consumers) or past every record', async () => {
    const p = await leaderWithBatches(5, 6);
    expect(await p.fetchOffsetForTimestamp(10_300, -1, -1)).toEqual({ offset: -1, timestamp: -1, leaderEpoch: -1 });
    expect(await p.fetchOffsetForTimestamp(10_300, -1, 2)).toEqual({ offset: 6, timestamp: 10_300, leaderEpoch: 0 });
    expect(await p.fetchOffsetForTimestamp(99_000, -1, 2)).toEqual({ offset: -1, timestamp: -1, leaderEpoch: -1 });
  });
});
