const ID_ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

/** MurmurHash3's finaliser: every input bit affects every output bit. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * Seeded pseudo-random numbers (mulberry32): the same seed always gives the same show, on
 * every platform, which `Math.random` cannot promise.
 */
export class Rng {
  private state: number;

  /**
   * `seed` may be any safe integer (all its bits count); `stream` picks an independent sequence
   * for the same seed, so separate parts of a show can draw without disturbing each other.
   */
  constructor(seed: number, stream = 0) {
    const lo = seed | 0;
    const hi = Math.floor(seed / 2 ** 32) | 0;
    // Scramble so neighbouring seeds (0, 1, 2…) do not start with similar sequences.
    this.state = fmix32(lo ^ fmix32(hi ^ fmix32(stream + 0x9e3779b9)));
  }

  /** A float in [0, 1). */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** Picks by weight; weights need not sum to 1. */
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const [, w] of items) total += w;
    let r = this.next() * total;
    for (const [item, w] of items) {
      r -= w;
      if (r < 0) return item;
    }
    return items[items.length - 1]![0];
  }

  /** A shuffled copy (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  }

  /** `n` random digits as a string (leading zeros kept). */
  digits(n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += String(Math.floor(this.next() * 10));
    return s;
  }
}

/**
 * Ids shaped like `newId()`'s (`b_k3x9…`) but drawn from the seeded generator, never repeating
 * within one show.
 */
export class IdMaker {
  private readonly used = new Set<string>();

  constructor(private readonly rng: Rng) {}

  make(prefix: string, length = 10): string {
    for (;;) {
      let s = `${prefix}_`;
      for (let i = 0; i < length; i++) s += ID_ALPHABET[Math.floor(this.rng.next() * ID_ALPHABET.length)];
      if (!this.used.has(s)) {
        this.used.add(s);
        return s;
      }
    }
  }
}
