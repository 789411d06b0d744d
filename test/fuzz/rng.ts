/**
 * A seeded, splittable pseudo-random generator (splitmix32). Every frame the fuzzer sends comes
 * from one of these, so a seed replays the same frames: each connection gets its own stream
 * derived from (seed, connection index) and never consults the broker's answers.
 */

export const int32Max = 0x7fffffff;
export const int32Min = -0x80000000;
/** The largest int64 a JS number holds exactly; the wire also sees 2^63-1 through rounding. */
export const int64Edges = [0, 1, -1, 2 ** 31, -(2 ** 31) - 1, 2 ** 32, 2 ** 53 - 1, -(2 ** 53 - 1), 2 ** 63 - 1, -(2 ** 63)];
export const int32Edges = [0, 1, -1, 2, -2, 127, 128, 255, 256, 65535, 65536, int32Max, int32Min, int32Max - 1, int32Min + 1];

export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A child stream: same parent seed and index give the same child. */
  static derive(seed: number, index: number): Rng {
    const mixer = new Rng((seed ^ Math.imul(index + 1, 0x9e3779b9)) >>> 0);
    return new Rng(mixer.u32() ^ mixer.u32());
  }

  u32(): number {
    this.state = (this.state + 0x9e3779b9) >>> 0;
    let z = this.state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  }

  /** An integer in [0, n). */
  below(n: number): number {
    return n <= 0 ? 0 : Math.floor((this.u32() / 4294967296) * n);
  }

  /** An integer in [lo, hi]. */
  between(lo: number, hi: number): number {
    return lo + this.below(hi - lo + 1);
  }

  chance(probability: number): boolean {
    return this.u32() / 4294967296 < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.below(items.length)] as T;
  }

  /** Picks a key of `weights` with probability proportional to its weight. */
  weighted<K extends string>(weights: Readonly<Record<K, number>>): K {
    const entries = Object.entries(weights) as [K, number][];
    const total = entries.reduce((sum, [, w]) => sum + w, 0);
    let roll = this.below(total);
    for (const [key, w] of entries) {
      if (roll < w) return key;
      roll -= w;
    }
    return entries[0]![0];
  }

  bytes(n: number): Buffer {
    const out = Buffer.allocUnsafe(n);
    for (let i = 0; i < n; i += 4) {
      const v = this.u32();
      for (let j = 0; j < 4 && i + j < n; j++) out[i + j] = (v >>> (8 * j)) & 0xff;
    }
    return out;
  }

  /** Mostly small values, often an edge of the int32 range. */
  int32(): number {
    if (this.chance(0.5)) return this.pick(int32Edges);
    return this.chance(0.5) ? this.below(16) : this.u32() | 0;
  }

  int64(): number {
    if (this.chance(0.5)) return this.pick(int64Edges);
    return this.chance(0.5) ? this.below(1000) : (this.u32() | 0) * 4096 + this.below(4096);
  }
}
