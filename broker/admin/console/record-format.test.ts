/** The message browser's rendering of record bytes: JSON pretty-printed, text escaped, binary as hex; never markup. */
import { decodeBase64, displayBytesMax, escapeControls, hexDump, renderBytes, renderData } from './web/record-format';

const b64 = (bytes: Uint8Array | string): string => Buffer.from(bytes).toString('base64');

describe('record-format', () => {
  it('pretty-prints JSON values', () => {
    expect(renderData({ type: 'BINARY', data: b64('{"a":1,"b":[true,null]}') })).toEqual({
      kind: 'json', text: '{\n  "a": 1,\n  "b": [\n    true,\n    null\n  ]\n}', bytes: 23, truncated: false,
    });
  });

  it('shows text as text, and markup as the characters it is made of', () => {
    const rendered = renderData({ type: 'BINARY', data: b64('<img src=x onerror=alert(1)>') });
    expect(rendered).toMatchObject({ kind: 'text', text: '<img src=x onerror=alert(1)>' });
  });

  it('shows bytes that are not UTF-8 as a hex dump', () => {
    const rendered = renderData({ type: 'BINARY', data: b64(new Uint8Array([0xde, 0xad, 0xbe, 0xef, 0x41])) });
    expect(rendered).toEqual({ kind: 'binary', text: `00000000  ${'de ad be ef 41'.padEnd(47)}  |....A|`, bytes: 5, truncated: false });
  });

  it('escapes control and bidirectional-override characters in text', () => {
    expect(escapeControls('a\u0000b\tc\n\u202ed')).toBe('a\\u0000b\tc\n\\u202ed');
    expect(renderData({ type: 'BINARY', data: b64('bell\u0007') })).toMatchObject({ kind: 'text', text: 'bell\\u0007' });
  });

  it('renders null keys and values as null', () => {
    expect(renderData(null)).toEqual({ kind: 'null', text: 'null' });
  });

  it('accepts JSON and STRING data as the produce route writes them', () => {
    expect(renderData({ type: 'JSON', data: { x: 1 } })).toMatchObject({ kind: 'json', text: '{\n  "x": 1\n}' });
    expect(renderData({ type: 'STRING', data: 'plain' })).toMatchObject({ kind: 'text', text: 'plain' });
  });

  it('cuts very large values for display and says so', () => {
    const big = new Uint8Array(displayBytesMax + 10).fill(0x61);
    const rendered = renderBytes(big);
    expect(rendered).toMatchObject({ kind: 'text', bytes: displayBytesMax + 10, truncated: true });
    expect(rendered.text.length).toBe(displayBytesMax);
  });

  it('dumps 16 bytes a line with offsets', () => {
    const lines = hexDump(new Uint8Array(20)).split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]!.startsWith('00000010  00 00 00 00')).toBe(true);
    expect(decodeBase64(b64('hi'))).toEqual(new Uint8Array([0x68, 0x69]));
  });
});
