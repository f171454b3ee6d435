import { chosenModel } from '../../shared/clv';
import type { RunResult } from '../../shared/segments';

/** A clustering run's figures, as `run --json` prints them. */
export function clusterFacts(c: NonNullable<RunResult['cluster']>) {
  return {
    k: c.k,
    seed: c.seed,
    inertia: c.objective,
    iterations: c.iterations,
    silhouette: c.silhouette,
    silhouetteSample: c.silhouetteSample,
    calinskiHarabasz: c.calinskiHarabasz,
    daviesBouldin: c.daviesBouldin,
    stability: c.stability?.mean ?? null,
    rulesAgreement: c.tree.agreement,
    centroids: c.centroids.map((centre) => ({
      ...Object.fromEntries(c.features.map((f, j) => [f.field, centre.values[j]])),
      ...Object.fromEntries(c.categoryFields.map((name, j) => [name, centre.modes[j]])),
    })),
  };
}

/**
 * A CLV run's fits and validation figures, as `run --json` prints them: the chosen purchase model
 * (why, its parameters and log-likelihood), every fitted model with its holdout errors (null
 * without a holdout), the models that failed, the proposed holdout, per segment the predicted
 * value beside past revenue, the churn-risk list and the next purchases.
 */
export function clvFacts(c: NonNullable<RunResult['clv']>) {
  const { p, q, gamma, customers, nonPositive, correlation } = c.gammaGamma;
  const chosen = chosenModel(c);
  return {
    calibrationEnd: c.calibrationEnd,
    holdoutEnd: c.holdoutEnd,
    proposedHoldout: c.proposedHoldout,
    timeUnit: c.unit,
    customers: c.customers,
    repeatCustomers: c.repeatCustomers,
    purchaseModel: {
      kind: chosen.kind,
      chosenBy: c.purchaseModel.chosenBy,
      params: chosen.params,
      logLikelihood: chosen.logLikelihood,
    },
    models: c.models.map((m) => ({
      kind: m.kind,
      params: m.params,
      logLikelihood: m.logLikelihood,
      converged: m.converged,
      evaluations: m.evaluations,
      noDropout: m.noDropout,
      holdout: m.holdout,
      byFrequency: m.byFrequency,
    })),
    modelFailures: c.modelFailures,
    gammaGamma: { p, q, gamma, logLikelihood: c.gammaGamma.logLikelihood, customers, nonPositive, correlation },
    totals: c.totals,
    segmentValues: c.segmentValues,
    churn: c.churn,
    nextPurchase: c.nextPurchase,
    holdout: c.validation.errors,
    warnings: c.warnings,
  };
}
