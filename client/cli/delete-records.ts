/**
 * `samsa delete-records`: kafka-delete-records.sh (Kafka 2.8's DeleteRecordsCommand). The offset
 * JSON file is `{"partitions": [{"topic": "t", "partition": 0, "offset": 10}], "version": 1}`
 * (offset -1: up to the high watermark); a file that is not valid JSON, lacks `partitions`, has
 * another version or names a partition twice is refused before anything is deleted. Each
 * partition then prints its low watermark or Kafka's exception for its error, as Kafka's does.
 */

import { readFileSync } from 'node:fs';
import { ErrorCode } from '../../proto/errors';
import { type Admin } from '../admin/admin';
import { type RecordsToDelete } from '../admin/partitions';
import { CliUsageError, type ParsedArgs, stringArg } from './args';
import { kafkaExceptionLine } from './kafka-exceptions';
import { type CliIo, write } from './output';

/** Kafka's AdminOperationException / AdminCommandFailedException: the input is refused, nothing is deleted. */
export class OffsetJsonError extends CliUsageError {}

function field(entry: Record<string, unknown>, name: string, integer: (n: number) => boolean): unknown {
  const value = entry[name];
  if (value === undefined) throw new OffsetJsonError(`Missing required field '${name}'`);
  if (name === 'topic' ? typeof value !== 'string' : typeof value !== 'number' || !integer(value)) {
    throw new OffsetJsonError(`Expected ${name === 'topic' ? 'a string' : 'an integer'} for '${name}', not ${JSON.stringify(value)}`);
  }
  return value;
}

/** DeleteRecordsCommand.parseOffsetJsonStringWithoutDedup plus its duplicate check. */
export function parseOffsetJson(text: string): RecordsToDelete[] {
  let js: unknown;
  try {
    js = JSON.parse(text);
  } catch {
    throw new OffsetJsonError('The input string is not a valid JSON');
  }
  if (typeof js !== 'object' || js === null || Array.isArray(js)) throw new OffsetJsonError('The input string is not a valid JSON');
  const obj = js as Record<string, unknown>;
  const version = obj.version ?? 1;
  if (version !== 1) throw new OffsetJsonError(`Not supported version field value ${JSON.stringify(version)}`);
  if (!Array.isArray(obj.partitions)) throw new OffsetJsonError('Missing partitions field');
  const entries = obj.partitions.map((p): RecordsToDelete => {
    if (typeof p !== 'object' || p === null) throw new OffsetJsonError(`Expected an object in partitions, not ${JSON.stringify(p)}`);
    const e = p as Record<string, unknown>;
    return {
      topic: field(e, 'topic', () => true) as string,
      partition: field(e, 'partition', (n) => Number.isInteger(n) && n >= 0 && n <= 0x7fffffff) as number,
      offset: field(e, 'offset', (n) => Number.isSafeInteger(n)) as number,
    };
  });
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  for (const e of entries) {
    const key = `${e.topic}-${e.partition}`;
    if (seen.has(key)) duplicates.add(key);
    seen.add(key);
  }
  if (duplicates.size > 0) throw new OffsetJsonError(`Offset json file contains duplicate topic partitions: ${[...duplicates].join(',')}`);
  return entries;
}

export async function runDeleteRecords(admin: Admin, args: ParsedArgs, io: CliIo): Promise<void> {
  const file = stringArg(args, 'offset-json-file');
  if (file === undefined) throw new CliUsageError('delete-records needs --offset-json-file');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new CliUsageError(`cannot read ${file}: ${(err as Error).message}`);
  }
  const entries = parseOffsetJson(text);
  await write(io.stdout, 'Executing records delete operation\n');
  const results = await admin.deleteRecords({ partitions: entries });
  const lines = results.map((r) => (r.errorCode === ErrorCode.NONE
    ? `partition: ${r.topic}-${r.partition}\tlow_watermark: ${r.lowWatermark}`
    : `partition: ${r.topic}-${r.partition}\terror: ${kafkaExceptionLine(r.errorCode)}`));
  await write(io.stdout, ['Records delete operation completed:', ...lines].map((l) => `${l}\n`).join(''));
}
