/**
 * Splits a byte stream of concatenated JSON objects (Confluent's streaming produce: several
 * ProduceRequest objects in one chunked body, separated by nothing or by whitespace) into one
 * text per object, as the bytes arrive. A state machine over bytes: UTF-8 never puts an ASCII
 * byte inside a multi-byte character, so braces, quotes and backslashes are found byte by byte.
 * Each object is bounded (`objectBytesMax`); what lies between objects must be whitespace.
 */

export class JsonStreamError extends Error {}

const openBrace = 0x7b;
const closeBrace = 0x7d;
const openBracket = 0x5b;
const closeBracket = 0x5d;
const quote = 0x22;
const backslash = 0x5c;
const whitespace: ReadonlySet<number> = new Set([0x20, 0x09, 0x0a, 0x0d]);

export class JsonObjectSplitter {
  private parts: Buffer[] = [];
  private partBytes = 0;
  private depth = 0;
  private inString = false;
  private escaped = false;

  constructor(private readonly objectBytesMax: number) {}

  /** The complete objects `chunk` finishes, as text; throws JsonStreamError on bytes outside an object or an object too large. */
  push(chunk: Buffer): string[] {
    const done: string[] = [];
    let start = this.depth > 0 ? 0 : -1;
    for (let i = 0; i < chunk.length; i++) {
      const byte = chunk[i]!;
      if (this.depth === 0) {
        if (whitespace.has(byte)) continue;
        if (byte !== openBrace) throw new JsonStreamError(`expected a JSON object, found ${JSON.stringify(String.fromCharCode(byte))}`);
        start = i;
      }
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (byte === backslash) this.escaped = true;
        else if (byte === quote) this.inString = false;
        continue;
      }
      if (byte === quote) this.inString = true;
      else if (byte === openBrace || byte === openBracket) this.depth++;
      else if (byte === closeBrace || byte === closeBracket) {
        this.depth--;
        if (this.depth === 0) {
          done.push(this.take(chunk.subarray(start, i + 1)));
          start = -1;
        }
      }
    }
    if (start >= 0) this.keep(chunk.subarray(start));
    return done;
  }

  /** At the end of the stream: throws when an object was left unfinished. */
  end(): void {
    if (this.depth > 0 || this.partBytes > 0) throw new JsonStreamError('the request body ends inside a JSON object');
  }

  private keep(bytes: Buffer): void {
    this.partBytes += bytes.length;
    if (this.partBytes > this.objectBytesMax) throw new JsonStreamError(`a record object is larger than ${this.objectBytesMax} bytes`);
    this.parts.push(bytes);
  }

  private take(last: Buffer): string {
    this.keep(last);
    const text = Buffer.concat(this.parts).toString('utf8');
    this.parts = [];
    this.partBytes = 0;
    return text;
  }
}
