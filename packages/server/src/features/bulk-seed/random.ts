/**
 * A seeded pseudo-random source, so `seed:bulk --seed N` builds the same data set twice (sfc32, a
 * small fast generator with a 128-bit state; statistical quality is ample for test data, and it is
 * not for secrets).
 */
export type Random = {
  /** [0, 1) */
  next: () => number;
  /** An integer in [0, n). */
  int: (n: number) => number;
  /** true with probability p. */
  chance: (p: number) => boolean;
  pick: <T>(items: readonly T[]) => T;
  /** One of `items`, each as likely as its weight. */
  weighted: <T>(items: readonly T[], weight: (item: T) => number) => T;
  /** A normally distributed number (Box–Muller). */
  gaussian: () => number;
};

export function seededRandom(seed: number): Random {
  let a = 0x9e3779b9;
  let b = 0x243f6a88;
  let c = 0xb7e15162;
  let d = seed >>> 0;
  const next = (): number => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 15; i += 1) {
    next();
  }
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) {
      throw new Error('pick from an empty list');
    }
    return items[Math.floor(next() * items.length)] as T;
  };
  return {
    next,
    int: (n) => Math.floor(next() * n),
    chance: (p) => next() < p,
    pick,
    weighted: (items, weight) => {
      const total = items.reduce((sum, item) => sum + weight(item), 0);
      let r = next() * total;
      for (const item of items) {
        r -= weight(item);
        if (r < 0) {
          return item;
        }
      }
      return pick(items);
    },
    gaussian: () => {
      const u = 1 - next();
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * next());
    },
  };
}
