/**
 * Records in REST bodies. In: Confluent's ProduceRequest (key and value as `{type, data}` with
 * type BINARY = base64, JSON = any JSON value, STRING = text; headers with base64 values; an
 * RFC 3339 timestamp), checked field by field so that a bad record gets a message naming the
 * field. Out: the records-browsing extension's shape, where keys, values and header values are
 * base64 (`{type: 'BINARY', data}`), since records are bytes and only the reader knows their format.
 * Schema-registry formats (AVRO, PROTOBUF, JSONSCHEMA) are not supported.
 */
import type { ConsumerMessage } from '../../client/consumer/messages';

export class RecordBodyError extends Error {}

export interface ProduceRecordInput {
  partition: number | undefined;
  key: Buffer | null;
  value: Buffer | null;
  keyType: string | null;
  valueType: string | null;
  headers: Array<{ key: string; value: Buffer | null }>;
  timestampMs: number | undefined;
}

const base64Pattern = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const schemaFormats: ReadonlySet<string> = new Set(['AVRO', 'PROTOBUF', 'JSONSCHEMA']);

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function decodeBase64(text: unknown, field: string): Buffer {
  if (typeof text !== 'string' || !base64Pattern.test(text)) throw new RecordBodyError(`${field} must be base64`);
  return Buffer.from(text, 'base64');
}

function decodeData(input: unknown, field: string): { bytes: Buffer | null; type: string | null } {
  if (input === undefined || input === null) return { bytes: null, type: null };
  if (!isObject(input)) throw new RecordBodyError(`${field} must be an object {type, data} or null`);
  const data = input.data;
  const type = input.type;
  if (typeof type === 'string' && schemaFormats.has(type)) throw new RecordBodyError(`${field}.type ${type} needs a schema registry, which this API does not have; use BINARY, JSON or STRING`);
  if (data === undefined || data === null) return { bytes: null, type: typeof type === 'string' ? type : null };
  switch (type) {
    case 'BINARY': return { bytes: decodeBase64(data, `${field}.data`), type };
    case 'JSON': return { bytes: Buffer.from(JSON.stringify(data)), type };
    case 'STRING':
      if (typeof data !== 'string') throw new RecordBodyError(`${field}.data must be a string for type STRING`);
      return { bytes: Buffer.from(data), type };
    default: throw new RecordBodyError(`${field}.type must be BINARY, JSON or STRING`);
  }
}

function decodeHeaders(input: unknown): Array<{ key: string; value: Buffer | null }> {
  if (input === undefined || input === null) return [];
  if (!Array.isArray(input)) throw new RecordBodyError('headers must be an array of {name, value}');
  return input.map((h: unknown, i) => {
    if (!isObject(h) || typeof h.name !== 'string') throw new RecordBodyError(`headers[${i}].name must be a string`);
    return { key: h.name, value: h.value === undefined || h.value === null ? null : decodeBase64(h.value, `headers[${i}].value`) };
  });
}

function decodeTimestamp(input: unknown): number | undefined {
  if (input === undefined || input === null) return undefined;
  const ms = typeof input === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(input) ? Date.parse(input) : Number.NaN;
  if (!Number.isFinite(ms) || ms < 0) throw new RecordBodyError('timestamp must be an RFC 3339 date-time, such as 2021-02-05T19:14:42Z');
  return ms;
}

/** One ProduceRequest object (text) as a record to send; throws RecordBodyError naming the bad field. */
export function parseProduceRequest(text: string): ProduceRecordInput {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (err) {
    throw new RecordBodyError(`the record is not valid JSON: ${(err as Error).message}`);
  }
  if (!isObject(body)) throw new RecordBodyError('a record must be a JSON object');
  const known = new Set(['partition_id', 'headers', 'key', 'value', 'timestamp']);
  const unknown = Object.keys(body).find((k) => !known.has(k));
  if (unknown !== undefined) throw new RecordBodyError(`unknown field ${unknown}`);
  const partition = body.partition_id;
  if (partition !== undefined && partition !== null && !(Number.isInteger(partition) && (partition as number) >= 0)) {
    throw new RecordBodyError('partition_id must be a non-negative integer');
  }
  const key = decodeData(body.key, 'key');
  const value = decodeData(body.value, 'value');
  return {
    partition: typeof partition === 'number' ? partition : undefined,
    key: key.bytes, value: value.bytes, keyType: key.type, valueType: value.type,
    headers: decodeHeaders(body.headers), timestampMs: decodeTimestamp(body.timestamp),
  };
}

function binary(bytes: Buffer | null) {
  return bytes === null ? null : { type: 'BINARY', data: bytes.toString('base64') };
}

/** A fetched record in the records-browsing extension's shape. */
export function browsedRecord(m: ConsumerMessage) {
  return {
    partition_id: m.partition, offset: m.offset, timestamp: m.timestamp, timestamp_type: 'CREATE_TIME',
    key: binary(m.key), value: binary(m.value),
    headers: m.headers.map((h) => ({ name: h.key, value: h.value === null ? null : h.value.toString('base64') })),
  };
}
