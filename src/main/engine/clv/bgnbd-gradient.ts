import type { GroupedSummary } from './group-summary';
import { harmonicSums } from './harmonic-sums';

/**
 * The summed BG/NBD log-likelihood (FHL 2005, eq. 6) and its gradient with respect to
 * (ln r, ln α, ln a, ln b), for fitting by BFGS. Digamma differences ψ(c+x) − ψ(c) are sums of
 * 1/(c+k) over whole x (harmonicSums); σ is the share of the "dropped out after tₓ" term. The
 * parameters typed by shape, not as BgNbdParams: bgnbd.ts imports this file.
 */
export function bgnbdTotalWithGradient(
  params: { r: number; alpha: number; a: number; b: number },
  data: GroupedSummary,
): number[] {
  const { r, alpha, a, b } = params;
  const { x, weight, times, txAt, TAt } = data;
  let maxX = 0;
  for (let i = 0; i < x.length; i++) maxX = Math.max(maxX, x[i]);
  const [Sr, Sb, Sab] = [r, b, a + b].map((c) => harmonicSums(c, maxX));
  const logs = Float64Array.from(times, (t) => Math.log(alpha + t));
  const inverse = Float64Array.from(times, (t) => 1 / (alpha + t));
  const lnAlpha = Math.log(alpha);
  const lnA = Math.log(a);
  const g = [0, 0, 0, 0];
  for (let i = 0; i < x.length; i++) {
    const xi = x[i];
    const w = weight[i];
    const [lT, lt, iT, it] = [logs[TAt[i]], logs[txAt[i]], inverse[TAt[i]], inverse[txAt[i]]];
    // The dropped-out term's share of the likelihood: 0 without a repeat purchase.
    const sigma = xi > 0 ? 1 / (1 + Math.exp(-(lnA - Math.log(b + xi - 1) + (r + xi) * (lT - lt)))) : 0;
    g[0] += w * (lnAlpha + Sr[xi] - (1 - sigma) * lT - sigma * lt);
    g[1] += w * (r / alpha - (r + xi) * ((1 - sigma) * iT + sigma * it));
    g[2] += w * (-Sab[xi] + sigma / a);
    g[3] += w * (Sb[xi] - Sab[xi] - (xi > 0 ? sigma / (b + xi - 1) : 0));
  }
  return [g[0] * r, g[1] * alpha, g[2] * a, g[3] * b];
}
