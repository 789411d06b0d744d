import { checkExactlyOnce, outputValueFor, type EosHistory, type InputRecord, type OutputRecord } from './eos-checker';

function inputsOf(counts: number[]): Map<number, InputRecord[]> {
  return new Map(counts.map((n, p) => [p, Array.from({ length: n }, (_, o) => ({ offset: o, value: `in-${p}-${o}` }))]));
}

/** A clean run: each input copied once, in order; offsets committed to the end. */
function cleanHistory(counts: number[]): { inputs: Map<number, InputRecord[]>; outputs: Map<number, OutputRecord[]>; committed: Map<number, number> } {
  const inputs = inputsOf(counts);
  const outputs = new Map([...inputs].map(([p, rs]) => [p, rs.map((r, i) => ({ offset: i * 2, value: outputValueFor(p, r) }))]));
  return { inputs, outputs, committed: new Map(counts.map((n, p) => [p, n])) };
}

describe('the exactly-once checker', () => {
  it('passes a clean run', () => {
    const r = checkExactlyOnce(cleanHistory([5, 3, 0]));
    expect(r.valid).toBe(true);
    expect(r.counts).toEqual({ inputs: 8, outputs: 8, committed: 8 });
  });

  it('catches an injected duplicate', () => {
    const h = cleanHistory([5, 3]);
    h.outputs.get(1)!.push({ offset: 99, value: outputValueFor(1, { offset: 1, value: 'in-1-1' }) });
    const r = checkExactlyOnce(h);
    expect(r.valid).toBe(false);
    expect(r.duplicates).toEqual([{ partition: 1, inputOffset: 1, outputOffsets: [2, 99] }]);
  });

  it('catches a lost output below the committed offset', () => {
    const h = cleanHistory([5]);
    h.outputs.set(0, h.outputs.get(0)!.filter((o) => o.offset !== 4));
    expect(checkExactlyOnce(h).lost).toEqual([{ partition: 0, inputOffset: 2 }]);
  });

  it('catches an output whose offsets were not committed with it', () => {
    const h: EosHistory = { ...cleanHistory([5]), committed: new Map([[0, 3]]) };
    const r = checkExactlyOnce(h);
    expect(r.pastCommitted.map((x) => x.inputOffset)).toEqual([3, 4]);
    expect(r.incomplete).toEqual([{ partition: 0, committed: 3, inputEnd: 5 }]);
  });

  it('catches outputs out of input order, in the wrong partition, or with a changed value', () => {
    const h = cleanHistory([3, 2]);
    const p0 = h.outputs.get(0)!;
    [p0[0], p0[1]] = [{ offset: 0, value: p0[1]!.value }, { offset: 2, value: p0[0]!.value }];
    h.outputs.get(1)!.push({ offset: 50, value: outputValueFor(0, { offset: 2, value: 'in-0-2' }) }, { offset: 51, value: 'copy:1:0:forged' });
    const r = checkExactlyOnce(h);
    expect(r.reordered).toEqual([{ partition: 0, outputOffset: 2, inputOffset: 0, previousInputOffset: 1 }]);
    expect(r.unexpected.map((u) => u.outputOffset)).toEqual([50, 51]);
  });
});
