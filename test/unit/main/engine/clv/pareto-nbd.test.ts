import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { groupSummary } from '../../../../../src/main/engine/clv/group-summary';
import {
  paretoNbdExpectedNewCustomer,
  paretoNbdExpectedPurchases,
  paretoNbdLogLikelihood,
  paretoNbdPAlive,
  paretoNbdTotalLogLikelihood,
} from '../../../../../src/main/engine/clv/pareto-nbd';
import { fitParetoNbd } from '../../../../../src/main/engine/clv/fit-pareto-nbd';
import { paretoNbdTotalWithGradient } from '../../../../../src/main/engine/clv/pareto-nbd-gradient';
import { simulateParetoNbd } from '../../../../../src/main/engine/clv/simulate';
import { summarizePurchases } from '../../../../../src/main/engine/clv/summary';
import { seededRandom } from '../../../../../src/main/engine/cluster/seeded-random';
import { cdnowRows, dayNumber } from '../../../../helpers/cdnow';
import { repoRoot } from '../../../../helpers/paths';

/** Made by test/fixtures/clv/make_reference.py (scipy/mpmath, Fader & Hardie's formulas as printed). */
const reference = JSON.parse(readFileSync(`${repoRoot}/test/fixtures/clv/reference.json`, 'utf8')).paretoNbd as {
  btyd: { r: number; alpha: number; s: number; beta: number };
  logLikelihood: number;
  points: {
    r: number;
    alpha: number;
    s: number;
    beta: number;
    x: number;
    tx: number;
    T: number;
    ll: number;
    pAlive: number;
    expected39: number;
  }[];
  large: { r: number; alpha: number; s: number; beta: number; x: number; tx: number; T: number; ll: number }[];
  expectedNew: { t: number; value: number }[];
};

const within = (got: number, want: number, relative: number) =>
  expect(Math.abs(got - want) / Math.abs(want)).toBeLessThanOrEqual(relative);

describe('Pareto/NBD on the CDNOW sample (2,357 customers; weeks; calibration to 1997-09-30; same-day purchases merged)', () => {
  const summary = summarizePurchases(cdnowRows('CDNOW_sample.txt', 1, 2, 4), {
    calibrationEnd: dayNumber('19970930'),
    holdoutEnd: dayNumber('19980630'),
    unit: 'weeks',
  });
  const { frequency: x, recency: tx, T } = summary;

  it('fits BTYD’s walkthrough values: r = 0.5534, α = 10.5802, s = 0.6061, β = 11.6562, LL = −9594.98', () => {
    const fit = fitParetoNbd(x, tx, T);
    expect(Math.abs(fit.logLikelihood - -9594.98)).toBeLessThanOrEqual(0.01);
    within(fit.params.r, 0.5534, 0.01);
    within(fit.params.alpha, 10.5802, 0.01);
    within(fit.params.s, 0.6061, 0.01);
    within(fit.params.beta, 11.6562, 0.01);
    expect(fit.converged).toBe(true);
    // The grouped likelihood equals the per-customer one summed.
    let direct = 0;
    for (let i = 0; i < x.length; i++) direct += paretoNbdLogLikelihood(fit.params, x[i], tx[i], T[i]);
    expect(direct).toBeCloseTo(fit.logLikelihood, 6);
  });

  it('at BTYD’s parameters: the LL, P(alive) and E[Y(39) | x, tₓ, T] of scipy’s untransformed 2F1 (α ≥ β and α < β)', () => {
    expect(paretoNbdTotalLogLikelihood(reference.btyd, groupSummary(x, tx, T))).toBeCloseTo(reference.logLikelihood, 6);
    expect(reference.points.some((p) => p.alpha < p.beta) && reference.points.some((p) => p.alpha >= p.beta)).toBe(
      true,
    );
    for (const { x: px, tx: ptx, T: pT, ll, pAlive, expected39, ...params } of reference.points) {
      expect(paretoNbdLogLikelihood(params, px, ptx, pT)).toBeCloseTo(ll, 9);
      expect(paretoNbdPAlive(params, px, ptx, pT)).toBeCloseTo(pAlive, 9);
      expect(paretoNbdExpectedPurchases(params, 39, px, ptx, pT)).toBeCloseTo(expected39, 9);
    }
    for (const { t, value } of reference.expectedNew)
      expect(paretoNbdExpectedNewCustomer(reference.btyd, t)).toBeCloseTo(value, 9);
    // A one-time buyer is not certainly alive (unlike BG/NBD), and less so the longer ago the purchase.
    expect(paretoNbdPAlive(reference.btyd, 0, 0, 80)).toBeLessThan(paretoNbdPAlive(reference.btyd, 0, 0, 38.86));
  });

  it('stays finite and exact where (α+T)^(r+s+x) overflows a double: x up to 2,000, T 10 years in days (mpmath, 50 digits)', () => {
    for (const { x: px, tx: ptx, T: pT, ll, ...params } of reference.large) {
      within(paretoNbdLogLikelihood(params, px, ptx, pT), ll, 1e-10);
      const p = paretoNbdPAlive(params, px, ptx, pT);
      expect(p).toBeGreaterThan(0);
      expect(p).toBeLessThanOrEqual(1);
    }
  });
});

describe('Pareto/NBD on simulated customers of known parameters', () => {
  it('recovers r, α, s, β from 30,000 customers drawn from the model (days, watched up to a year)', () => {
    const truth = { r: 0.5, alpha: 20, s: 0.8, beta: 60 };
    const { x, tx, T } = simulateParetoNbd(30_000, truth, 365, seededRandom(11));
    const fit = fitParetoNbd(x, tx, T);
    within(fit.params.r, truth.r, 0.1);
    within(fit.params.alpha, truth.alpha, 0.15);
    within(fit.params.s, truth.s, 0.2);
    within(fit.params.beta, truth.beta, 0.25);
    expect(fit.converged).toBe(true);
  });
});

describe('Pareto/NBD gradient (for the BFGS fit)', () => {
  it('equals central differences of the likelihood on the parameters’ logs, on both branches (α < β, α ≥ β)', () => {
    const data = groupSummary(
      Float64Array.from([0, 1, 2, 7, 20, 300]),
      Float64Array.from([0, 3, 30.43, 35, 38, 700]),
      Float64Array.from([38.86, 20, 38.86, 38.86, 39, 730]),
    );
    for (const params of [reference.btyd, { r: 0.8, alpha: 9, s: 1.3, beta: 4 }]) {
      const { value, gradient } = paretoNbdTotalWithGradient(params, data);
      expect(value).toBeCloseTo(paretoNbdTotalLogLikelihood(params, data), 9);
      (['r', 'alpha', 's', 'beta'] as const).forEach((key, k) => {
        const at = (h: number) => paretoNbdTotalLogLikelihood({ ...params, [key]: params[key] * Math.exp(h) }, data);
        within(gradient[k], (at(1e-5) - at(-1e-5)) / 2e-5, 1e-6);
      });
    }
  });
});
