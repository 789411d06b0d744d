/**
 * The cleaner's key -> latest offset map (Kafka's SkimpyOffsetMap). Kafka stores a fixed 16-byte
 * MD5 digest per key in a preallocated buffer; here short keys are stored as they are (no
 * hashing, no collisions) and long ones by their MD5 digest, in a Map whose estimated memory is
 * bounded by log.cleaner.dedupe.buffer.size x log.cleaner.io.buffer.load.factor.
 */
import { createHash } from 'node:crypto';

/** Keys up to this many bytes are stored verbatim; longer keys as their 16-byte MD5 digest. */
export const verbatimKeyBytesMax = 32;
/**
 * Estimated bytes one Map entry costs beyond its key string (hash table slot, the number, the
 * string header): what the memory bound counts per entry.
 */
export const offsetMapEntryOverheadBytes = 64;

export class OffsetMap {
  private readonly offsets = new Map<string, number>();
  private readonly memoryBytesMax: number;
  private memoryBytes = 0;
  /** The largest offset put so far (-1 when empty). */
  latestOffset = -1;

  constructor(memoryBytes: number, loadFactor = 0.9) {
    this.memoryBytesMax = Math.floor(memoryBytes * loadFactor);
  }

  get size(): number {
    return this.offsets.size;
  }

  /** True once no further distinct key may be added. */
  get isFull(): boolean {
    return this.memoryBytes + offsetMapEntryOverheadBytes + verbatimKeyBytesMax + 1 > this.memoryBytesMax;
  }

  /** Share of the memory bound in use, 0..1 (Kafka's max-buffer-utilization-percent / 100). */
  get utilization(): number {
    return this.memoryBytesMax === 0 ? 1 : this.memoryBytes / this.memoryBytesMax;
  }

  /** Records `offset` as the latest for buf[start, end). Offsets must be put in increasing order. */
  put(buf: Buffer, start: number, end: number, offset: number): void {
    const key = mapKey(buf, start, end);
    if (!this.offsets.has(key)) this.memoryBytes += key.length + offsetMapEntryOverheadBytes;
    this.offsets.set(key, offset);
    this.latestOffset = offset;
  }

  /** The latest offset put for the key, or -1. */
  get(buf: Buffer, start: number, end: number): number {
    return this.offsets.get(mapKey(buf, start, end)) ?? -1;
  }

  clear(): void {
    this.offsets.clear();
    this.memoryBytes = 0;
    this.latestOffset = -1;
  }
}

/** 'k' + the raw bytes for short keys, 'h' + the MD5 digest for long ones: the two never collide. */
function mapKey(buf: Buffer, start: number, end: number): string {
  if (end - start <= verbatimKeyBytesMax) return `k${buf.toString('latin1', start, end)}`;
  return `h${createHash('md5').update(buf.subarray(start, end)).digest().toString('latin1')}`;
}
