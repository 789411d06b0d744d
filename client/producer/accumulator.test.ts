import { RecordAccumulator, SendHandle, estimateRecordSizeBytes } from './accumulator';

const settings = { acks: -1 as const, timeoutMs: 30000, compression: 0 as const };
const record = (bytes: number) => ({ value: Buffer.alloc(bytes) });

describe('RecordAccumulator', () => {
  it('holds a batch until lingerMs has passed', () => {
    const acc = new RecordAccumulator({ batchSizeBytes: 16384, lingerMs: 5 });
    const handle = new SendHandle();
    acc.append('t', 0, settings, record(10), handle, 1000);
    acc.append('t', 0, settings, record(10), handle, 1002);
    expect(acc.drain(1004)).toEqual([]);
    expect(acc.nextReadyInMs(1004)).toBe(1);
    const ready = acc.drain(1005);
    expect(ready).toHaveLength(1);
    expect(ready[0]!.records).toHaveLength(2);
    expect(acc.isEmpty).toBe(true);
  });

  it('closes a batch as soon as the next record would exceed batchSizeBytes', () => {
    const closed: number[] = [];
    const acc = new RecordAccumulator({ batchSizeBytes: 1000, lingerMs: 10_000, onBatchClosed: (_t, p) => closed.push(p) });
    const handle = new SendHandle();
    const size = estimateRecordSizeBytes(record(300));
    const perBatch = Math.floor(1000 / size);
    for (let i = 0; i < perBatch + 1; i++) acc.append('t', 0, settings, record(300), handle, 0);
    const ready = acc.drain(0);
    expect(ready).toHaveLength(1);
    expect(ready[0]!.records).toHaveLength(perBatch);
    expect(closed).toEqual([0]);
    expect(acc.nextReadyInMs(0)).toBe(10_000);
  });

  it('sends an oversized record alone in its own batch', () => {
    const acc = new RecordAccumulator({ batchSizeBytes: 100, lingerMs: 10_000 });
    acc.append('t', 0, settings, record(500), new SendHandle(), 0);
    expect(acc.drain(0)[0]!.records).toHaveLength(1);
  });

  it('keeps partitions and produce settings in separate batches', () => {
    const acc = new RecordAccumulator({ batchSizeBytes: 16384, lingerMs: 0 });
    const h = new SendHandle();
    acc.append('t', 0, settings, record(1), h, 0);
    acc.append('t', 1, settings, record(1), h, 0);
    acc.append('t', 0, { ...settings, acks: 1 }, record(1), h, 0);
    expect(acc.drain(0)).toHaveLength(3);
  });

  it('makes every batch ready during a flush regardless of linger', () => {
    const acc = new RecordAccumulator({ batchSizeBytes: 16384, lingerMs: 10_000 });
    acc.append('t', 0, settings, record(1), new SendHandle(), 0);
    acc.beginFlush();
    expect(acc.nextReadyInMs(0)).toBe(0);
    expect(acc.drain(0)).toHaveLength(1);
    acc.endFlush();
  });
});

describe('RecordAccumulator with per-send settings', () => {
  const acks1 = { acks: 1 as const, timeoutMs: 30000, compression: 0 as const };

  it('keeps records with other settings in their own batch of the same partition', () => {
    const acc = new RecordAccumulator({ batchSizeBytes: 16384, lingerMs: 10_000 });
    const h = new SendHandle();
    acc.append('t', 0, settings, { value: 'a' }, h, 0);
    acc.append('t', 0, acks1, { value: 'b' }, h, 0);
    acc.append('t', 0, { ...settings }, { value: 'c' }, h, 0);
    acc.append('t', 0, acks1, { value: 'd' }, h, 0);
    acc.beginFlush();
    const batches = acc.drain(0);
    acc.endFlush();
    expect(batches.map((b) => [b.settings.acks, b.records.map((r) => r.value)])).toEqual([[-1, ['a', 'c']], [1, ['b', 'd']]]);
    expect(acc.isEmpty).toBe(true);
  });

  it('appends to the waiting side batch, not a new one, after the partition\'s batch filled', () => {
    const acc = new RecordAccumulator({ batchSizeBytes: 100, lingerMs: 10_000 });
    const h = new SendHandle();
    acc.append('t', 0, settings, record(10), h, 0);
    acc.append('t', 0, acks1, { value: 'first' }, h, 0);
    acc.append('t', 0, settings, record(200), h, 0); // fills and closes the partition's batches
    acc.append('t', 0, acks1, { value: 'second' }, h, 0);
    acc.beginFlush();
    const sideBatches = acc.drain(0).filter((b) => b.settings.acks === 1);
    acc.endFlush();
    expect(sideBatches.map((b) => b.records.map((r) => r.value))).toEqual([['first', 'second']]);
  });
});

describe('SendHandle', () => {
  it('resolves once, with one result per partition, after every batch it joined completes', async () => {
    const acc = new RecordAccumulator({ batchSizeBytes: 16384, lingerMs: 0 });
    const h = new SendHandle();
    acc.append('t', 0, settings, record(1), h, 0);
    acc.append('t', 1, settings, record(1), h, 0);
    h.seal();
    const [b0, b1] = acc.drain(0);
    const meta = (partition: number, baseOffset: number) => ({ topicName: 't', partition, errorCode: 0, baseOffset, logAppendTime: -1, logStartOffset: 0 });
    b0!.complete(meta(0, 10));
    let settled = false;
    void h.promise.then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    b1!.complete(meta(1, 20));
    await expect(h.promise).resolves.toEqual([meta(0, 10), meta(1, 20)]);
  });

  it('settles once when another send interleaves with it in a batch (the batch counts it twice)', async () => {
    // A send that waited for buffer memory can resume after another send appended.
    const acc = new RecordAccumulator({ batchSizeBytes: 16384, lingerMs: 0 });
    const h = new SendHandle();
    const other = new SendHandle();
    acc.append('t', 0, settings, record(1), h, 0);
    acc.append('t', 0, settings, record(1), other, 0);
    acc.append('t', 0, settings, record(1), h, 0);
    acc.append('t', 1, settings, record(1), h, 0);
    h.seal();
    other.seal();
    const [b0, b1] = acc.drain(0);
    expect(b0!.handles).toEqual([h, other, h]);
    const meta = (partition: number, baseOffset: number) => ({ topicName: 't', partition, errorCode: 0, baseOffset, logAppendTime: -1, logStartOffset: 0 });
    let settled = 0;
    void h.promise.then(() => settled++);
    b0!.complete(meta(0, 3));
    await Promise.resolve();
    expect(settled).toBe(0);
    b1!.complete(meta(1, 7));
    await expect(h.promise).resolves.toEqual([meta(0, 3), meta(1, 7)]);
    await expect(other.promise).resolves.toEqual([meta(0, 4)]); // its record is the batch's second
    expect(settled).toBe(1);
  });

  it('rejects when any of its batches fails', async () => {
    const acc = new RecordAccumulator({ batchSizeBytes: 16384, lingerMs: 0 });
    const h = new SendHandle();
    acc.append('t', 0, settings, record(1), h, 0);
    h.seal();
    const err = new Error('boom');
    acc.drain(0)[0]!.fail(err);
    await expect(h.promise).rejects.toBe(err);
  });
});
