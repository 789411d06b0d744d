/**
 * Frame codec: a frame is a 4-byte big-endian unsigned length followed by that many bytes of
 * one protobuf message (Request or Response). The decoder is an explicit state machine over the
 * incoming chunks; it never buffers more than one frame plus one chunk, and rejects a length
 * above `frameBytesMax` before reading the body, so a hostile length cannot make it allocate.
 */

import { Writer } from 'protobufjs/minimal';
import { samsa } from './generated/samsa';
import { asBuffer } from './bytes';
import { SamsaError } from './errors';

export const frameHeaderBytes = 4;

export class FrameTooLargeError extends SamsaError {
  constructor(readonly sizeBytes: number, readonly limitBytes: number) {
    super(`frame of ${sizeBytes} bytes exceeds the limit of ${limitBytes} bytes`);
  }
}

/** What one chunk of a stream yielded: the complete frames, and the bad length that ended it. */
export interface FrameReadResult {
  frames: Buffer[];
  /** Set when a length prefix is over the limit; `frames` still holds every frame before it. */
  error?: FrameTooLargeError;
}

/**
 * Splits a byte stream into frame bodies. `read` returns the complete bodies found so far; a
 * body is a view of the received bytes when it arrived in one chunk (no copy), else one copy.
 * A bad length cannot be skipped (nothing says where the next frame starts), so the decoder
 * fails for good there: the frames before it are returned, every later byte is dropped.
 */
export class FrameDecoder {
  private readonly chunks: Buffer[] = [];
  private bufferedBytes = 0;
  private expectedBytes = -1;
  private failure: FrameTooLargeError | undefined;

  constructor(private readonly frameBytesMax: number) {}

  /** Bytes held for a frame that has not completed yet. */
  get pendingBytes(): number {
    return this.bufferedBytes;
  }

  /** Like `read`, but throws at a bad length (dropping the frames before it in the same chunk). */
  push(chunk: Buffer): Buffer[] {
    const { frames, error } = this.read(chunk);
    if (error !== undefined) throw error;
    return frames;
  }

  read(chunk: Buffer): FrameReadResult {
    if (this.failure !== undefined) return { frames: [], error: this.failure };
    const frames: Buffer[] = [];
    if (chunk.length > 0) {
      this.chunks.push(chunk);
      this.bufferedBytes += chunk.length;
    }
    while (true) {
      if (this.expectedBytes < 0) {
        if (this.bufferedBytes < frameHeaderBytes) break;
        const size = this.peekLength();
        if (size > this.frameBytesMax) {
          this.failure = new FrameTooLargeError(size, this.frameBytesMax);
          this.chunks.length = 0;
          this.bufferedBytes = 0;
          return { frames, error: this.failure };
        }
        this.consume(frameHeaderBytes);
        this.expectedBytes = size;
      }
      if (this.bufferedBytes < this.expectedBytes) break;
      frames.push(this.consume(this.expectedBytes));
      this.expectedBytes = -1;
    }
    return { frames };
  }

  private peekLength(): number {
    const first = this.chunks[0]!;
    if (first.length >= frameHeaderBytes) return first.readUInt32BE(0);
    const head = Buffer.concat(this.chunks, Math.min(this.bufferedBytes, 16));
    return head.readUInt32BE(0);
  }

  /** Removes and returns the next `n` buffered bytes. */
  private consume(n: number): Buffer {
    const first = this.chunks[0];
    if (n === 0) return Buffer.alloc(0);
    if (first !== undefined && first.length >= n) {
      const out = first.subarray(0, n);
      if (first.length === n) this.chunks.shift();
      else this.chunks[0] = first.subarray(n);
      this.bufferedBytes -= n;
      return out;
    }
    const out = Buffer.allocUnsafe(n);
    let written = 0;
    while (written < n) {
      const c = this.chunks[0]!;
      const take = Math.min(c.length, n - written);
      c.copy(out, written, 0, take);
      written += take;
      if (take === c.length) this.chunks.shift();
      else this.chunks[0] = c.subarray(take);
    }
    this.bufferedBytes -= n;
    return out;
  }
}

/** Encodes a message with its 4-byte length prefix, in one buffer. */
export function encodeFrame(body: Uint8Array): Buffer {
  const out = Buffer.allocUnsafe(frameHeaderBytes + body.length);
  out.writeUInt32BE(body.length, 0);
  out.set(body, frameHeaderBytes);
  return out;
}

/** Encodes a Request into a frame, writing the length prefix in place (no extra copy). */
export function encodeRequestFrame(request: samsa.v1.IRequest): Buffer {
  return encodeWithPrefix((w) => samsa.v1.Request.encode(request, w));
}

/** Encodes a Response into a frame, writing the length prefix in place (no extra copy). */
export function encodeResponseFrame(response: samsa.v1.IResponse): Buffer {
  return encodeWithPrefix((w) => samsa.v1.Response.encode(response, w));
}

function encodeWithPrefix(encode: (w: Writer) => unknown): Buffer {
  // Reserve the 4-byte prefix with a fixed32, encode the message after it, then patch the
  // prefix to the big-endian body length: one allocation, no copy of the body.
  const writer = Writer.create();
  writer.fixed32(0);
  encode(writer);
  const bytes = writer.finish();
  const out = asBuffer(bytes);
  out.writeUInt32BE(out.length - frameHeaderBytes, 0);
  return out;
}

export { samsa };
