import type { BgNbdParams } from './bgnbd';

/** A Gamma(shape, scale) draw (Marsaglia & Tsang; shape < 1 by the boost u^(1/shape)). */
function gammaDraw(random: () => number, shape: number, scale: number): number {
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

/**
 * Customers drawn from the BG/NBD story, in whole days: each has a purchase rate λ ~ Gamma(r, 1/α)
 * and a dropout probability p ~ Beta(a, b), is watched T days (uniform in 1…maxT) from a first
 * purchase at day 0, buys at exponential gaps and after each purchase leaves with probability p.
 * Purchases on one day count once. For testing the fit on data of known parameters, and the bench.
 */
export function simulateBgNbd(
  n: number,
  { r, alpha, a, b }: BgNbdParams,
  maxT: number,
  random: () => number,
): { x: Float64Array; tx: Float64Array; T: Float64Array } {
  const x = new Float64Array(n);
  const tx = new Float64Array(n);
  const T = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const lambda = gammaDraw(random, r, 1 / alpha);
    const ga = gammaDraw(random, a, 1);
    const p = ga / (ga + gammaDraw(random, b, 1));
    const watched = 1 + Math.floor(random() * maxT);
    let t = 0;
    let repeats = 0;
    let last = 0;
    for (;;) {
      t += -Math.log(1 - random()) / lambda;
      if (t > watched) break;
      const day = Math.floor(t);
      if (day !== last) {
        repeats++;
        last = day;
      }
      if (random() < p) break;
    }
    x[i] = repeats;
    tx[i] = last;
    T[i] = watched;
  }
  return { x, tx, T };
}
