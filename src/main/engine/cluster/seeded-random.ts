/**
 * A seeded uniform random number generator in [0, 1) (mulberry32): the same seed gives the same
 * sequence on every machine, so every sampled or randomly started result can be reproduced.
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A random whole number in [0, n). */
export const randomIndex = (random: () => number, n: number) => Math.min(n - 1, Math.floor(random() * n));
