/**
 * The fuzzer's own checker, tested on the batches it generates: every lying case must be
 * flagged as if a broker had stored it, and every valid case must pass. Without this, a
 * fuzzer that reports "nothing invalid stored" could be a checker that sees nothing.
 */

import { BatchField, writeInt64 } from '../../proto/batch-header';
import { encodeEndTxnMarkerBatch } from '../../proto/control-records';
import { encodeRecordBatch } from '../../proto/record-batch';
import { batchCaseNames, batchCases, isValidCase, validSpec } from './batch-gen';
import { Rng } from './rng';
import { checkStoredBatches } from './stored-batch-check';

const seedsPerCase = 25;
/** The bomb case decompresses 32 MiB per seed. */
const seedsForBomb = 2;
const nowMs = 1_700_000_000_000;

/** What a broker that trusts the header stores: the bytes as sent, with an offset stamped. */
function asStored(batch: Buffer, baseOffset: number): Buffer {
  const stored = Buffer.from(batch);
  if (stored.length >= 8) writeInt64(stored, BatchField.baseOffset, baseOffset);
  return stored;
}

describe('the strict stored-batch checker', () => {
  test.each(batchCaseNames)('case %s', async (name) => {
    for (let seed = 0; seed < (name === 'compressed-bomb' ? seedsForBomb : seedsPerCase); seed++) {
      const rng = new Rng(seed);
      const batch = batchCases[name]!(rng, validSpec(rng, nowMs));
      const walk = await checkStoredBatches(asStored(batch, 100), { expectedOffset: 100, logAppendTime: false, endsAtLogEnd: true });
      if (isValidCase(name)) expect({ seed, problems: walk.problems }).toEqual({ seed, problems: [] });
      else expect({ seed, flagged: walk.problems.length > 0 }).toEqual({ seed, flagged: true });
    }
  });

  test('batches from the producers encoder pass, including a log of several', async () => {
    const one = await encodeRecordBatch([{ key: 'k', value: 'v' }, { key: null, value: 'w', timestamp: nowMs + 5 }], { nowMs });
    const two = await encodeRecordBatch([{ key: null, value: 'x' }], { nowMs, compression: 1 });
    const log = Buffer.concat([asStored(one, 0), asStored(two, 2)]);
    const walk = await checkStoredBatches(log, { expectedOffset: 0, logAppendTime: false, endsAtLogEnd: true });
    expect(walk).toEqual({ problems: [], batches: 2, nextOffset: 3, canContinue: true });
  });

  test('an incomplete last batch is a cut when the fetch was size-limited, stored garbage when not', async () => {
    const rng = new Rng(2);
    const batch = asStored(batchCases.valid!(rng, validSpec(rng, nowMs, 2)), 0);
    const cut = Buffer.concat([batch, asStored(batch, 2).subarray(0, 70)]);
    expect((await checkStoredBatches(cut, { expectedOffset: 0, logAppendTime: false, endsAtLogEnd: false })).problems).toEqual([]);
    const stored = await checkStoredBatches(cut, { expectedOffset: 0, logAppendTime: false, endsAtLogEnd: true });
    expect(stored.problems.map((p) => p.rule)).toEqual(['framing']);
  });

  test('a hole between batches and a LogAppendTime bit on a CreateTime topic are flagged', async () => {
    const rng = new Rng(1);
    const batch = batchCases.valid!(rng, validSpec(rng, nowMs, 2));
    const walk = await checkStoredBatches(Buffer.concat([asStored(batch, 0), asStored(batch, 5)]), { expectedOffset: 0, logAppendTime: true, endsAtLogEnd: true });
    expect(walk.problems.map((p) => p.rule).sort()).toEqual(['offsets', 'timestamp-type', 'timestamp-type']);
  });

  test('a transactional batch and a transaction marker pass; a marker that is not one is flagged', async () => {
    const data = await encodeRecordBatch([{ key: 'k', value: 'v' }], { nowMs, producerId: 7, producerEpoch: 0, baseSequence: 0, isTransactional: true });
    const marker = encodeEndTxnMarkerBatch({ producerId: 7, producerEpoch: 0, coordinatorEpoch: 3, committed: true, nowMs });
    const good = await checkStoredBatches(Buffer.concat([asStored(data, 0), asStored(marker, 1)]), { expectedOffset: 0, logAppendTime: false, endsAtLogEnd: true });
    expect(good.problems).toEqual([]);
    const fakeMarker = await encodeRecordBatch([{ key: 'k', value: 'v' }], { nowMs, producerId: 7, producerEpoch: 0, isTransactional: true, isControl: true });
    const bad = await checkStoredBatches(asStored(fakeMarker, 0), { expectedOffset: 0, logAppendTime: false, endsAtLogEnd: true });
    expect(bad.problems.map((p) => p.rule)).toContain('control');
    const anonymous = await encodeRecordBatch([{ key: 'k', value: 'v' }], { nowMs, isTransactional: true });
    const noProducer = await checkStoredBatches(asStored(anonymous, 0), { expectedOffset: 0, logAppendTime: false, endsAtLogEnd: true });
    expect(noProducer.problems.map((p) => p.rule)).toEqual(['attributes']);
  });
});

