import gammaln from '@stdlib/math-base-special-gammaln';
import hyp2f1 from '@stdlib/math-base-special-hyp2f1';
import type { GroupedSummary } from './group-summary';

/**
 * Pareto/NBD parameters (Schmittlein, Morrison & Colombo 1987): purchase rates ~ Gamma(r, α) while
 * alive; lifetimes exponential with dropout rates ~ Gamma(s, β).
 */
export interface ParetoNbdParams {
  r: number;
  alpha: number;
  s: number;
  beta: number;
}

/** ln(e^a + e^b) without overflow. */
function logAddExp(a: number, b: number): number {
  const m = Math.max(a, b);
  return m === -Infinity ? -Infinity : m + Math.log(Math.exp(a - m) + Math.exp(b - m));
}

/** Beyond this z the series 2F1(1, b; c; z) converges slowly: stdlib's 2F1 (with its transformations) instead. */
const SERIES_Z = 0.9;

/** ln 2F1(1, b; c; z) for 0 ≤ z < 1 and c > b > 0: every term positive, summed until it no longer counts. */
function lnHyp1(b: number, c: number, z: number): number {
  if (z > SERIES_Z) return Math.log(hyp2f1(1, b, c, z));
  let term = 1;
  let sum = 1;
  for (let n = 0; n < 10_000; n++) {
    term *= ((b + n) / (c + n)) * z;
    sum += term;
    if (term < sum * 1e-17) break;
  }
  return Math.log(sum);
}

/**
 * ln of one of the two terms of Fader & Hardie's (2005 note, eq. 22) A₀ at time t:
 *   α ≥ β: 2F1(r+s+x, s+1; r+s+x+1; (α−β)/(α+t)) / (α+t)^(r+s+x)
 *   α < β: 2F1(r+s+x, r+x; r+s+x+1; (β−α)/(β+t)) / (β+t)^(r+s+x)
 * by Euler's transformation 2F1(a, b; c; z) = (1−z)^(c−a−b) 2F1(c−a, c−b; c; z), whose c − a = 1:
 *   α ≥ β: 2F1(1, r+x; r+s+x+1; z) / ((α+t)^(r+x) (β+t)^s)
 *   α < β: 2F1(1, s+1; r+s+x+1; z) / ((α+t)^(r+x−1) (β+t)^(s+1))
 * a series of positive terms, in logs: no power of (α+t) or 2F1 of a large first argument to overflow.
 */
function lnA0Term({ r, alpha, s, beta }: ParetoNbdParams, x: number, lnAlphaT: number, lnBetaT: number, t: number) {
  const c = r + s + x + 1;
  if (alpha >= beta) {
    const z = (alpha - beta) / (alpha + t);
    return lnHyp1(r + x, c, z) - (r + x) * lnAlphaT - s * lnBetaT;
  }
  const z = (beta - alpha) / (beta + t);
  return lnHyp1(s + 1, c, z) - (r + x - 1) * lnAlphaT - (s + 1) * lnBetaT;
}

/** ln A₀ = ln(term(tₓ) − term(T)) and the "alive at T" term −(r+x) ln(α+T) − s ln(β+T). */
function lnParts(params: ParetoNbdParams, x: number, tx: number, T: number) {
  const { alpha, beta, r, s } = params;
  const laT = Math.log(alpha + T);
  const lbT = Math.log(beta + T);
  const atTx = lnA0Term(params, x, Math.log(alpha + tx), Math.log(beta + tx), tx);
  const atT = lnA0Term(params, x, laT, lbT, T);
  // term(tₓ) ≥ term(T) (A₀ is an integral over (tₓ, T)); equal when tₓ = T.
  const lnA0 = atT < atTx ? atTx + Math.log1p(-Math.exp(atT - atTx)) : -Infinity;
  return { lnA0, alive: -(r + x) * laT - s * lbT };
}

/**
 * One customer's Pareto/NBD log-likelihood (Fader & Hardie 2005 note, eq. 22):
 *   L = Γ(r+x) α^r β^s / Γ(r) · [ 1/((α+T)^(r+x) (β+T)^s) + s/(r+s+x) · A₀ ].
 */
export function paretoNbdLogLikelihood(params: ParetoNbdParams, x: number, tx: number, T: number): number {
  const { r, alpha, s, beta } = params;
  const lead = gammaln(r + x) - gammaln(r) + r * Math.log(alpha) + s * Math.log(beta);
  const { lnA0, alive } = lnParts(params, x, tx, T);
  return lead + logAddExp(alive, Math.log(s / (r + s + x)) + lnA0);
}

/** ln(Γ(r+x) α^r β^s / Γ(r)), the likelihood's leading factor, as a function of x computed once per distinct x. */
export function paretoNbdLead({ r, alpha, s, beta }: ParetoNbdParams): (x: number) => number {
  const base = r * Math.log(alpha) + s * Math.log(beta) - gammaln(r);
  const perX = new Map<number, number>();
  return (x) => {
    let lead = perX.get(x);
    if (lead === undefined) {
      lead = base + gammaln(r + x);
      perX.set(x, lead);
    }
    return lead;
  };
}

/** The summed log-likelihood of grouped customers; ln Γ(r+x) once per distinct x. */
export function paretoNbdTotalLogLikelihood(params: ParetoNbdParams, data: GroupedSummary): number {
  const { r, s } = params;
  const { x, tx, T, weight } = data;
  const lead = paretoNbdLead(params);
  let sum = 0;
  for (let i = 0; i < x.length; i++) {
    const xi = x[i];
    const { lnA0, alive } = lnParts(params, xi, tx[i], T[i]);
    sum += weight[i] * (lead(xi) + logAddExp(alive, Math.log(s / (r + s + xi)) + lnA0));
  }
  return sum;
}

/** P(alive | x, tₓ, T) = 1 / (1 + s/(r+s+x) · (α+T)^(r+x) (β+T)^s · A₀) (Fader & Hardie 2005 note, eq. 18). */
export function paretoNbdPAlive(params: ParetoNbdParams, x: number, tx: number, T: number): number {
  const { r, s } = params;
  const { lnA0, alive } = lnParts(params, x, tx, T);
  return 1 / (1 + Math.exp(Math.log(s / (r + s + x)) + lnA0 - alive));
}

/** (1 − (b/(b+t))^(s−1)) / (s − 1), and its limit ln(1 + t/b) at s = 1. */
function survivalIntegral(s: number, b: number, t: number): number {
  const ln = Math.log1p(t / b);
  return Math.abs(s - 1) < 1e-10 ? ln : -Math.expm1(-(s - 1) * ln) / (s - 1);
}

/** E[X(t)]: expected purchases in t periods of a new customer, r β / (α (s−1)) · (1 − (β/(β+t))^(s−1)) (eq. 17). */
export function paretoNbdExpectedNewCustomer({ r, alpha, s, beta }: ParetoNbdParams, t: number): number {
  if (t <= 0) return 0;
  return ((r * beta) / alpha) * survivalIntegral(s, beta, t);
}

/** Expected purchases in the next t periods of a customer alive at T: (r+x)(β+T) / ((α+T)(s−1)) · (1 − ((β+T)/(β+T+t))^(s−1)). */
export function paretoNbdExpectedIfAlive(
  { r, alpha, s, beta }: ParetoNbdParams,
  t: number,
  x: number,
  T: number,
): number {
  if (t <= 0) return 0;
  return (((r + x) * (beta + T)) / (alpha + T)) * survivalIntegral(s, beta + T, t);
}

/** E[Y(t) | x, tₓ, T]: expected purchases in the next t periods, P(alive) times those if alive (eq. 19). */
export function paretoNbdExpectedPurchases(
  params: ParetoNbdParams,
  t: number,
  x: number,
  tx: number,
  T: number,
): number {
  if (t <= 0) return 0;
  return paretoNbdPAlive(params, x, tx, T) * paretoNbdExpectedIfAlive(params, t, x, T);
}

/**
 * The chance of no purchase in the next t periods, as a function of t: L(x, tₓ, T + t) / L(x, tₓ, T)
 * (the history, then t more periods without a purchase), the leading factor cancelled and the A₀
 * term at tₓ taken once: one 2F1 series per t.
 */
export function paretoNbdNoPurchase(params: ParetoNbdParams, x: number, tx: number, T: number): (t: number) => number {
  const { r, alpha, s, beta } = params;
  const share = Math.log(s / (r + s + x));
  const atTx = lnA0Term(params, x, Math.log(alpha + tx), Math.log(beta + tx), tx);
  const lnInner = (u: number) => {
    const la = Math.log(alpha + u);
    const lb = Math.log(beta + u);
    const atU = lnA0Term(params, x, la, lb, u);
    const lnA0 = atU < atTx ? atTx + Math.log1p(-Math.exp(atU - atTx)) : -Infinity;
    return logAddExp(-(r + x) * la - s * lb, share + lnA0);
  };
  const here = lnInner(T);
  return (t) => Math.exp(lnInner(T + t) - here);
}
