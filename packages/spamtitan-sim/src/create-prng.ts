/** A seeded pseudo-random source: each call returns a number in [0, 1). */
export type Prng = () => number;

/**
 * Creates a deterministic pseudo-random number generator (mulberry32) from an integer seed.
 *
 * @example const random = createPrng(7); random(); // always the same first value for seed 7
 */
export function createPrng(seed: number): Prng {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Picks an integer in [min, max] (both inclusive) from a seeded source. */
export function pickInteger(random: Prng, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/** Picks one element of a non-empty list from a seeded source. */
export function pickOne<T>(random: Prng, items: readonly [T, ...T[]]): T {
  return items[Math.floor(random() * items.length)] ?? items[0];
}
