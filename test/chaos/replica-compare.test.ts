/**
 * The replica comparison's self-test: synthetic log dirs (segment files of real batches and a
 * high watermark checkpoint) that agree pass; each kind of divergence below the HW is reported,
 * and divergence above it is not. Starts no cluster.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { BatchField, writeInt64 } from '../../proto/batch-header';
import { encodeRecordBatchUncompressed } from '../../proto/record-batch';
import { compareReplicas, highWatermarkCheckpointFile, type ReplicaSource } from './replica-compare';

const topic = 't';
const segmentName = '00000000000000000000.log';

/** One single-record batch at `offset`; the same (offset, value) gives the same bytes. */
function batchAt(offset: number, value: string): Buffer {
  const batch = encodeRecordBatchUncompressed([{ value }], { nowMs: 1_700_000_000_000 });
  writeInt64(batch, BatchField.baseOffset, offset);
  return batch;
}

function log(values: string[]): Buffer {
  return Buffer.concat(values.map((v, offset) => batchAt(offset, v)));
}

describe('replica comparison', () => {
  let root: string;

  beforeEach(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'samsa-replica-compare-'));
  });

  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  async function replica(brokerId: number, segment: Buffer, highWatermark?: number): Promise<ReplicaSource> {
    const logDir = path.join(root, `broker-${brokerId}`);
    await mkdir(path.join(logDir, `${topic}-0`), { recursive: true });
    await writeFile(path.join(logDir, `${topic}-0`, segmentName), segment);
    if (highWatermark !== undefined) await writeFile(path.join(logDir, highWatermarkCheckpointFile), `0\n1\n${topic} 0 ${highWatermark}\n`);
    return { brokerId, logDir };
  }

  it('passes identical replicas, and ignores a divergent tail above the high watermark', async () => {
    const a = await replica(1, log(['a', 'b', 'c', 'd']), 3);
    const b = await replica(2, log(['a', 'b', 'c', 'x']), 3);
    const c = await replica(3, log(['a', 'b', 'c']));
    const result = await compareReplicas([a, b, c], topic, 0);
    expect(result).toMatchObject({ highWatermark: 3, identical: true, differences: [] });
  });

  it('reports a replica whose bytes differ below the high watermark', async () => {
    const a = await replica(1, log(['a', 'b', 'c']), 3);
    const b = await replica(2, log(['a', 'X', 'c']), 3);
    const result = await compareReplicas([a, b], topic, 0);
    expect(result.identical).toBe(false);
    expect(result.differences).toHaveLength(1);
    expect(result.differences[0]).toMatch(/^broker 1 batch #1 .* vs broker 2 /);
  });

  it('reports a replica whose log ends below the high watermark', async () => {
    const a = await replica(1, log(['a', 'b', 'c']), 3);
    const b = await replica(2, log(['a', 'b']));
    const result = await compareReplicas([a, b], topic, 0);
    expect(result.differences).toContain('broker 2 log ends at 2, below the HW 3');
  });

  it('reports a replica with a batch missing in the middle', async () => {
    const a = await replica(1, log(['a', 'b', 'c']), 3);
    const b = await replica(2, Buffer.concat([batchAt(0, 'a'), batchAt(2, 'c')]), 3);
    const result = await compareReplicas([a, b], topic, 0);
    expect(result.identical).toBe(false);
    expect(result.differences[0]).toMatch(/batch #1/);
  });

  it('compares up to a higher floor than a stale checkpoint', async () => {
    const a = await replica(1, log(['a', 'b', 'c']), 1);
    const b = await replica(2, log(['a', 'b', 'X']), 1);
    expect((await compareReplicas([a, b], topic, 0)).identical).toBe(true);
    const withFloor = await compareReplicas([a, b], topic, 0, 3);
    expect(withFloor.highWatermark).toBe(3);
    expect(withFloor.identical).toBe(false);
  });
});
