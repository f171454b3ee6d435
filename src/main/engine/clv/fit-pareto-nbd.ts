import { fitNbd, NO_DROPOUT } from './bgnbd';
import { fitPurchaseModel, type PurchaseModel, type PurchaseModelFit } from './fit-purchase-model';
import { type ParetoNbdParams, paretoNbdTotalLogLikelihood } from './pareto-nbd';
import { paretoNbdTotalWithGradient } from './pareto-nbd-gradient';

/** A Pareto/NBD fit; noDropout: the NBD limit was fitted instead (s = β = 0: everyone alive). */
export type ParetoNbdFit = PurchaseModelFit<ParetoNbdParams> & { noDropout: boolean };

/**
 * The no-dropout limit: s/β is the mean dropout rate, and 1 − (β/(β+T))^s ≈ s T/β the share of
 * customers expected to leave within T; below NO_DROPOUT (10⁻⁶, as BG/NBD's mean dropout chance)
 * over the longest history, no P(alive) differs from 1 by more than that, and the likelihood
 * is the NBD's (the fit only drifts further along the flat ridge s → 0, β → ∞): the NBD is fitted
 * (r, α; s = β = 0 stand for μ = 0) and reported as noDropout.
 */
function noDropoutLimit(
  fit: PurchaseModelFit<ParetoNbdParams>,
  best: { x: number[]; evaluations: number },
  data: Parameters<typeof fitNbd>[0],
  scale: number,
): ParetoNbdFit | null {
  const maxT = data.T.reduce((m, t) => Math.max(m, t), 0);
  if ((fit.params.s / fit.params.beta) * maxT >= NO_DROPOUT) return null;
  const nbd = fitNbd(data, best.x.slice(0, 2), scale);
  const [r, alpha] = nbd.x.map(Math.exp);
  // An NBD running off to the edges too: left to fitPurchaseModel's refusal.
  if (![r, alpha].every((v) => v >= 1e-8 && v <= 1e8)) return null;
  return {
    params: { r, alpha, s: 0, beta: 0 },
    logLikelihood: -nbd.value * fit.customers,
    customers: fit.customers,
    converged: nbd.converged,
    evaluations: fit.evaluations + nbd.evaluations,
    noDropout: true,
  };
}

export const paretoNbdModel: PurchaseModel<ParetoNbdParams> = {
  name: 'Pareto/NBD',
  fromLogs: ([lr, la, ls, lb]) => ({ r: Math.exp(lr), alpha: Math.exp(la), s: Math.exp(ls), beta: Math.exp(lb) }),
  totalLogLikelihood: paretoNbdTotalLogLikelihood,
  withGradient: paretoNbdTotalWithGradient,
  starts: (scale) => [
    [0, 0, 0, 0],
    [Math.log(0.5), scale - 1, Math.log(0.5), scale - 1],
    [Math.log(2), scale, Math.log(2), scale + 1],
  ],
  limit: noDropoutLimit,
};

/** Maximum-likelihood Pareto/NBD on (x, tₓ, T) per customer (see fitPurchaseModel), or its no-dropout limit. */
export function fitParetoNbd(
  x: Float64Array,
  tx: Float64Array,
  T: Float64Array,
  onIteration?: () => void,
): ParetoNbdFit {
  const fit = fitPurchaseModel(paretoNbdModel, x, tx, T, onIteration);
  return { ...fit, noDropout: 'noDropout' in fit && fit.noDropout === true };
}
