import gammaln from '@stdlib/math-base-special-gammaln';
import { digamma } from './digamma';

/** The repeat customers Gamma-Gamma is fitted on: repeat purchases x, mean spend m and ln m, and each x's index among the distinct ones. */
export interface SpendData {
  x: Float64Array;
  m: Float64Array;
  logM: Float64Array;
  distinct: Float64Array;
  at: Int32Array;
}

export function spendData(xs: number[], ms: number[]): SpendData {
  const distinct = [...new Set(xs)].sort((a, b) => a - b);
  const index = new Map(distinct.map((v, k) => [v, k]));
  return {
    x: Float64Array.from(xs),
    m: Float64Array.from(ms),
    logM: Float64Array.from(ms, Math.log),
    distinct: Float64Array.from(distinct),
    at: Int32Array.from(xs, (v) => index.get(v)!),
  };
}

/**
 * The summed Gamma-Gamma log-likelihood (gammaGammaLogLikelihood) and its gradient with respect to
 * (ln p, ln q, ln γ), for fitting by BFGS. Per customer
 *   ℓ = q ln γ − ln Γ(q) + ln Γ(px+q) − ln Γ(px) + px ln x + (px−1) ln m − (px+q) ln(γ + m x);
 * the log-gammas and digammas once per distinct x, one logarithm per customer.
 */
export function gammaGammaWithGradient(
  { p, q, gamma }: { p: number; q: number; gamma: number },
  data: SpendData,
): { value: number; gradient: number[] } {
  const { x, m, logM, distinct, at } = data;
  const lead = new Float64Array(distinct.length);
  const dLeadP = new Float64Array(distinct.length);
  const psiQ = new Float64Array(distinct.length);
  for (let k = 0; k < distinct.length; k++) {
    const v = distinct[k];
    const px = p * v;
    const lnX = Math.log(v);
    const psiPxQ = digamma(px + q);
    lead[k] = gammaln(px + q) - gammaln(px) + px * lnX;
    dLeadP[k] = v * (psiPxQ - digamma(px) + lnX);
    psiQ[k] = psiPxQ;
  }
  const n = x.length;
  const lnGamma = Math.log(gamma);
  let value = n * (q * lnGamma - gammaln(q));
  let gp = 0;
  let gq = n * (lnGamma - digamma(q));
  let gg = (n * q) / gamma;
  for (let i = 0; i < n; i++) {
    const k = at[i];
    const xi = x[i];
    const px = p * xi;
    const spent = gamma + m[i] * xi;
    const lnSpent = Math.log(spent);
    value += lead[k] + (px - 1) * logM[i] - (px + q) * lnSpent;
    gp += dLeadP[k] + xi * (logM[i] - lnSpent);
    gq += psiQ[k] - lnSpent;
    gg -= (px + q) / spent;
  }
  return { value, gradient: [gp * p, gq * q, gg * gamma] };
}
