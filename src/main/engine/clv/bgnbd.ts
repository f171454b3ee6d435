import betaln from '@stdlib/math-base-special-betaln';
import gammaln from '@stdlib/math-base-special-gammaln';
import hyp2f1 from '@stdlib/math-base-special-hyp2f1';
import { AppError } from '../../../shared/errors';
import { bgnbdTotalWithGradient } from './bgnbd-gradient';
import { quasiNewton } from './fit-purchase-model';
import { type GroupedSummary, groupSummary } from './group-summary';
import { minimize } from './minimize';
import { MIN_REPEAT_CUSTOMERS } from './summary';

/**
 * BG/NBD parameters (Fader, Hardie & Lee 2005): purchase rates ~ Gamma(r, α); dropout probability
 * ~ Beta(a, b). a = b = 0 stands for the model's limit without dropout (the NBD): nobody leaves.
 */
export interface BgNbdParams {
  r: number;
  alpha: number;
  a: number;
  b: number;
}

/** ln(e^a + e^b) without overflow. */
function logAddExp(a: number, b: number): number {
  const m = Math.max(a, b);
  return m === -Infinity ? -Infinity : m + Math.log(Math.exp(a - m) + Math.exp(b - m));
}

/**
 * One customer's BG/NBD log-likelihood (FHL 2005, eq. 6), in logs throughout (log-gamma,
 * log-beta; the two terms joined by log-sum-exp), so large x and T never overflow.
 */
export function bgnbdLogLikelihood({ r, alpha, a, b }: BgNbdParams, x: number, tx: number, T: number): number {
  if (a === 0) return gammaln(r + x) - gammaln(r) + r * Math.log(alpha) - (r + x) * Math.log(alpha + T);
  const common = gammaln(r + x) - gammaln(r) + r * Math.log(alpha) + betaln(a, b + x) - betaln(a, b);
  const alive = -(r + x) * Math.log(alpha + T);
  if (x === 0) return common + alive;
  const dropped = Math.log(a) - Math.log(b + x - 1) - (r + x) * Math.log(alpha + tx);
  return common + logAddExp(alive, dropped);
}

/**
 * The summed log-likelihood of grouped customers. The terms that depend on x alone (log-gammas,
 * log-betas) are computed once per distinct x, so a large file costs a few logarithms per group.
 */
export function totalLogLikelihood(params: BgNbdParams, data: GroupedSummary): number {
  const { r, alpha, a, b } = params;
  const { x, tx, T, weight, times, txAt, TAt } = data;
  if (a === 0) {
    let nbd = 0;
    for (let i = 0; i < x.length; i++) nbd += weight[i] * bgnbdLogLikelihood(params, x[i], tx[i], T[i]);
    return nbd;
  }
  const perX = new Map<number, { common: number; dropped: number }>();
  const base = r * Math.log(alpha) - gammaln(r) - betaln(a, b);
  const logs = Float64Array.from(times, (t) => Math.log(alpha + t));
  let sum = 0;
  for (let i = 0; i < x.length; i++) {
    const xi = x[i];
    let terms = perX.get(xi);
    if (!terms) {
      terms = {
        common: base + gammaln(r + xi) + betaln(a, b + xi),
        dropped: xi > 0 ? Math.log(a) - Math.log(b + xi - 1) : 0,
      };
      perX.set(xi, terms);
    }
    const alive = -(r + xi) * logs[TAt[i]];
    const ll =
      xi === 0 ? terms.common + alive : terms.common + logAddExp(alive, terms.dropped - (r + xi) * logs[txAt[i]]);
    sum += weight[i] * ll;
  }
  return sum;
}

export interface BgNbdFit {
  params: BgNbdParams;
  logLikelihood: number;
  customers: number;
  converged: boolean;
  /** The best fit has no dropout (a/(a + b) → 0): the NBD limit was fitted instead (a = b = 0). */
  noDropout: boolean;
  /** Likelihood evaluations the optimiser used. */
  evaluations: number;
}

/** A fitted mean dropout probability a/(a + b) below this is the no-dropout limit. */
const NO_DROPOUT = 1e-6;

const fromLogs = ([lr, la, lA, lb]: number[]): BgNbdParams => ({
  r: Math.exp(lr),
  alpha: Math.exp(la),
  a: Math.exp(lA),
  b: Math.exp(lb),
});

/**
 * Maximum-likelihood BG/NBD on (x, tₓ, T) per customer: BFGS with the analytic gradient on the
 * parameters' logs (so they stay positive) from the best of several starts. A fit whose parameters run off to the edges
 * (the likelihood flat: too few repeat buyers) is refused rather than reported.
 */
export function fitBgNbd(x: Float64Array, tx: Float64Array, T: Float64Array, onIteration?: () => void): BgNbdFit {
  const customers = x.length;
  const repeat = x.reduce((s, v) => s + (v > 0 ? 1 : 0), 0);
  if (repeat < MIN_REPEAT_CUSTOMERS) {
    throw new AppError(
      'E_TOO_FEW_REPEAT',
      `The purchase model needs at least ${MIN_REPEAT_CUSTOMERS} customers who bought again in the calibration period; there are ${repeat} of ${customers}.`,
      { repeat, customers, minimum: MIN_REPEAT_CUSTOMERS },
    );
  }
  const data = groupSummary(x, tx, T);
  const meanT = T.reduce((s, v) => s + v, 0) / customers;
  const scale = Math.log(Math.max(meanT, 1e-6));
  const starts = [
    [0, 0, 0, 0],
    [Math.log(0.5), scale - 1, Math.log(0.5), Math.log(2)],
    [Math.log(2), scale, Math.log(2), Math.log(5)],
  ];
  let best = quasiNewton(
    {
      name: 'BG/NBD',
      fromLogs,
      totalLogLikelihood,
      withGradient: (p, d) => ({ value: totalLogLikelihood(p, d), gradient: bgnbdTotalWithGradient(p, d) }),
      starts: () => starts,
    },
    data,
    starts,
    onIteration,
  );
  let params = fromLogs(best.x);
  // The likelihood may rise towards "nobody drops out" (a → 0, b → ∞ along a ridge, where a and
  // b themselves mean nothing and the hypergeometric function loses all precision): fit that limit.
  const noDropout = params.a / (params.a + params.b) < NO_DROPOUT;
  let evaluations = best.evaluations;
  if (noDropout) {
    const nbd = ([lr, la]: number[]): BgNbdParams => ({ r: Math.exp(lr), alpha: Math.exp(la), a: 0, b: 0 });
    best = minimize((p) => -totalLogLikelihood(nbd(p), data) / customers, [best.x.slice(0, 2), [0, scale]]);
    params = nbd(best.x);
    evaluations += best.evaluations;
  }
  const logLikelihood = -best.value * customers;
  const wild = [params.r, params.alpha, ...(noDropout ? [] : [params.a, params.b])].some(
    (v) => !Number.isFinite(v) || v < 1e-8 || v > 1e8,
  );
  if (!Number.isFinite(logLikelihood) || wild) {
    throw new AppError(
      'E_FIT_FAILED',
      'The BG/NBD model could not be fitted to these purchases (the likelihood has no clear maximum). Use a longer calibration period or more customers with repeat purchases.',
      { ...params, logLikelihood },
    );
  }
  return { params, logLikelihood, customers, converged: best.converged, noDropout, evaluations };
}

/** ln of the term that separates "alive" from "dropped out" after the last purchase: a/(b+x−1) · ((α+T)/(α+tₓ))^(r+x). */
function lnDropoutOdds({ r, alpha, a, b }: BgNbdParams, x: number, tx: number, T: number): number {
  return Math.log(a) - Math.log(b + x - 1) + (r + x) * (Math.log(alpha + T) - Math.log(alpha + tx));
}

/** P(alive | x, tₓ, T): 1 for a customer with no repeat purchase. */
export function pAlive(params: BgNbdParams, x: number, tx: number, T: number): number {
  if (x === 0 || params.a === 0) return 1;
  return 1 / (1 + Math.exp(lnDropoutOdds(params, x, tx, T)));
}

/** Expected purchases in the next t periods of a customer alive at T: (a+b+x−1)/(a−1) · (1 − ((α+T)/(α+T+t))^(r+x) 2F1(r+x, b+x; a+b+x−1; t/(α+T+t))). */
export function expectedIfAlive({ r, alpha, a, b }: BgNbdParams, t: number, x: number, T: number): number {
  if (t <= 0) return 0;
  if (a === 0) return ((r + x) * t) / (alpha + T);
  const z = t / (alpha + T + t);
  const tail =
    Math.exp((r + x) * (Math.log(alpha + T) - Math.log(alpha + T + t))) * hyp2f1(r + x, b + x, a + b + x - 1, z);
  return ((a + b + x - 1) / (a - 1)) * (1 - tail);
}

/** Expected purchases in the next t periods of a customer with (x, tₓ, T) (FHL 2005, eq. 10): P(alive) times those if alive. */
export function expectedPurchases(params: BgNbdParams, t: number, x: number, tx: number, T: number): number {
  return pAlive(params, x, tx, T) * expectedIfAlive(params, t, x, T);
}

/** E[X(t)]: expected purchases in t periods of a new customer (FHL 2005, eq. 9). */
export function expectedNewCustomer({ r, alpha, a, b }: BgNbdParams, t: number): number {
  if (t <= 0) return 0;
  if (a === 0) return (r * t) / alpha;
  const z = t / (alpha + t);
  return ((a + b - 1) / (a - 1)) * (1 - Math.pow(alpha / (alpha + t), r) * hyp2f1(r, b, a + b - 1, z));
}
