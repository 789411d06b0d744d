import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ErrorCode, SamsaError, SamsaProtocolError, allErrors, errorCodeOf, errorFor } from './errors';

/** Rows of proto/README.md's "Every error code" table: code, name, retriable, refresh metadata. */
function readmeErrorRows(): Array<{ code: number; name: string; retriable: boolean; refreshMetadata: boolean }> {
  const lines = readFileSync(path.resolve(__dirname, 'README.md'), 'utf8').split('\n');
  const start = lines.findIndex((l) => l.startsWith('| code | name | retriable |'));
  expect(start).toBeGreaterThan(0);
  const rows = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    const [code, name, retriable, refresh] = line.split('|').slice(1, 5).map((c) => c.trim());
    rows.push({ code: Number(code), name: name!.replace(/`/g, ''), retriable: retriable === 'yes', refreshMetadata: refresh === 'yes' });
  }
  return rows;
}

describe('the error catalogue', () => {
  it('derives ErrorCode from the catalogue: one code per name, no code reused', () => {
    expect(Object.keys(ErrorCode)).toEqual(allErrors.map((d) => d.name));
    expect(Object.values(ErrorCode)).toEqual(allErrors.map((d) => d.code));
    expect(new Set(allErrors.map((d) => d.code)).size).toBe(allErrors.length);
    expect(ErrorCode.NOT_LEADER_OR_FOLLOWER).toBe(6);
    expect(errorFor(6)).toMatchObject({ name: 'NOT_LEADER_OR_FOLLOWER', retriable: true, refreshMetadata: true });
    expect(errorFor(9999)).toMatchObject({ name: 'UNKNOWN_ERROR_CODE_9999', retriable: false });
  });

  it('is the table proto/README.md documents for client writers', () => {
    expect(readmeErrorRows()).toEqual(allErrors.map(({ code, name, retriable, refreshMetadata }) => ({ code, name, retriable, refreshMetadata })));
  });
});

describe('SamsaError and SamsaProtocolError', () => {
  class ExampleError extends SamsaError {}

  it('a protocol error is a SamsaError, retriable as its code says, named by its class', () => {
    const err = new SamsaProtocolError(ErrorCode.NOT_ENOUGH_REPLICAS);
    expect(err).toBeInstanceOf(SamsaError);
    expect(err).toMatchObject({ name: 'SamsaProtocolError', code: 19, type: 'NOT_ENOUGH_REPLICAS', retriable: true, refreshMetadata: false });
    expect(err.message).toBe(errorFor(19).message);
    expect(new ExampleError('x', { retriable: true })).toMatchObject({ name: 'ExampleError', message: 'x', retriable: true });
    expect(new ExampleError('x').retriable).toBe(false);
  });

  it('errorCodeOf answers only for protocol errors, not for other errors with a numeric code', () => {
    expect(errorCodeOf(new SamsaProtocolError(ErrorCode.KAFKA_STORAGE_ERROR, 'disk'))).toEqual({ code: 56, message: 'disk' });
    expect(errorCodeOf(Object.assign(new ExampleError('zk'), { code: -4 }))).toBeUndefined();
    expect(errorCodeOf(new Error('plain'))).toBeUndefined();
  });
});
