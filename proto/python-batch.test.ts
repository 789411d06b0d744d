import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { readBatchHeader } from './batch-header';
import { decodeRecordBatches } from './record-batch';
import { AppendOrigin, validateRecords } from '../broker/log/log-validator';

// A batch built by the Python client (test/python/samsa_client.py), which knows nothing but the
// .proto files, protoc's output and proto/README.md: the broker must accept it as is and the
// TypeScript consumer must read it back.
const python = '/usr/bin/python3';
const protoc = '/usr/bin/protoc';
const script = path.join(__dirname, '..', 'test', 'python', 'samsa_client.py');

function emitPythonBatch(): Buffer {
  if (!existsSync(python)) throw new Error(`${python} is missing: install python3 and python3-protobuf`);
  if (!existsSync(protoc)) throw new Error(`${protoc} is missing: install protobuf-compiler (apt-get install protobuf-compiler)`);
  const hex = execFileSync(python, [script, '--emit-test-batch'], { encoding: 'utf8', timeout: 60_000 }).trim();
  return Buffer.from(hex, 'hex');
}

describe('a record batch built by the Python client', () => {
  let batch: Buffer;
  beforeAll(() => {
    batch = emitPythonBatch();
  });

  it('passes broker validation', () => {
    const result = validateRecords(batch, AppendOrigin.Client, { maxMessageBytes: 1024 * 1024, compacted: false, topicPartition: 'python-0' });
    expect(result).toMatchObject({ recordCount: 6, offsetCount: 6, recordsMaxTimestamps: [1_700_000_000_040] });
    expect(readBatchHeader(batch, 0)).toMatchObject({
      baseOffset: 0, partitionLeaderEpoch: -1, magic: 2, attributes: 0, lastOffsetDelta: 5,
      firstTimestamp: 1_700_000_000_000, maxTimestamp: 1_700_000_000_040, producerId: -1, recordCount: 6,
    });
  });

  it('decodes to the records the Python client encoded', async () => {
    const [decoded, ...rest] = await decodeRecordBatches(batch);
    expect(rest).toHaveLength(0);
    const records = decoded?.records ?? [];
    expect(records.map((r) => [r.offset, r.key?.toString() ?? null, r.value?.toString() ?? null, r.timestamp])).toEqual([
      [0, 'k0', 'v0', 1_700_000_000_000],
      [1, 'k1', 'v1', 1_700_000_000_010],
      [2, 'k2', 'v2', 1_700_000_000_020],
      [3, 'k3', 'v3', 1_700_000_000_030],
      [4, 'k4', 'v4', 1_700_000_000_040],
      [5, null, '', 1_699_999_999_999],
    ]);
    expect(records[5]?.value).toEqual(Buffer.alloc(0));
    expect(records[0]?.headers).toEqual([
      { key: 'h', value: Buffer.from('x') },
      { key: 'empty', value: null },
    ]);
  });
});
