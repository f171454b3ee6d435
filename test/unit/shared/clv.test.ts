import { describe, expect, it } from 'vitest';
import { chosenModel, clvResultSchema } from '../../../src/shared/clv';

/** A CLV result as runs stored it before the three purchase models: BG/NBD alone, under `bgnbd`. */
const stored = {
  unit: 'weeks',
  calibrationEnd: '1997-09-30',
  holdoutEnd: '1998-06-30',
  customers: 2357,
  repeatCustomers: 946,
  bgnbd: { r: 0.2426, alpha: 4.4136, a: 0.7929, b: 2.4259, logLikelihood: -9582.43, converged: true },
  gammaGamma: {
    p: 6.25,
    q: 3.74,
    gamma: 15.44,
    logLikelihood: -4000.1,
    customers: 946,
    nonPositive: 0,
    correlation: 0.11,
    converged: true,
  },
  settings: { margin: 0.3, discountRate: 0.01, horizon: 12 },
  totals: { clv: 51234.5, expectedPurchases: 1788.3 },
  tierFloors: [40.2, 3.1, 0],
  warnings: [],
  validation: {
    byFrequency: [{ frequency: '0', customers: 1411, actual: 0.24, expected: 0.23 }],
    cumulative: [{ t: 1, day: '1997-10-07', actual: 50, expected: 48.2 }],
    errors: { actual: 1788, expected: 1788.3, relativeError: 0.0002, mae: 0.79, rmse: 1.7 },
  },
  pAlive: {
    T: 39,
    frequency: [0, 1],
    recency: [0, 39],
    values: [
      [1, 0.5],
      [1, 0.9],
    ],
  },
};

describe('a stored BG/NBD-only CLV result', () => {
  it('reads as BG/NBD chosen by the user, its parameters by name and its holdout errors those of the validation', () => {
    const result = clvResultSchema.parse(JSON.parse(JSON.stringify(stored)));
    expect(result.purchaseModel).toEqual({ kind: 'bgnbd', chosenBy: 'user' });
    expect(result.models).toEqual([
      {
        kind: 'bgnbd',
        params: { r: 0.2426, alpha: 4.4136, a: 0.7929, b: 2.4259 },
        logLikelihood: -9582.43,
        converged: true,
        evaluations: 0,
        noDropout: false,
        holdout: { actual: 1788, expected: 1788.3, relativeError: 0.0002, mae: 0.79, rmse: 1.7 },
        byFrequency: [{ frequency: '0', customers: 1411, actual: 0.24, expected: 0.23 }],
      },
    ]);
    expect(chosenModel(result).params.alpha).toBe(4.4136);
    expect('bgnbd' in result).toBe(false);
    // What the old run did not have: no proposal, no per-segment values, an empty churn list, no next purchases.
    expect(result.proposedHoldout).toBeNull();
    expect(result.modelFailures).toEqual([]);
    expect(result.segmentValues).toEqual([]);
    expect(result.churn.customers).toBe(0);
    expect(result.nextPurchase).toEqual({ horizonDays: 0, withinHorizon: 0 });
    // Everything else as stored.
    expect(result.gammaGamma).toEqual(stored.gammaGamma);
    expect(result.validation).toEqual(stored.validation);
    expect(result.tierFloors).toEqual(stored.tierFloors);
  });

  it('the NBD limit (a = b = 0) stored reads as a fit without dropout; a result of today reads unchanged', () => {
    const limit = {
      ...stored,
      bgnbd: { ...stored.bgnbd, a: 0, b: 0 },
      validation: { ...stored.validation, errors: null },
    };
    const result = clvResultSchema.parse(limit);
    expect(result.models[0]).toMatchObject({ noDropout: true, holdout: null, params: { a: 0, b: 0 } });
    expect(clvResultSchema.parse(result)).toEqual(result);
  });
});
