import { samsa } from './generated/samsa';
import { type ConsumerRecord, type ProducerRecord, decodeRecordSet, encodeRecordSet } from './records-codec';

const RecordSet = samsa.v1.RecordSet;

const cases: ProducerRecord[] = [
  { key: 'k0', value: 'v0', timestamp: 1_000 },
  { key: null, value: Buffer.alloc(0), timestamp: 990 }, // negative delta, empty value
  { key: Buffer.alloc(0), value: null, timestamp: 1_000 + 2 ** 40 }, // empty key, null value, huge delta
  { value: 'ünïcödé', timestamp: 1_000, headers: [{ key: 'h1', value: Buffer.from([1, 2]) }, { key: '', value: null }] },
  { key: 'k4', value: 'x'.repeat(300), timestamp: 1_000 - 2 ** 35, headers: { a: 'α', b: null, c: Buffer.alloc(0) } },
];

function toBuffer(data: Buffer | string | null | undefined): Buffer | null {
  if (data === null || data === undefined) return null;
  return typeof data === 'string' ? Buffer.from(data) : data;
}

function headerList(headers: ProducerRecord['headers']): { key: string; value: Buffer | null }[] {
  if (headers === undefined) return [];
  if (Array.isArray(headers)) return headers.map((h) => ({ key: h.key, value: toBuffer(h.value) }));
  return Object.entries(headers).map(([key, value]) => ({ key, value: toBuffer(value) }));
}

function bytesOrNull(data: Uint8Array | null | undefined): Buffer | null {
  return data === null || data === undefined ? null : Buffer.from(data);
}

/** The same records as protobufjs message objects, leaving null fields absent. */
function asGeneratedMessage(records: ProducerRecord[], firstTimestamp: number): samsa.v1.IRecordSet {
  return {
    records: records.map((r, i) => {
      const m: samsa.v1.IRecord = { timestampDelta: (r.timestamp ?? 0) - firstTimestamp, offsetDelta: i };
      const key = toBuffer(r.key);
      const value = toBuffer(r.value);
      if (key !== null) m.key = key;
      if (value !== null) m.value = value;
      m.headers = headerList(r.headers).map((h) => (h.value === null ? { key: h.key } : { key: h.key, value: h.value }));
      return m;
    }),
  };
}

function decodeAll(data: Buffer, baseOffset = 0, firstTimestamp = 1_000): ConsumerRecord[] {
  const out: ConsumerRecord[] = [];
  decodeRecordSet(data, 0, data.length, { baseOffset, firstTimestamp, logAppendTimeMs: -1, leaderEpoch: 7 }, out);
  return out;
}

describe('records codec', () => {
  it('encodes byte-for-byte what the generated protobufjs code encodes', () => {
    const { data, layout } = encodeRecordSet(cases, 5_000);
    expect(layout.firstTimestamp).toBe(1_000);
    expect(layout.maxTimestamp).toBe(1_000 + 2 ** 40);
    const generated = Buffer.from(RecordSet.encode(asGeneratedMessage(cases, 1_000)).finish());
    expect(data.toString('hex')).toBe(generated.toString('hex'));
  });

  it('produces output that the generated code decodes to the same records', () => {
    const { data } = encodeRecordSet(cases, 5_000);
    const decoded = RecordSet.decode(data);
    expect(decoded.records).toHaveLength(cases.length);
    decoded.records.forEach((r, i) => {
      const input = cases[i] as ProducerRecord;
      expect(Number(r.timestampDelta)).toBe((input.timestamp ?? 0) - 1_000);
      expect(r.offsetDelta).toBe(i);
      // Explicit presence: null stays absent, empty stays present and empty.
      expect(bytesOrNull(r.key)).toEqual(toBuffer(input.key));
      expect(bytesOrNull(r.value)).toEqual(toBuffer(input.value));
      expect((r.headers ?? []).map((h) => ({ key: h.key, value: bytesOrNull(h.value) }))).toEqual(headerList(input.headers));
    });
  });

  it('decodes what the generated code encodes, keeping null and empty apart', () => {
    const generated = Buffer.from(RecordSet.encode(asGeneratedMessage(cases, 1_000)).finish());
    const records = decodeAll(generated, 100);
    expect(records.map((r) => r.offset)).toEqual([100, 101, 102, 103, 104]);
    expect(records.map((r) => r.timestamp)).toEqual(cases.map((c) => c.timestamp));
    expect(records.map((r) => r.key)).toEqual(cases.map((c) => toBuffer(c.key)));
    expect(records.map((r) => r.value)).toEqual(cases.map((c) => toBuffer(c.value)));
    expect(records.map((r) => r.headers)).toEqual(cases.map((c) => headerList(c.headers)));
    expect(records.every((r) => r.leaderEpoch === 7)).toBe(true);
  });

  it('uses a record without a timestamp as nowMs', () => {
    const { data, layout } = encodeRecordSet([{ value: 'a' }, { value: 'b', timestamp: 4_000 }], 5_000);
    expect(layout.firstTimestamp).toBe(5_000);
    expect(decodeAll(data, 0, 5_000).map((r) => r.timestamp)).toEqual([5_000, 4_000]);
  });

  it('returns keys and values as views into the input, not copies', () => {
    const { data } = encodeRecordSet([{ key: 'key', value: 'value' }], 0);
    const [record] = decodeAll(data);
    expect(record?.value?.buffer).toBe(data.buffer);
    data[data.length - 1] = 0x21; // last byte of the value
    expect(record?.value?.toString()).toBe('valu!');
  });

  it('gives every record the batch time when logAppendTimeMs is set', () => {
    const { data } = encodeRecordSet(cases, 0);
    const out: ConsumerRecord[] = [];
    decodeRecordSet(data, 0, data.length, { baseOffset: 0, firstTimestamp: 1_000, logAppendTimeMs: 77, leaderEpoch: 0 }, out);
    expect(out.every((r) => r.timestamp === 77)).toBe(true);
  });

  it('skips fields it does not know, as protobuf readers must', () => {
    // Record { value: "v", field 9 (varint) = 300, field 10 (fixed32) }, RecordSet field 2 (bytes).
    const record = Buffer.from([0x22, 0x01, 0x76, 0x48, 0xac, 0x02, 0x55, 1, 2, 3, 4]);
    const data = Buffer.concat([Buffer.from([0x0a, record.length]), record, Buffer.from([0x12, 0x01, 0x00])]);
    const [decoded, ...rest] = decodeAll(data);
    expect(rest).toHaveLength(0);
    expect(decoded?.value?.toString()).toBe('v');
  });

  it('rejects a truncated record with CORRUPT_MESSAGE', () => {
    const { data } = encodeRecordSet([{ key: 'key', value: 'value' }], 0);
    expect(() => decodeAll(data.subarray(0, data.length - 2))).toThrow(expect.objectContaining({ code: 2 }));
  });
});
