/** Views decoded protobuf `bytes` as a Buffer without copying (protobufjs yields Buffer or Uint8Array). */
export function asBuffer(bytes: Uint8Array | null | undefined): Buffer {
  if (bytes === null || bytes === undefined) return Buffer.alloc(0);
  if (Buffer.isBuffer(bytes)) return bytes;
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
