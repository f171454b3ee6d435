import type { PurchaseModelKind } from '../../../shared/clv';
import {
  bgnbdLogLikelihood,
  expectedIfAlive,
  expectedNewCustomer,
  expectedPurchases,
  fitBgNbd,
  pAlive,
  type BgNbdParams,
} from './bgnbd';
import { fitParetoNbd } from './fit-pareto-nbd';
import {
  fitMbgNbd,
  mbgnbdExpectedIfAlive,
  mbgnbdExpectedNewCustomer,
  mbgnbdExpectedPurchases,
  mbgnbdLogLikelihood,
  mbgnbdPAlive,
} from './mbgnbd';
import {
  paretoNbdExpectedIfAlive,
  paretoNbdExpectedNewCustomer,
  paretoNbdExpectedPurchases,
  paretoNbdLogLikelihood,
  paretoNbdNoPurchase,
  paretoNbdPAlive,
  type ParetoNbdParams,
} from './pareto-nbd';

/** What the rest of a CLV run asks of a fitted purchase model, whichever it is. */
export interface PurchaseModelFunctions {
  /** One customer's log-likelihood of (x, tₓ, T). */
  customerLogLikelihood(x: number, tx: number, T: number): number;
  /** P(alive | x, tₓ, T). */
  pAlive(x: number, tx: number, T: number): number;
  /** E[Y(t) | x, tₓ, T]: purchases expected in the next t periods (P(alive) times expectedIfAlive). */
  expectedPurchases(t: number, x: number, tx: number, T: number): number;
  /** Purchases expected in the next t periods of a customer alive at T (with x repeat purchases). */
  expectedIfAlive(t: number, x: number, T: number): number;
  /** The chance of no purchase in the next t periods, as a function of t: L(x, tₓ, T + t) / L(x, tₓ, T). */
  noPurchase(x: number, tx: number, T: number): (t: number) => number;
  /** E[X(t)]: purchases expected of a new customer in its first t periods. */
  expectedNewCustomer(t: number): number;
}

/** A purchase model as fitted: its kind, parameters by name, fit figures, and its functions at those parameters. */
export interface FittedModel extends PurchaseModelFunctions {
  kind: PurchaseModelKind;
  params: Record<string, number>;
  logLikelihood: number;
  converged: boolean;
  evaluations: number;
  noDropout: boolean;
}

/**
 * BG/NBD and MBG/NBD: the chance of no purchase in the next t periods, 1 − P(alive) + P(alive) ·
 * ((α+T)/(α+T+t))^(r+x): dropped out already, or alive (and so until the next purchase) with no
 * purchase at a rate λ ~ Gamma(r+x, α+T).
 */
function noPurchaseIfAlive({ r, alpha }: BgNbdParams, x: number, T: number, alive: number): (t: number) => number {
  return (t) => 1 - alive + alive * Math.exp((r + x) * (Math.log(alpha + T) - Math.log(alpha + T + t)));
}

/** The functions of a model at given parameters. */
export function modelFunctions(kind: PurchaseModelKind, params: Record<string, number>): PurchaseModelFunctions {
  if (kind === 'pareto') {
    const p = params as unknown as ParetoNbdParams;
    return {
      customerLogLikelihood: (x, tx, T) => paretoNbdLogLikelihood(p, x, tx, T),
      pAlive: (x, tx, T) => paretoNbdPAlive(p, x, tx, T),
      expectedPurchases: (t, x, tx, T) => paretoNbdExpectedPurchases(p, t, x, tx, T),
      expectedIfAlive: (t, x, T) => paretoNbdExpectedIfAlive(p, t, x, T),
      noPurchase: (x, tx, T) => paretoNbdNoPurchase(p, x, tx, T),
      expectedNewCustomer: (t) => paretoNbdExpectedNewCustomer(p, t),
    };
  }
  const p = params as unknown as BgNbdParams;
  if (kind === 'mbgnbd') {
    return {
      customerLogLikelihood: (x, tx, T) => mbgnbdLogLikelihood(p, x, tx, T),
      pAlive: (x, tx, T) => mbgnbdPAlive(p, x, tx, T),
      expectedPurchases: (t, x, tx, T) => mbgnbdExpectedPurchases(p, t, x, tx, T),
      expectedIfAlive: (t, x, T) => mbgnbdExpectedIfAlive(p, t, x, T),
      noPurchase: (x, tx, T) => noPurchaseIfAlive(p, x, T, mbgnbdPAlive(p, x, tx, T)),
      expectedNewCustomer: (t) => mbgnbdExpectedNewCustomer(p, t),
    };
  }
  return {
    customerLogLikelihood: (x, tx, T) => bgnbdLogLikelihood(p, x, tx, T),
    pAlive: (x, tx, T) => pAlive(p, x, tx, T),
    expectedPurchases: (t, x, tx, T) => expectedPurchases(p, t, x, tx, T),
    expectedIfAlive: (t, x, T) => expectedIfAlive(p, t, x, T),
    noPurchase: (x, tx, T) => noPurchaseIfAlive(p, x, T, pAlive(p, x, tx, T)),
    expectedNewCustomer: (t) => expectedNewCustomer(p, t),
  };
}

const FITS = { pareto: fitParetoNbd, bgnbd: fitBgNbd, mbgnbd: fitMbgNbd } as const;

/** Fits one purchase model to (x, tₓ, T) per customer; `onIteration` is called between the optimiser's steps. */
export function fitModel(
  kind: PurchaseModelKind,
  x: Float64Array,
  tx: Float64Array,
  T: Float64Array,
  onIteration?: () => void,
): FittedModel {
  const fit = FITS[kind](x, tx, T, onIteration);
  const params = { ...fit.params } as Record<string, number>;
  return {
    kind,
    params,
    logLikelihood: fit.logLikelihood,
    converged: fit.converged,
    evaluations: fit.evaluations,
    noDropout: 'noDropout' in fit && fit.noDropout === true,
    ...modelFunctions(kind, params),
  };
}
