import gammaln from '@stdlib/math-base-special-gammaln';
import { beforeAll, describe, expect, it } from 'vitest';
import { modelFunctions } from '../../../../../src/main/engine/clv/purchase-models';
import { type ClvRun, runClv } from '../../../../../src/main/engine/clv/run-clv';
import { prepareDataset } from '../../../../../src/main/engine/io/prepare-dataset';
import { readTable } from '../../../../../src/main/engine/io/read-table';
import { clvSpecSchema } from '../../../../../src/shared/clv';
import { sharedData } from '../../../../helpers/paths';

/** The NBD log-likelihood, written here: Σ ln[Γ(r+x)/Γ(r) · α^r/(α+T)^(r+x)] (everyone alive: tₓ plays no part). */
function nbdLogLikelihood(r: number, alpha: number, x: Float64Array, T: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < x.length; i++)
    sum += gammaln(r + x[i]) - gammaln(r) + r * Math.log(alpha) - (r + x[i]) * Math.log(alpha + T[i]);
  return sum;
}

describe('Pareto/NBD’s no-dropout limit (the NBD: s = β = 0, everyone alive)', () => {
  it('the model’s functions there: P(alive) 1, E[Y(t)] = (r+x)t/(α+T), no purchase ((α+T)/(α+T+t))^(r+x), the NBD likelihood', () => {
    const m = modelFunctions('pareto', { r: 0.8, alpha: 13, s: 0, beta: 0 });
    expect(m.pAlive(3, 10, 40)).toBe(1);
    expect(m.pAlive(0, 0, 40)).toBe(1);
    expect(m.expectedPurchases(26, 3, 10, 40)).toBeCloseTo((3.8 * 26) / 53, 12);
    expect(m.expectedIfAlive(26, 0, 40)).toBeCloseTo((0.8 * 26) / 53, 12);
    expect(m.noPurchase(3, 10, 40)(26)).toBeCloseTo((53 / 79) ** 3.8, 12);
    expect(m.expectedNewCustomer(10)).toBeCloseTo(8 / 13, 12);
    expect(m.customerLogLikelihood(3, 10, 40)).toBeCloseTo(
      gammaln(3.8) - gammaln(0.8) + 0.8 * Math.log(13) - 3.8 * Math.log(53),
      12,
    );
  });

  describe('Online Retail 40k sample, calibrated to 2011-09-30 (weeks, 6 months): no sign of anyone leaving', () => {
    let run: ClvRun;
    beforeAll(async () => {
      const prepared = prepareDataset(await readTable(sharedData('online_retail_sample40k.xlsx')), {
        now: Date.UTC(2026, 0, 1),
        fallbackCurrency: 'GBP',
        kind: 'transactions',
        roles: {
          customerId: 'CustomerID',
          orderId: 'InvoiceNo',
          orderDate: 'InvoiceDate',
          quantity: 'Quantity',
          unitPrice: 'UnitPrice',
        },
      });
      const spec = clvSpecSchema.parse({ model: 'clv', calibrationEnd: '2011-09-30', horizon: 6 });
      run = runClv(prepared.table, prepared.roles, spec);
    }, 120_000);

    it('Pareto/NBD (the default) ends in the limit: s = β = 0, noDropout, the warning', () => {
      const { result } = run;
      expect(result.purchaseModel).toEqual({ kind: 'pareto', chosenBy: 'default' });
      const [fit] = result.models;
      expect(fit.noDropout).toBe(true);
      expect(fit.params.s).toBe(0);
      expect(fit.params.beta).toBe(0);
      expect(fit.converged).toBe(true);
      expect(result.warnings).toContainEqual({ code: 'noDropout', value: 0 });
    });

    it('its log-likelihood is the NBD’s at (r, α), and (r, α) the NBD’s maximum: any 0.1 % step lowers it', () => {
      const { frequency: x, T } = run.summary;
      const { r, alpha } = run.result.models[0].params;
      const ll = nbdLogLikelihood(r, alpha, x, T);
      expect(run.result.models[0].logLikelihood).toBeCloseTo(ll, 6);
      // BG/NBD's no-dropout fit on the same data (the engineer-B finding): the same maximum, −16592.2546.
      expect(ll).toBeCloseTo(-16592.2546, 3);
      for (const [dr, da] of [
        [1.001, 1],
        [0.999, 1],
        [1, 1.001],
        [1, 0.999],
      ])
        expect(nbdLogLikelihood(r * dr, alpha * da, x, T)).toBeLessThan(ll);
    });

    it('every customer is alive; the next purchase is the NBD’s median wait: the first day with ((α+T)/(α+T+d/7))^(r+x) ≤ ½', () => {
      const { summary, values, result } = run;
      const { r, alpha } = result.models[0].params;
      expect(values.pAlive.every((p) => p === 1)).toBe(true);
      const horizon = result.nextPurchase.horizonDays;
      const expected = Array.from(summary.T, (T, i) => {
        const day = Math.ceil(7 * (alpha + T) * (2 ** (1 / (r + summary.frequency[i])) - 1) - 1e-9);
        return day <= horizon ? day : Number.NaN;
      });
      expect(Array.from(values.nextPurchaseDays)).toEqual(expected);
      const within = expected.filter((d) => !Number.isNaN(d)).length;
      expect(within).toBeGreaterThan(0);
      expect(result.nextPurchase.withinHorizon).toBe(within);
    });
  });
});
