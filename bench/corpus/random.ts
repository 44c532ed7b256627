// A seeded random source, so the same seed always writes the same corpus (and the same benchmark input).

/** Random numbers and choices from one seed; never Math.random. */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** A whole number in [min, max]. */
  int(min: number, max: number): number;
  /** true with probability p. */
  chance(p: number): boolean;
  /** One item of a non-empty list, each equally likely. */
  pick<T>(items: readonly T[]): T;
  /** One item, earlier items more likely (Zipf-like, s ≈ 1), as word use is in real text. */
  pickSkewed<T>(items: readonly T[]): T;
  /** `count` distinct items (or all of them, if fewer), in the list's order. */
  sample<T>(items: readonly T[], count: number): T[];
  /** A log-normal draw around `median` (half the draws below it), clipped to [min, max] and rounded. */
  logNormal(median: number, sigma: number, min: number, max: number): number;
}

/** mulberry32: small, fast and good enough for test data; see https://gist.github.com/tommyettinger/46a874533244883189143505d203312c */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new Error('cannot pick from an empty list');
    return items[Math.floor(next() * items.length)]!;
  };
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick,
    pickSkewed<T>(items: readonly T[]): T {
      if (items.length === 0) throw new Error('cannot pick from an empty list');
      // Inverse of the continuous Zipf (s = 1) distribution: rank = n^u, so rank 1 is the most frequent.
      const rank = Math.floor(Math.pow(items.length + 1, next())) - 1;
      return items[Math.min(rank, items.length - 1)]!;
    },
    sample<T>(items: readonly T[], count: number): T[] {
      const chosen = new Set<number>();
      const want = Math.min(count, items.length);
      while (chosen.size < want) chosen.add(Math.floor(next() * items.length));
      return [...chosen].sort((a, b) => a - b).map((i) => items[i]!);
    },
    logNormal(median, sigma, min, max) {
      // Box–Muller: a standard normal draw from two uniform ones.
      const u = 1 - next();
      const z = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * next());
      return Math.round(Math.min(max, Math.max(min, median * Math.exp(sigma * z))));
    },
  };
}
