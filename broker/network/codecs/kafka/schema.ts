/**
 * Kafka's message definitions as data, and one interpreter that reads and writes any of them at
 * any version. Each API's request and response is transcribed from Kafka's JSON definitions
 * (clients/src/main/resources/common/message/*.json) into `message(...)`: the same field names
 * (camelCased), types, `versions`, `nullableVersions`, `flexibleVersions` and tagged fields, so
 * that checking a schema against Kafka's is a side-by-side read. Fields outside a version read
 * as their default and are not written; flexible versions use compact lengths and end every
 * struct with a tagged-field section (KIP-482); unknown tags are skipped.
 */
import { KafkaDecodeError, type KafkaReader, KafkaWriter } from './primitives';

export type ScalarType =
  | 'int8' | 'int16' | 'uint16' | 'int32' | 'uint32' | 'int64' | 'float64' | 'bool'
  | 'string' | 'bytes' | 'records' | 'uuid';

export interface StructType {
  readonly kind: 'struct';
  readonly fields: readonly FieldSpec[];
}

export interface ArrayType {
  readonly kind: 'array';
  readonly items: ScalarType | StructType;
}

export type FieldType = ScalarType | StructType | ArrayType;

/** An inclusive version range; `none` is [0, -1]. */
export type VersionRange = readonly [number, number];

export interface FieldSpec {
  readonly name: string;
  readonly type: FieldType;
  readonly versions: VersionRange;
  readonly nullableVersions: VersionRange;
  /** Set for a tagged field: its tag, and the versions in which it may appear. */
  readonly tag?: number;
  readonly taggedVersions: VersionRange;
  /** The value when the field is absent from a version (else the type's zero value). */
  readonly default?: unknown;
}

export interface MessageSpec {
  readonly name: string;
  readonly validVersions: VersionRange;
  readonly flexibleVersions: VersionRange;
  readonly fields: readonly FieldSpec[];
}

const noVersions: VersionRange = [0, -1];

/** Parses Kafka's version strings: "3+", "1-4", "2", "none". */
export function versions(text: string): VersionRange {
  if (text === 'none') return noVersions;
  const plus = /^(\d+)\+$/.exec(text);
  if (plus !== null) return [Number(plus[1]), Number.MAX_SAFE_INTEGER];
  const range = /^(\d+)-(\d+)$/.exec(text);
  if (range !== null) return [Number(range[1]), Number(range[2])];
  if (/^\d+$/.test(text)) return [Number(text), Number(text)];
  throw new Error(`bad version range "${text}"`);
}

export function inVersions(range: VersionRange, version: number): boolean {
  return version >= range[0] && version <= range[1];
}

export interface FieldOptions {
  nullableVersions?: string;
  tag?: number;
  taggedVersions?: string;
  default?: unknown;
}

/** One field, as in Kafka's JSON: `field('throttleTimeMs', 'int32', '1+')`. */
export function field(name: string, type: FieldType, versionText: string, options: FieldOptions = {}): FieldSpec {
  return {
    name,
    type,
    versions: versions(versionText),
    nullableVersions: options.nullableVersions === undefined ? noVersions : versions(options.nullableVersions),
    tag: options.tag,
    taggedVersions: options.taggedVersions === undefined ? noVersions : versions(options.taggedVersions),
    default: options.default,
  };
}

export function struct(...fields: FieldSpec[]): StructType {
  return { kind: 'struct', fields };
}

export function array(items: ScalarType | StructType): ArrayType {
  return { kind: 'array', items };
}

export function message(name: string, validVersions: string, flexibleVersions: string, ...fields: FieldSpec[]): MessageSpec {
  return { name, validVersions: versions(validVersions), flexibleVersions: versions(flexibleVersions), fields };
}

/** A decoded (or to-be-encoded) struct: Kafka's field names, camelCased. */
export type KafkaStruct = Record<string, unknown>;

function zeroValue(type: FieldType, nullable: boolean): unknown {
  if (typeof type === 'string') {
    switch (type) {
      case 'bool': return false;
      case 'string': return nullable ? null : '';
      case 'bytes': case 'records': return nullable ? null : Buffer.alloc(0);
      case 'uuid': return Buffer.alloc(16);
      default: return 0;
    }
  }
  if (type.kind === 'array') return nullable ? null : [];
  return nullable ? null : defaultStruct(type.fields);
}

function defaultOf(f: FieldSpec, version: number): unknown {
  if (f.default !== undefined) return f.default;
  return zeroValue(f.type, inVersions(f.nullableVersions, version));
}

function defaultStruct(fields: readonly FieldSpec[]): KafkaStruct {
  const out: KafkaStruct = {};
  for (const f of fields) out[f.name] = f.default !== undefined ? f.default : zeroValue(f.type, false);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Reading

interface Ctx {
  version: number;
  flexible: boolean;
}

function readScalar(type: ScalarType, nullable: boolean, ctx: Ctx, r: KafkaReader): unknown {
  switch (type) {
    case 'int8': return r.int8();
    case 'int16': return r.int16();
    case 'uint16': return r.uint16();
    case 'int32': return r.int32();
    case 'uint32': return r.uint32();
    case 'int64': return r.int64();
    case 'float64': return r.float64();
    case 'bool': return r.bool();
    case 'uuid': return r.uuid();
    case 'string': return r.string(ctx.flexible, nullable);
    case 'bytes': case 'records': return r.bytes(ctx.flexible, nullable);
  }
}

function readValue(type: FieldType, nullable: boolean, ctx: Ctx, r: KafkaReader): unknown {
  if (typeof type === 'string') return readScalar(type, nullable, ctx, r);
  if (type.kind === 'struct') {
    if (nullable) {
      // Kafka's nullable struct: an int8 marker, -1 for null.
      if (r.int8() < 0) return null;
    }
    return readStruct(type.fields, ctx, r);
  }
  const count = r.arrayLength(ctx.flexible, nullable);
  if (count < 0) return null;
  const items: unknown[] = new Array(count);
  for (let i = 0; i < count; i++) items[i] = readValue(type.items, false, ctx, r);
  return items;
}

function readStruct(fields: readonly FieldSpec[], ctx: Ctx, r: KafkaReader): KafkaStruct {
  const out: KafkaStruct = {};
  let tagged: FieldSpec[] | undefined;
  for (const f of fields) {
    if (f.tag !== undefined && inVersions(f.taggedVersions, ctx.version)) {
      (tagged ??= []).push(f);
      out[f.name] = defaultOf(f, ctx.version);
      continue;
    }
    out[f.name] = inVersions(f.versions, ctx.version)
      ? readValue(f.type, inVersions(f.nullableVersions, ctx.version), ctx, r)
      : defaultOf(f, ctx.version);
  }
  if (ctx.flexible) {
    r.taggedFields((tag, fr) => {
      const f = tagged?.find((t) => t.tag === tag);
      if (f !== undefined) out[f.name] = readValue(f.type, inVersions(f.nullableVersions, ctx.version), ctx, fr);
    });
  }
  return out;
}

/** Reads one message body at `version`; throws KafkaDecodeError on malformed input. */
export function readMessage(spec: MessageSpec, version: number, r: KafkaReader): KafkaStruct {
  if (!inVersions(spec.validVersions, version)) throw new KafkaDecodeError(`${spec.name} version ${version} is not valid`);
  return readStruct(spec.fields, { version, flexible: inVersions(spec.flexibleVersions, version) }, r);
}

// ---------------------------------------------------------------------------------------------
// Writing

function writeScalar(type: ScalarType, value: unknown, ctx: Ctx, w: KafkaWriter): void {
  switch (type) {
    case 'int8': w.int8(value as number); return;
    case 'int16': w.int16(value as number); return;
    case 'uint16': w.uint16(value as number); return;
    case 'int32': w.int32(value as number); return;
    case 'uint32': w.uint32(value as number); return;
    case 'int64': w.int64(value as number); return;
    case 'float64': w.float64(value as number); return;
    case 'bool': w.bool(value as boolean); return;
    case 'uuid': w.raw(value as Buffer); return;
    case 'string': w.string(value as string | null, ctx.flexible); return;
    case 'bytes': case 'records': w.bytes(value as Buffer | null, ctx.flexible); return;
  }
}

function writeValue(type: FieldType, value: unknown, ctx: Ctx, w: KafkaWriter): void {
  if (typeof type === 'string') {
    writeScalar(type, value, ctx, w);
    return;
  }
  if (type.kind === 'struct') {
    writeStruct(type.fields, value as KafkaStruct, ctx, w);
    return;
  }
  if (value === null) {
    w.arrayLength(null, ctx.flexible);
    return;
  }
  const items = value as readonly unknown[];
  w.arrayLength(items.length, ctx.flexible);
  for (const item of items) writeValue(type.items, item, ctx, w);
}

function isDefault(f: FieldSpec, value: unknown, version: number): boolean {
  const d = defaultOf(f, version);
  if (Array.isArray(value)) return value.length === 0 && Array.isArray(d);
  return value === d || value === undefined;
}

function writeStruct(fields: readonly FieldSpec[], obj: KafkaStruct, ctx: Ctx, w: KafkaWriter): void {
  let tagged: FieldSpec[] | undefined;
  for (const f of fields) {
    if (f.tag !== undefined && inVersions(f.taggedVersions, ctx.version)) {
      if (!isDefault(f, obj[f.name], ctx.version)) (tagged ??= []).push(f);
      continue;
    }
    if (!inVersions(f.versions, ctx.version)) continue;
    const nullable = inVersions(f.nullableVersions, ctx.version);
    let value = obj[f.name];
    if (value === undefined || (value === null && !nullable)) value = defaultOf(f, ctx.version) ?? zeroValue(f.type, false);
    writeValue(f.type, value, ctx, w);
  }
  if (!ctx.flexible) return;
  const sorted = (tagged ?? []).sort((a, b) => a.tag! - b.tag!);
  w.uvarint(sorted.length);
  for (const f of sorted) {
    const inner = new KafkaWriter(64);
    writeValue(f.type, obj[f.name], ctx, inner);
    const bytes = inner.finish();
    w.uvarint(f.tag!).uvarint(bytes.length).raw(bytes);
  }
}

/** Writes one message body at `version` after whatever `w` holds already (a header). */
export function writeMessage(spec: MessageSpec, version: number, obj: KafkaStruct, w: KafkaWriter): void {
  writeStruct(spec.fields, obj, { version, flexible: inVersions(spec.flexibleVersions, version) }, w);
}
