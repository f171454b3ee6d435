import { AppError } from '../../../shared/errors';
import { type GroupedSummary, groupSummary } from './group-summary';
import { type Minimum, minimize } from './minimize';
import { type BfgsOptions, minimizeBfgs } from './minimize-bfgs';
import { MIN_REPEAT_CUSTOMERS } from './summary';

/** What a purchase model (Pareto/NBD, MBG/NBD) gives the shared fitting: its name, parameters from their logs, its likelihood, its starts. */
export interface PurchaseModel<P> {
  name: string;
  fromLogs: (logs: number[]) => P;
  totalLogLikelihood: (params: P, data: GroupedSummary) => number;
  /** The summed log-likelihood and its gradient with respect to the parameters' logs: fitted by BFGS when given. */
  withGradient?: (params: P, data: GroupedSummary) => { value: number; gradient: number[] };
  /** Starting points on the log scale, given ln of the mean observation time. */
  starts: (scale: number) => number[][];
  /**
   * The fit replaced by a limit of the model when the maximum found lies there (parameters running
   * off towards it, not refused as wild): null to keep the fit.
   */
  limit?: (fit: PurchaseModelFit<P>, best: Minimum, data: GroupedSummary, scale: number) => PurchaseModelFit<P> | null;
}

export interface PurchaseModelFit<P> {
  params: P;
  logLikelihood: number;
  customers: number;
  converged: boolean;
  /** Likelihood evaluations the optimiser used. */
  evaluations: number;
}

/** Refuses a purchase model with fewer repeat buyers than MIN_REPEAT_CUSTOMERS. */
export function assertRepeatBuyers(x: Float64Array): void {
  const repeat = x.reduce((s, v) => s + (v > 0 ? 1 : 0), 0);
  if (repeat < MIN_REPEAT_CUSTOMERS) {
    throw new AppError(
      'E_TOO_FEW_REPEAT',
      `The purchase model needs at least ${MIN_REPEAT_CUSTOMERS} customers who bought again in the calibration period; there are ${repeat} of ${x.length}.`,
      { repeat, customers: x.length, minimum: MIN_REPEAT_CUSTOMERS },
    );
  }
}

/**
 * BFGS on the mean negative log-likelihood from the start with the highest likelihood; the other
 * starts only if that descent does not converge. Evaluations count every start tried.
 */
function descend<P>(
  model: PurchaseModel<P>,
  data: GroupedSummary,
  starts: number[][],
  options: BfgsOptions,
): Minimum & { inverseHessian: number[][] } {
  const n = data.weight.reduce((s, w) => s + w, 0);
  const f = (p: number[]) => {
    const { value, gradient } = model.withGradient!(model.fromLogs(p), data);
    return { value: -value / n, gradient: gradient.map((g) => -g / n) };
  };
  const ranked = starts
    .map((x) => ({ x, value: -model.totalLogLikelihood(model.fromLogs(x), data) }))
    .sort((a, b) => (Number.isFinite(a.value) ? a.value : Infinity) - (Number.isFinite(b.value) ? b.value : Infinity));
  let evaluations = starts.length;
  let best: ReturnType<typeof minimizeBfgs> | null = null;
  for (const { x } of ranked) {
    const run = minimizeBfgs(f, x, options);
    evaluations += run.evaluations;
    if (!best || run.value < best.value) best = run;
    if (best.converged) break;
  }
  return { ...best!, evaluations };
}

/** Above this many groups, a warm start is fitted first on every k-th group (weights × k) to about this many. */
const WARM_GROUPS = 20_000;

/** Every k-th group with its weight times k: an unbiased estimate of the summed likelihood, k times cheaper. */
function everyKth(data: GroupedSummary, k: number): GroupedSummary {
  const pick = <A extends Float64Array | Int32Array>(a: A) => a.filter((_, i) => i % k === 0) as A;
  return {
    ...data,
    x: pick(data.x),
    tx: pick(data.tx),
    T: pick(data.T),
    txAt: pick(data.txAt),
    TAt: pick(data.TAt),
    weight: pick(data.weight).map((w) => w * k),
  };
}

/**
 * The maximum likelihood by BFGS. On many groups the starts are tried and descended on a 1-in-k
 * subsample first, and only that estimate is polished on all the data: a few full evaluations
 * instead of tens. Evaluations are counted in full-data equivalents (a subsample's as 1/k).
 */
export function quasiNewton<P>(
  model: PurchaseModel<P>,
  data: GroupedSummary,
  starts: number[][],
  onIteration?: () => void,
): Minimum {
  const groups = data.x.length;
  if (groups <= 2 * WARM_GROUPS) return descend(model, data, starts, { onIteration });
  const k = Math.floor(groups / WARM_GROUPS);
  const warm = descend(model, everyKth(data, k), starts, { tolGradient: 1e-7, onIteration });
  const polish = descend(model, data, [warm.x], { inverseHessian: warm.inverseHessian, onIteration });
  return { ...polish, evaluations: polish.evaluations + Math.ceil(warm.evaluations / k) };
}

/**
 * Maximum likelihood on (x, tₓ, T) per customer, grouped: Nelder–Mead on the parameters' logs (so
 * they stay positive) from several starts, as BG/NBD. A fit whose parameters run off to the edges
 * (the likelihood flat: too few repeat buyers) is refused rather than reported.
 */
export function fitPurchaseModel<P extends object>(
  model: PurchaseModel<P>,
  x: Float64Array,
  tx: Float64Array,
  T: Float64Array,
  onIteration?: () => void,
): PurchaseModelFit<P> {
  assertRepeatBuyers(x);
  const customers = x.length;
  const data = groupSummary(x, tx, T);
  const meanT = T.reduce((s, v) => s + v, 0) / customers;
  const f = (p: number[]) => -model.totalLogLikelihood(model.fromLogs(p), data) / customers;
  const scale = Math.log(Math.max(meanT, 1e-6));
  const starts = model.starts(scale);
  const best = model.withGradient ? quasiNewton(model, data, starts, onIteration) : minimize(f, starts);
  const params = model.fromLogs(best.x);
  const logLikelihood = -best.value * customers;
  const fit = { params, logLikelihood, customers, converged: best.converged, evaluations: best.evaluations };
  const limit = Number.isFinite(logLikelihood) ? model.limit?.(fit, best, data, scale) : null;
  if (limit) return limit;
  const wild = Object.values(params).some((v: number) => !Number.isFinite(v) || v < 1e-8 || v > 1e8);
  if (!Number.isFinite(logLikelihood) || wild) {
    throw new AppError(
      'E_FIT_FAILED',
      `The ${model.name} model could not be fitted to these purchases (the likelihood has no clear maximum). Use a longer calibration period or more customers with repeat purchases.`,
      { ...params, logLikelihood },
    );
  }
  return fit;
}
