import { fitPurchaseModel, type PurchaseModel, type PurchaseModelFit } from './fit-purchase-model';
import { type ParetoNbdParams, paretoNbdTotalLogLikelihood } from './pareto-nbd';
import { paretoNbdTotalWithGradient } from './pareto-nbd-gradient';

export type ParetoNbdFit = PurchaseModelFit<ParetoNbdParams>;

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
};

/** Maximum-likelihood Pareto/NBD on (x, tₓ, T) per customer (see fitPurchaseModel). */
export function fitParetoNbd(
  x: Float64Array,
  tx: Float64Array,
  T: Float64Array,
  onIteration?: () => void,
): ParetoNbdFit {
  return fitPurchaseModel(paretoNbdModel, x, tx, T, onIteration);
}
