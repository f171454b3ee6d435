import { PURCHASE_MODELS, DEFAULT_PURCHASE_MODEL, type ClvResult, type ClvSpec } from '../../../shared/clv';
import { AppError } from '../../../shared/errors';
import { fitModel, type FittedModel } from './purchase-models';
import type { PurchaseSummary } from './summary';
import { validateModel, type ClvValidation } from './validation';

/** A fitted model with its validation against the holdout. */
export interface ComparedModel {
  model: FittedModel;
  validation: ClvValidation;
}

export interface ModelChoice {
  chosen: ComparedModel;
  chosenBy: ClvResult['purchaseModel']['chosenBy'];
  compared: ComparedModel[];
  failures: ClvResult['modelFailures'];
}

/** Relative difference in mean absolute error below which two models count as equally good. */
export const MAE_TIE = 1e-6;

/** Codes of a model that could not be fitted while the others may be: it is left out of the comparison. */
const LEAVE_OUT = new Set(['E_FIT_FAILED']);

/**
 * The purchase models fitted and one chosen. With a holdout all three are fitted and validated,
 * and `auto` picks the smallest mean absolute error per customer over the holdout; without one
 * only the chosen model is fitted (`auto`: Pareto/NBD). `step` is called between optimiser steps
 * with the share of the fitting done so far (progress, and a cancel that throws).
 */
export function chooseModel(
  summary: PurchaseSummary,
  spec: Pick<ClvSpec, 'purchaseModel'>,
  step: (fraction: number) => void = () => undefined,
): ModelChoice {
  const wanted = spec.purchaseModel === 'auto' ? null : spec.purchaseModel;
  const kinds = summary.holdoutLength > 0 ? [...PURCHASE_MODELS] : [wanted ?? DEFAULT_PURCHASE_MODEL];
  const compared: ComparedModel[] = [];
  const failures: ClvResult['modelFailures'] = [];
  kinds.forEach((kind, k) => {
    let iterations = 0;
    // Progress within a fit is not known ahead: it approaches the fit's end as the steps add up.
    const onIteration = () => step((k + 1 - 1 / (1 + ++iterations / 10)) / kinds.length);
    try {
      const model = fitModel(kind, summary.frequency, summary.recency, summary.T, onIteration);
      compared.push({ model, validation: validateModel(summary, model) });
    } catch (err) {
      if (!(err instanceof AppError) || !LEAVE_OUT.has(err.code) || kind === wanted) throw err;
      failures.push({ kind, code: err.code, message: err.message });
    }
    step((k + 1) / kinds.length);
  });
  if (compared.length === 0) {
    const first = failures[0];
    throw new AppError(first.code as 'E_FIT_FAILED', first.message, { failures });
  }
  if (wanted) return { chosen: compared.find((c) => c.model.kind === wanted)!, chosenBy: 'user', compared, failures };
  if (summary.holdoutLength <= 0) return { chosen: compared[0], chosenBy: 'default', compared, failures };
  // A model wins only by more than rounding: two fits of the same limit (the NBD) tie, and the first in PURCHASE_MODELS stays.
  const best = compared.reduce((a, b) => (b.validation.errors!.mae < a.validation.errors!.mae * (1 - MAE_TIE) ? b : a));
  return { chosen: best, chosenBy: 'holdout', compared, failures };
}

/** A compared model as the result stores it. */
export function fittedModelResult({ model, validation }: ComparedModel): ClvResult['models'][number] {
  const errors = validation.errors;
  return {
    kind: model.kind,
    params: model.params,
    logLikelihood: model.logLikelihood,
    converged: model.converged,
    evaluations: model.evaluations,
    noDropout: model.noDropout,
    holdout: errors
      ? { ...errors, relativeError: Number.isFinite(errors.relativeError) ? errors.relativeError : null }
      : null,
    byFrequency: validation.byFrequency,
  };
}
