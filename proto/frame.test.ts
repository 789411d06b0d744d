import { FrameDecoder, FrameTooLargeError, encodeFrame, encodeRequestFrame, samsa } from './frame';

describe('FrameDecoder', () => {
  it('splits frames that arrive whole, split and coalesced', () => {
    const a = encodeFrame(Buffer.from('hello'));
    const b = encodeFrame(Buffer.from('world!'));
    const all = Buffer.concat([a, b]);
    for (let cut = 0; cut <= all.length; cut++) {
      const d = new FrameDecoder(1024);
      const frames = [...d.push(all.subarray(0, cut)), ...d.push(all.subarray(cut))];
      expect(frames.map((f) => f.toString())).toEqual(['hello', 'world!']);
      expect(d.pendingBytes).toBe(0);
    }
  });

  it('delivers a zero-length frame', () => {
    const d = new FrameDecoder(10);
    expect(d.push(Buffer.from([0, 0, 0, 0]))).toEqual([Buffer.alloc(0)]);
  });

  it('rejects a length above the limit before reading the body', () => {
    const d = new FrameDecoder(100);
    const header = Buffer.alloc(4);
    header.writeUInt32BE(101);
    expect(() => d.push(header)).toThrow(FrameTooLargeError);
  });

  it('rejects a negative (top-bit) length as too large', () => {
    const d = new FrameDecoder(100 * 1024 * 1024);
    expect(() => d.push(Buffer.from([0xff, 0xff, 0xff, 0xff]))).toThrow(FrameTooLargeError);
  });

  it('read returns the frames before a bad length with the error, and nothing after it', () => {
    const d = new FrameDecoder(100);
    const bad = Buffer.alloc(4);
    bad.writeUInt32BE(101);
    const first = d.read(Buffer.concat([encodeFrame(Buffer.from('a')), encodeFrame(Buffer.from('b')), bad, encodeFrame(Buffer.from('c'))]));
    expect(first.frames.map((f) => f.toString())).toEqual(['a', 'b']);
    expect(first.error).toBeInstanceOf(FrameTooLargeError);
    const later = d.read(encodeFrame(Buffer.from('d')));
    expect(later.frames).toEqual([]);
    expect(later.error).toBe(first.error);
    expect(d.pendingBytes).toBe(0);
  });

  it('holds a truncated frame without emitting it', () => {
    const d = new FrameDecoder(1024);
    const f = encodeFrame(Buffer.from('abcdef'));
    expect(d.push(f.subarray(0, 7))).toEqual([]);
    expect(d.pendingBytes).toBe(3);
  });
});

describe('encodeRequestFrame', () => {
  it('writes a big-endian length prefix that matches the protobuf body', () => {
    const request = { header: { apiKey: 18, apiVersion: 0, correlationId: 7, clientId: 'c' }, apiVersions: {} };
    const frame = encodeRequestFrame(request);
    expect(frame.readUInt32BE(0)).toBe(frame.length - 4);
    const decoded = samsa.v1.Request.decode(frame.subarray(4));
    expect(decoded.header?.correlationId).toBe(7);
    expect(decoded.body).toBe('apiVersions');
  });
});
