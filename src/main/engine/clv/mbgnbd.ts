import betaln from '@stdlib/math-base-special-betaln';
import gammaln from '@stdlib/math-base-special-gammaln';
import hyp2f1 from '@stdlib/math-base-special-hyp2f1';
import type { BgNbdParams } from './bgnbd';
import type { GroupedSummary } from './group-summary';
import { harmonicSums } from './harmonic-sums';
import { fitPurchaseModel, type PurchaseModel, type PurchaseModelFit } from './fit-purchase-model';

/**
 * MBG/NBD (Batislam, Denizel & Filiztekin 2007; lifetimes' ModifiedBetaGeoFitter): BG/NBD's
 * parameters, but a customer may also drop out at time zero, right after the first purchase, so
 * a customer with no repeat purchase is not certainly alive.
 */
export type MbgNbdParams = BgNbdParams;

/** ln(1 + e^a) without overflow. */
const log1pExp = (a: number) => (a > 0 ? a + Math.log1p(Math.exp(-a)) : Math.log1p(Math.exp(a)));

/** ln of the dropout odds a/(b+x) · ((α+T)/(α+tₓ))^(r+x), for every x (x = 0 included, tₓ = 0). */
function lnDropoutOdds({ r, alpha, a, b }: MbgNbdParams, x: number, tx: number, T: number): number {
  return Math.log(a) - Math.log(b + x) + (r + x) * (Math.log(alpha + T) - Math.log(alpha + tx));
}

/**
 * One customer's MBG/NBD log-likelihood (Batislam et al. 2007, eq. 5):
 *   L = B(a, b+x+1)/B(a, b) · Γ(r+x) α^r / Γ(r) · [ 1/(α+T)^(r+x) + a/(b+x) · 1/(α+tₓ)^(r+x) ],
 * in logs throughout.
 */
export function mbgnbdLogLikelihood(params: MbgNbdParams, x: number, tx: number, T: number): number {
  const { r, alpha, a, b } = params;
  const common = gammaln(r + x) - gammaln(r) + r * Math.log(alpha) + betaln(a, b + x + 1) - betaln(a, b);
  return common - (r + x) * Math.log(alpha + T) + log1pExp(lnDropoutOdds(params, x, tx, T));
}

/** The summed log-likelihood of grouped customers: log-gammas and log-betas once per distinct x, ln(α + t) once per distinct time. */
export function mbgnbdTotalLogLikelihood(params: MbgNbdParams, data: GroupedSummary): number {
  const { r, alpha, a, b } = params;
  const { x, weight, times, txAt, TAt } = data;
  const base = r * Math.log(alpha) - gammaln(r) - betaln(a, b);
  const lnA = Math.log(a);
  const logs = Float64Array.from(times, (t) => Math.log(alpha + t));
  const perX = new Map<number, { common: number; odds: number }>();
  let sum = 0;
  for (let i = 0; i < x.length; i++) {
    const xi = x[i];
    let terms = perX.get(xi);
    if (!terms) {
      terms = { common: base + gammaln(r + xi) + betaln(a, b + xi + 1), odds: lnA - Math.log(b + xi) };
      perX.set(xi, terms);
    }
    const lT = logs[TAt[i]];
    const odds = terms.odds + (r + xi) * (lT - logs[txAt[i]]);
    sum += weight[i] * (terms.common - (r + xi) * lT + log1pExp(odds));
  }
  return sum;
}

/**
 * The summed log-likelihood and its gradient with respect to (ln r, ln α, ln a, ln b). Digamma
 * differences ψ(c+x) − ψ(c) are sums of 1/(c+k) over whole x (harmonicSums); σ is the share of
 * the "dropped out after tₓ" term, the logistic of the dropout odds.
 */
export function mbgnbdTotalWithGradient(params: MbgNbdParams, data: GroupedSummary) {
  const { r, alpha, a, b } = params;
  const { x, weight, times, txAt, TAt } = data;
  let maxX = 0;
  for (let i = 0; i < x.length; i++) maxX = Math.max(maxX, x[i]);
  const [Sr, Sb, Sab] = [r, b, a + b].map((c) => harmonicSums(c, maxX + 1));
  // ln(α + t) and 1/(α + t) once per distinct time; ln a − ln(b + x) once per x.
  const logs = Float64Array.from(times, (t) => Math.log(alpha + t));
  const inverse = Float64Array.from(times, (t) => 1 / (alpha + t));
  const odds0 = Float64Array.from({ length: maxX + 1 }, (_, k) => Math.log(a) - Math.log(b + k));
  const g = [0, 0, 0, 0];
  const value = mbgnbdTotalLogLikelihood(params, data);
  const lnAlpha = Math.log(alpha);
  for (let i = 0; i < x.length; i++) {
    const xi = x[i];
    const w = weight[i];
    const [lT, lt, iT, it] = [logs[TAt[i]], logs[txAt[i]], inverse[TAt[i]], inverse[txAt[i]]];
    const sigma = 1 / (1 + Math.exp(-(odds0[xi] + (r + xi) * (lT - lt))));
    g[0] += w * (lnAlpha + Sr[xi] - lT + sigma * (lT - lt));
    g[1] += w * (r / alpha - (r + xi) * iT + sigma * (r + xi) * (iT - it));
    g[2] += w * (-Sab[xi + 1] + sigma / a);
    g[3] += w * (Sb[xi + 1] - Sab[xi + 1] - sigma / (b + xi));
  }
  return { value, gradient: [g[0] * r, g[1] * alpha, g[2] * a, g[3] * b] };
}

export type MbgNbdFit = PurchaseModelFit<MbgNbdParams>;

export const mbgnbdModel: PurchaseModel<MbgNbdParams> = {
  name: 'MBG/NBD',
  fromLogs: ([lr, la, lA, lb]) => ({ r: Math.exp(lr), alpha: Math.exp(la), a: Math.exp(lA), b: Math.exp(lb) }),
  totalLogLikelihood: mbgnbdTotalLogLikelihood,
  withGradient: mbgnbdTotalWithGradient,
  starts: (scale) => [
    [0, 0, 0, 0],
    [Math.log(0.5), scale - 1, Math.log(0.5), Math.log(2)],
    [Math.log(2), scale, Math.log(2), Math.log(5)],
  ],
};

/** Maximum-likelihood MBG/NBD on (x, tₓ, T) per customer (see fitPurchaseModel). */
export function fitMbgNbd(x: Float64Array, tx: Float64Array, T: Float64Array, onIteration?: () => void): MbgNbdFit {
  return fitPurchaseModel(mbgnbdModel, x, tx, T, onIteration);
}

/** P(alive | x, tₓ, T) = 1 / (1 + a/(b+x) · ((α+T)/(α+tₓ))^(r+x)): below 1 for one-time buyers too. */
export function mbgnbdPAlive(params: MbgNbdParams, x: number, tx: number, T: number): number {
  return 1 / (1 + Math.exp(lnDropoutOdds(params, x, tx, T)));
}

/** E[X(t)]: expected purchases in t periods of a new customer, (a+b−1)/(a−1) · (1 − (α/(α+t))^r 2F1(r, b+1; a+b; t/(α+t))). */
export function mbgnbdExpectedNewCustomer({ r, alpha, a, b }: MbgNbdParams, t: number): number {
  if (t <= 0) return 0;
  const tail = Math.exp(r * (Math.log(alpha) - Math.log(alpha + t))) * hyp2f1(r, b + 1, a + b, t / (alpha + t));
  return ((a + b - 1) / (a - 1)) * (1 - tail);
}

/** Expected purchases in the next t periods of a customer alive at T: (a+b+x)/(a−1) · (1 − ((α+T)/(α+T+t))^(r+x) 2F1(r+x, b+x+1; a+b+x; t/(α+T+t))). */
export function mbgnbdExpectedIfAlive({ r, alpha, a, b }: MbgNbdParams, t: number, x: number, T: number): number {
  if (t <= 0) return 0;
  const z = t / (alpha + T + t);
  const tail =
    Math.exp((r + x) * (Math.log(alpha + T) - Math.log(alpha + T + t))) * hyp2f1(r + x, b + x + 1, a + b + x, z);
  return ((a + b + x) / (a - 1)) * (1 - tail);
}

/** E[Y(t) | x, tₓ, T]: expected purchases in the next t periods, P(alive) times those if alive. */
export function mbgnbdExpectedPurchases(params: MbgNbdParams, t: number, x: number, tx: number, T: number): number {
  return mbgnbdPAlive(params, x, tx, T) * mbgnbdExpectedIfAlive(params, t, x, T);
}
