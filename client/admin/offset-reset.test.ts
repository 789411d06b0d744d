import { parseResetDateTime, resetOffsetFor } from './offset-reset';

const p = { topic: 't', partition: 0, logStartOffset: 10, logEndOffset: 100, committedOffset: 50 };

describe('resetOffsetFor', () => {
  it('goes to the log start or end for --to-earliest and --to-latest', () => {
    expect(resetOffsetFor({ kind: 'earliest' }, p)).toBe(10);
    expect(resetOffsetFor({ kind: 'latest' }, p)).toBe(100);
  });

  it('clamps --to-offset into [log start, log end] as Kafka does', () => {
    expect(resetOffsetFor({ kind: 'offset', offset: 42 }, p)).toBe(42);
    expect(resetOffsetFor({ kind: 'offset', offset: 3 }, p)).toBe(10);
    expect(resetOffsetFor({ kind: 'offset', offset: 500 }, p)).toBe(100);
  });

  it('shifts from the committed offset, clamped, and refuses without one', () => {
    expect(resetOffsetFor({ kind: 'shift', shiftBy: -5 }, p)).toBe(45);
    expect(resetOffsetFor({ kind: 'shift', shiftBy: -100 }, p)).toBe(10);
    expect(resetOffsetFor({ kind: 'shift', shiftBy: 80 }, p)).toBe(100);
    expect(() => resetOffsetFor({ kind: 'shift', shiftBy: 1 }, { ...p, committedOffset: -1 })).toThrow(/no current committed offset/);
  });

  it('uses the offset found for a datetime, the log end when no record is that recent', () => {
    expect(resetOffsetFor({ kind: 'datetime', timestampMs: 0 }, { ...p, offsetForTimestamp: 70 })).toBe(70);
    expect(resetOffsetFor({ kind: 'datetime', timestampMs: 0 }, { ...p, offsetForTimestamp: -1 })).toBe(100);
  });
});

describe('parseResetDateTime', () => {
  it("reads Kafka's format with and without a zone", () => {
    expect(parseResetDateTime('2020-01-01T00:00:00.000Z')).toBe(Date.UTC(2020, 0, 1));
    expect(parseResetDateTime('2020-01-01T01:00:00.000+01:00')).toBe(Date.UTC(2020, 0, 1));
    expect(parseResetDateTime('2020-01-01T01:00:00.000+0100')).toBe(Date.UTC(2020, 0, 1));
    expect(parseResetDateTime('2020-01-01T00:00:00.000')).toBe(new Date(2020, 0, 1).getTime());
  });

  it('rejects other formats', () => {
    expect(() => parseResetDateTime('2020-01-01')).toThrow(/YYYY-MM-DDTHH:mm:SS.sss/);
    expect(() => parseResetDateTime('yesterday')).toThrow();
  });
});
