import gammaln from '@stdlib/math-base-special-gammaln';
import { AppError } from '../../../shared/errors';
import { gammaGammaWithGradient, spendData } from './gamma-gamma-gradient';
import { minimize } from './minimize';
import { minimizeBfgs } from './minimize-bfgs';
import { MIN_REPEAT_CUSTOMERS } from './summary';

/** Gamma-Gamma spend parameters (Fader & Hardie): spend per purchase ~ Gamma(p, ν), ν ~ Gamma(q, γ). */
export interface GammaGammaParams {
  p: number;
  q: number;
  gamma: number;
}

export interface GammaGammaFit {
  params: GammaGammaParams;
  logLikelihood: number;
  /** Repeat customers the model was fitted on. */
  customers: number;
  /** Repeat customers left out because their mean spend is not positive. */
  nonPositive: number;
  /** Pearson correlation of frequency and mean spend among them (the model assumes none). */
  correlation: number;
  converged: boolean;
}

/** One repeat customer's log-likelihood: x repeat purchases with mean spend m. */
export function gammaGammaLogLikelihood({ p, q, gamma }: GammaGammaParams, x: number, m: number): number {
  const px = p * x;
  return (
    gammaln(px + q) -
    gammaln(px) -
    gammaln(q) +
    q * Math.log(gamma) +
    (px - 1) * Math.log(m) +
    px * Math.log(x) -
    (px + q) * Math.log(gamma + m * x)
  );
}

function pearson(a: number[], b: number[]): number {
  const n = a.length;
  const ma = a.reduce((s, v) => s + v, 0) / n;
  const mb = b.reduce((s, v) => s + v, 0) / n;
  let sab = 0;
  let saa = 0;
  let sbb = 0;
  for (let i = 0; i < n; i++) {
    sab += (a[i] - ma) * (b[i] - mb);
    saa += (a[i] - ma) ** 2;
    sbb += (b[i] - mb) ** 2;
  }
  return saa > 0 && sbb > 0 ? sab / Math.sqrt(saa * sbb) : Number.NaN;
}

/**
 * Maximum-likelihood Gamma-Gamma on the repeat customers (x > 0) with a positive mean spend of
 * their repeat purchases; the others are left out (and counted). Refuses with too few.
 */
export function fitGammaGamma(frequency: Float64Array, monetary: Float64Array): GammaGammaFit {
  const xs: number[] = [];
  const ms: number[] = [];
  let nonPositive = 0;
  for (let i = 0; i < frequency.length; i++) {
    if (!(frequency[i] > 0)) continue;
    if (!(monetary[i] > 0)) {
      nonPositive++;
      continue;
    }
    xs.push(frequency[i]);
    ms.push(monetary[i]);
  }
  const customers = xs.length;
  if (customers < MIN_REPEAT_CUSTOMERS) {
    throw new AppError(
      'E_TOO_FEW_REPEAT',
      `The spend model needs at least ${MIN_REPEAT_CUSTOMERS} customers with a repeat purchase of positive value; there are ${customers}. Use a longer calibration period.`,
      { customers, nonPositive, minimum: MIN_REPEAT_CUSTOMERS },
    );
  }
  const params = ([lp, lq, lg]: number[]): GammaGammaParams => ({
    p: Math.exp(lp),
    q: Math.exp(lq),
    gamma: Math.exp(lg),
  });
  const data = spendData(xs, ms);
  const f = (v: number[]) => {
    const { value, gradient } = gammaGammaWithGradient(params(v), data);
    return { value: -value / customers, gradient: gradient.map((g) => -g / customers) };
  };
  const meanSpend = Math.log(ms.reduce((s, v) => s + v, 0) / customers);
  const starts = [
    [0, 0, 0],
    [Math.log(2), Math.log(2), meanSpend],
    [Math.log(5), Math.log(3), meanSpend + 1],
  ];
  // BFGS from the start with the highest likelihood: tens of evaluations; Nelder–Mead from all starts if it stalls.
  const ranked = starts
    .map((x) => ({ x, value: f(x).value }))
    .sort((a, b) => (Number.isFinite(a.value) ? a.value : Infinity) - (Number.isFinite(b.value) ? b.value : Infinity));
  const quick = minimizeBfgs(f, ranked[0].x);
  const best = quick.converged ? quick : minimize((v) => f(v).value, starts);
  const fitted = params(best.x);
  const logLikelihood = -best.value * customers;
  if (
    !Number.isFinite(logLikelihood) ||
    Object.values(fitted).some((v) => !Number.isFinite(v) || v < 1e-8 || v > 1e8) ||
    fitted.q <= 1
  ) {
    throw new AppError(
      'E_FIT_FAILED',
      'The spend (Gamma-Gamma) model could not be fitted: its parameters have no finite maximum (q must exceed 1 for an expected spend). Check the amounts, or use a longer calibration period.',
      { ...fitted, logLikelihood },
    );
  }
  return {
    params: fitted,
    logLikelihood,
    customers,
    nonPositive,
    correlation: pearson(xs, ms),
    converged: best.converged,
  };
}

/** A customer's expected spend per purchase: (γ + m x) p / (p x + q − 1); the population mean p γ / (q − 1) with no repeat purchase. */
export function expectedSpend({ p, q, gamma }: GammaGammaParams, x: number, m: number): number {
  if (!(x > 0) || !(m > 0)) return (p * gamma) / (q - 1);
  return ((gamma + m * x) * p) / (p * x + q - 1);
}
