/**
 * How the message browser shows a record's key, value and headers, decided on the bytes: JSON is
 * pretty-printed, valid UTF-8 text shown with control characters escaped, anything else as a hex
 * dump. The result is plain text for a text node (dom.ts), never markup. Pure: no DOM, so that
 * it is unit-tested in Node.
 */

/** The REST records route's key/value: null, or bytes as base64 (`BINARY`); JSON and STRING are accepted too. */
export type RecordData = null | { type: string; data: unknown };

export type Rendered =
  | { kind: 'null'; text: string }
  | { kind: 'json' | 'text' | 'binary'; text: string; bytes: number; truncated: boolean };

/** Beyond this a value is cut for display (the browser stays responsive on megabyte records). */
export const displayBytesMax = 64 * 1024;
const hexBytesPerLine = 16;

export function decodeBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Control characters other than tab and newline as \xNN, and lone surrogates never appear (fatal decoding). */
export function escapeControls(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function hexLine(bytes: Uint8Array, start: number): string {
  const slice = bytes.subarray(start, start + hexBytesPerLine);
  const hex = [...slice].map((b) => b.toString(16).padStart(2, '0')).join(' ').padEnd(hexBytesPerLine * 3 - 1);
  const ascii = [...slice].map((b) => (b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : '.')).join('');
  return `${start.toString(16).padStart(8, '0')}  ${hex}  |${ascii}|`;
}

export function hexDump(bytes: Uint8Array): string {
  const lines: string[] = [];
  for (let start = 0; start < bytes.length; start += hexBytesPerLine) lines.push(hexLine(bytes, start));
  return lines.join('\n');
}

function looksLikeJson(text: string): boolean {
  const first = text.trimStart()[0];
  return first === '{' || first === '[' || first === '"';
}

/** Bytes as the most readable safe text. */
export function renderBytes(bytes: Uint8Array): Rendered {
  const truncated = bytes.length > displayBytesMax;
  const shown = truncated ? bytes.subarray(0, displayBytesMax) : bytes;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(shown);
  } catch {
    return { kind: 'binary', text: hexDump(shown), bytes: bytes.length, truncated };
  }
  if (!truncated && looksLikeJson(text)) {
    try {
      return { kind: 'json', text: escapeControls(JSON.stringify(JSON.parse(text), null, 2)), bytes: bytes.length, truncated };
    } catch {
      // Not JSON after all: shown as text.
    }
  }
  return { kind: 'text', text: escapeControls(text), bytes: bytes.length, truncated };
}

export function renderData(value: RecordData | undefined): Rendered {
  if (value === null || value === undefined) return { kind: 'null', text: 'null' };
  if (value.type === 'BINARY' && typeof value.data === 'string') {
    try {
      return renderBytes(decodeBase64(value.data));
    } catch {
      return { kind: 'text', text: escapeControls(value.data), bytes: value.data.length, truncated: false };
    }
  }
  if (value.type === 'JSON') {
    const text = JSON.stringify(value.data, null, 2) ?? 'null';
    return { kind: 'json', text: escapeControls(text), bytes: text.length, truncated: false };
  }
  return renderBytes(new TextEncoder().encode(typeof value.data === 'string' ? value.data : JSON.stringify(value.data) ?? ''));
}
