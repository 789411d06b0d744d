/**
 * protobufjs decodes `bytes` fields as a Node Buffer or as a plain Uint8Array depending on how
 * it was loaded; callers want a Buffer (readInt32BE, subarray sharing memory) without copying.
 */
export function asBuffer(bytes: Uint8Array | null | undefined): Buffer {
  if (bytes === null || bytes === undefined) return Buffer.alloc(0);
  if (Buffer.isBuffer(bytes)) return bytes;
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
