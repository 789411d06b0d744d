/**
 * Kafka's LineMessageReader (kafka-console-producer.sh): how one stdin line becomes a record.
 * With parse.headers the line starts with `k:v,k2:v2` up to headers.delimiter; with parse.key
 * the key runs up to key.separator; the rest is the value. A key, value or header value equal to
 * null.marker is null. A line that lacks a separator is an error, unless ignore.error is set,
 * in which case what could not be split goes into the value (Kafka's best effort).
 *
 * One difference from Kafka: headers.separator is a plain string here, where Kafka compiles it
 * as a regular expression (so that `|` there splits between every character).
 */

import { type Message } from '../producer/types';
import { CliUsageError } from './args';

export interface LineReaderOptions {
  parseKey: boolean;
  keySeparator: string;
  parseHeaders: boolean;
  headersDelimiter: string;
  headersSeparator: string;
  headersKeySeparator: string;
  nullMarker: string | undefined;
  ignoreError: boolean;
  partition: number | undefined;
}

/** The --property keys the line reader takes; any other key is refused (not ignored silently). */
export const lineReaderPropertyNames = [
  'parse.key', 'key.separator', 'parse.headers', 'headers.delimiter', 'headers.separator', 'headers.key.separator', 'null.marker', 'ignore.error',
] as const;

const isTrue = (value: string | undefined): boolean => value !== undefined && value.trim().toLowerCase() === 'true';

export function lineReaderOptions(props: ReadonlyMap<string, string>, partition: number | undefined): LineReaderOptions {
  const known: readonly string[] = lineReaderPropertyNames;
  for (const key of props.keys()) {
    if (!known.includes(key)) throw new CliUsageError(`unknown --property '${key}' (the line reader takes ${known.join(', ')})`);
  }
  const options: LineReaderOptions = {
    parseKey: isTrue(props.get('parse.key')),
    keySeparator: props.get('key.separator') ?? '\t',
    parseHeaders: isTrue(props.get('parse.headers')),
    headersDelimiter: props.get('headers.delimiter') ?? '\t',
    headersSeparator: props.get('headers.separator') ?? ',',
    headersKeySeparator: props.get('headers.key.separator') ?? ':',
    nullMarker: props.get('null.marker'),
    ignoreError: isTrue(props.get('ignore.error')),
    partition,
  };
  checkSeparators(options);
  return options;
}

/** The pairs Kafka's reader refuses as equal, since a line could then not be split unambiguously. */
function checkSeparators(o: LineReaderOptions): void {
  const pairs: Array<[string, string, string, string | undefined]> = [
    ['key.separator', o.keySeparator, 'null.marker', o.nullMarker],
    ['headers.delimiter', o.headersDelimiter, 'headers.separator', o.headersSeparator],
    ['headers.delimiter', o.headersDelimiter, 'headers.key.separator', o.headersKeySeparator],
    ['headers.separator', o.headersSeparator, 'headers.key.separator', o.headersKeySeparator],
    ['headers.separator', o.headersSeparator, 'null.marker', o.nullMarker],
    ['headers.delimiter', o.headersDelimiter, 'null.marker', o.nullMarker],
    ['headers.key.separator', o.headersKeySeparator, 'null.marker', o.nullMarker],
  ];
  for (const [a, av, b, bv] of pairs) if (av === bv) throw new CliUsageError(`${a} and ${b} may not be equal`);
  for (const [name, value] of [['key.separator', o.keySeparator], ['headers.delimiter', o.headersDelimiter], ['headers.separator', o.headersSeparator], ['headers.key.separator', o.headersKeySeparator]] as const) {
    if (value.length === 0) throw new CliUsageError(`${name} must not be empty`);
  }
}

/** A line that cannot be split: the command stops here, after the lines before it are sent. */
export class LineParseError extends CliUsageError {}

/** One stdin line as a record; `lineNumber` (from 1) names the line in errors, as Kafka does. */
export function lineToMessage(line: string, o: LineReaderOptions, lineNumber = 1): Message {
  const headers = o.parseHeaders ? splitAt(line, 0, o.headersDelimiter, 'headers delimiter', o, lineNumber) : undefined;
  const headersEnd = headers === undefined ? 0 : headers.length + o.headersDelimiter.length;
  const key = o.parseKey ? splitAt(line, headersEnd, o.keySeparator, 'key separator', o, lineNumber) : undefined;
  const keyEnd = key === undefined ? headersEnd : headersEnd + key.length + o.keySeparator.length;
  const value = line.slice(keyEnd);
  const message: Message = { value: value === o.nullMarker ? null : value };
  if (key !== undefined) message.key = key === o.nullMarker ? null : key;
  if (headers !== undefined && headers !== o.nullMarker) message.headers = parseHeaders(headers, o, lineNumber);
  if (o.partition !== undefined) message.partition = o.partition;
  return message;
}

function splitAt(line: string, from: number, separator: string, what: string, o: LineReaderOptions, lineNumber: number): string | undefined {
  const at = line.indexOf(separator, from);
  if (at >= 0) return line.slice(from, at);
  if (o.ignoreError) return undefined;
  throw new LineParseError(`No ${what} found on line number ${lineNumber}: '${line}'`);
}

function parseHeaders(text: string, o: LineReaderOptions, lineNumber: number): Array<{ key: string; value: Buffer | null }> {
  return text.split(o.headersSeparator).map((pair) => {
    const at = pair.indexOf(o.headersKeySeparator);
    if (at < 0) {
      if (o.ignoreError) return { key: pair, value: null };
      throw new LineParseError(`No header key separator found in pair '${pair}' on line number ${lineNumber}`);
    }
    const key = pair.slice(0, at);
    if (key === o.nullMarker) throw new LineParseError(`Header keys should not be equal to the null marker '${o.nullMarker}' as they can't be null`);
    const value = pair.slice(at + o.headersKeySeparator.length);
    return { key, value: value === o.nullMarker ? null : Buffer.from(value, 'utf8') };
  });
}
