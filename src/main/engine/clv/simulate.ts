import type { BgNbdParams } from './bgnbd';
import type { ParetoNbdParams } from './pareto-nbd';

/** A Gamma(shape, scale) draw (Marsaglia & Tsang; shape < 1 by the boost u^(1/shape)). */
export function gammaDraw(random: () => number, shape: number, scale: number): number {
  if (shape < 1) return gammaDraw(random, shape + 1, scale) * Math.pow(random(), 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = Math.sqrt(-2 * Math.log(random() || Number.MIN_VALUE)) * Math.cos(2 * Math.PI * random());
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = random();
    if (u < 1 - 0.0331 * x ** 4 || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v * scale;
  }
}

interface Simulated {
  x: Float64Array;
  tx: Float64Array;
  T: Float64Array;
}

/**
 * One customer in whole days: watched `watched` days from a first purchase at day 0, buying at
 * exponential gaps of rate λ until the lifetime `life` ends, or after a purchase when `leaves()`
 * says so. Purchases on one day count once. Returns [repeat days, last purchase day, watched].
 */
function purchaseDays(random: () => number, lambda: number, watched: number, life: number, leaves: () => boolean) {
  let t = 0;
  let repeats = 0;
  let last = 0;
  const end = Math.min(watched, life);
  for (;;) {
    t += -Math.log(1 - random()) / lambda;
    if (t > end) break;
    const day = Math.floor(t);
    if (day !== last) {
      repeats++;
      last = day;
    }
    if (leaves()) break;
  }
  return [repeats, last, watched];
}

/** n customers, each drawn by `draw()` → [repeat days, last purchase day, days watched]. */
function simulate(n: number, draw: () => number[]): Simulated {
  const x = new Float64Array(n);
  const tx = new Float64Array(n);
  const T = new Float64Array(n);
  for (let i = 0; i < n; i++) [x[i], tx[i], T[i]] = draw();
  return { x, tx, T };
}

/** A Beta(a, b) draw from two Gamma draws. */
function betaDraw(random: () => number, a: number, b: number): number {
  const ga = gammaDraw(random, a, 1);
  return ga / (ga + gammaDraw(random, b, 1));
}

/**
 * Customers drawn from the BG/NBD story, in whole days: each has a purchase rate λ ~ Gamma(r, 1/α)
 * and a dropout probability p ~ Beta(a, b), is watched T days (uniform in 1…maxT) from a first
 * purchase at day 0, buys at exponential gaps and after each purchase leaves with probability p.
 * Purchases on one day count once. For testing the fit on data of known parameters, and the bench.
 */
export function simulateBgNbd(n: number, { r, alpha, a, b }: BgNbdParams, maxT: number, random: () => number) {
  return simulate(n, () => {
    const lambda = gammaDraw(random, r, 1 / alpha);
    const p = betaDraw(random, a, b);
    const watched = 1 + Math.floor(random() * maxT);
    return purchaseDays(random, lambda, watched, Infinity, () => random() < p);
  });
}

/** The MBG/NBD story: as BG/NBD, but the customer may also leave at day 0, right after the first purchase, with probability p. */
export function simulateMbgNbd(n: number, { r, alpha, a, b }: BgNbdParams, maxT: number, random: () => number) {
  return simulate(n, () => {
    const lambda = gammaDraw(random, r, 1 / alpha);
    const p = betaDraw(random, a, b);
    const watched = 1 + Math.floor(random() * maxT);
    if (random() < p) return [0, 0, watched];
    return purchaseDays(random, lambda, watched, Infinity, () => random() < p);
  });
}

/** The Pareto/NBD story: λ ~ Gamma(r, 1/α), a lifetime exponential of rate μ ~ Gamma(s, 1/β); purchases at rate λ while alive. */
export function simulateParetoNbd(
  n: number,
  { r, alpha, s, beta }: ParetoNbdParams,
  maxT: number,
  random: () => number,
) {
  return simulate(n, () => {
    const lambda = gammaDraw(random, r, 1 / alpha);
    const mu = gammaDraw(random, s, 1 / beta);
    const life = -Math.log(1 - random()) / mu;
    const watched = 1 + Math.floor(random() * maxT);
    return purchaseDays(random, lambda, watched, life, () => false);
  });
}
