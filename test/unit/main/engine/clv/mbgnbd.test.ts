import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  fitMbgNbd,
  mbgnbdExpectedNewCustomer,
  mbgnbdExpectedPurchases,
  mbgnbdLogLikelihood,
  mbgnbdPAlive,
  mbgnbdTotalLogLikelihood,
  mbgnbdTotalWithGradient,
} from '../../../../../src/main/engine/clv/mbgnbd';
import { groupSummary } from '../../../../../src/main/engine/clv/group-summary';
import { simulateMbgNbd } from '../../../../../src/main/engine/clv/simulate';
import { summarizePurchases } from '../../../../../src/main/engine/clv/summary';
import { seededRandom } from '../../../../../src/main/engine/cluster/seeded-random';
import { cdnowRows, dayNumber } from '../../../../helpers/cdnow';
import { repoRoot } from '../../../../helpers/paths';

type Point = { x: number; tx: number; T: number; value: number };
/** Made by test/fixtures/clv/make_reference.py: Batislam et al.'s likelihood fitted with scipy on its own CDNOW summary. */
const reference = JSON.parse(readFileSync(`${repoRoot}/test/fixtures/clv/reference.json`, 'utf8')) as {
  customers: number;
  repeatBuyers: number;
  mbgnbd: {
    params: { r: number; alpha: number; a: number; b: number };
    logLikelihood: number;
    pAlive: Point[];
    expected39: Point[];
    expectedNew: { t: number; value: number }[];
  };
};

const within = (got: number, want: number, relative: number) =>
  expect(Math.abs(got - want) / Math.abs(want)).toBeLessThanOrEqual(relative);

describe('MBG/NBD on the CDNOW sample (2,357 customers; weeks; calibration to 1997-09-30; same-day purchases merged)', () => {
  const summary = summarizePurchases(cdnowRows('CDNOW_sample.txt', 1, 2, 4), {
    calibrationEnd: dayNumber('19970930'),
    unit: 'weeks',
  });
  const { frequency: x, recency: tx, T } = summary;
  const want = reference.mbgnbd;

  it('fits the scipy fixture: parameters to 0.5 %, LL to 0.01', () => {
    expect([x.length, x.filter((v) => v > 0).length]).toEqual([reference.customers, reference.repeatBuyers]);
    const fit = fitMbgNbd(x, tx, T);
    expect(Math.abs(fit.logLikelihood - want.logLikelihood)).toBeLessThanOrEqual(0.01);
    for (const key of ['r', 'alpha', 'a', 'b'] as const) within(fit.params[key], want.params[key], 0.005);
    expect(fit.converged).toBe(true);
    let direct = 0;
    for (let i = 0; i < x.length; i++) direct += mbgnbdLogLikelihood(fit.params, x[i], tx[i], T[i]);
    expect(direct).toBeCloseTo(fit.logLikelihood, 6);
  });

  it('P(alive), E[Y(39) | x, tₓ, T] and E[X(t)] at the fixture’s parameters', () => {
    for (const p of want.pAlive) expect(mbgnbdPAlive(want.params, p.x, p.tx, p.T)).toBeCloseTo(p.value, 10);
    for (const p of want.expected39)
      expect(mbgnbdExpectedPurchases(want.params, 39, p.x, p.tx, p.T)).toBeCloseTo(p.value, 9);
    for (const { t, value } of want.expectedNew)
      expect(mbgnbdExpectedNewCustomer(want.params, t)).toBeCloseTo(value, 9);
    // Unlike BG/NBD, a one-time buyer may have left: P(alive) below 1, lower the longer ago.
    expect(mbgnbdPAlive(want.params, 0, 0, 38.86)).toBeLessThan(0.5);
    expect(mbgnbdPAlive(want.params, 0, 0, 80)).toBeLessThan(mbgnbdPAlive(want.params, 0, 0, 38.86));
  });
});

describe('MBG/NBD on simulated customers of known parameters', () => {
  it('recovers r, α, a, b from 30,000 customers drawn from the model (days, watched up to a year)', () => {
    const truth = { r: 0.5, alpha: 20, a: 0.8, b: 2.5 };
    const { x, tx, T } = simulateMbgNbd(30_000, truth, 365, seededRandom(11));
    const fit = fitMbgNbd(x, tx, T);
    within(fit.params.r, truth.r, 0.1);
    within(fit.params.alpha, truth.alpha, 0.15);
    within(fit.params.a, truth.a, 0.2);
    within(fit.params.b, truth.b, 0.2);
    expect(fit.converged).toBe(true);
  });
});

describe('MBG/NBD gradient (for the BFGS fit)', () => {
  it('equals central differences of the likelihood on the parameters’ logs', () => {
    const data = groupSummary(
      Float64Array.from([0, 1, 2, 7, 20, 300]),
      Float64Array.from([0, 3, 30.43, 35, 38, 700]),
      Float64Array.from([38.86, 20, 38.86, 38.86, 39, 730]),
    );
    for (const params of [reference.mbgnbd.params, { r: 2, alpha: 40, a: 3, b: 0.5 }]) {
      const { value, gradient } = mbgnbdTotalWithGradient(params, data);
      expect(value).toBeCloseTo(mbgnbdTotalLogLikelihood(params, data), 9);
      (['r', 'alpha', 'a', 'b'] as const).forEach((key, k) => {
        const at = (h: number) => mbgnbdTotalLogLikelihood({ ...params, [key]: params[key] * Math.exp(h) }, data);
        within(gradient[k], (at(1e-5) - at(-1e-5)) / 2e-5, 1e-6);
      });
    }
  });
});

describe('MBG/NBD fit on many groups (a warm start on a subsample, polished on all the data)', () => {
  it('ends where the full likelihood’s gradient vanishes, near the parameters the customers were drawn from', () => {
    const truth = { r: 0.5, alpha: 20, a: 0.8, b: 2.5 };
    const { x, tx, T } = simulateMbgNbd(200_000, truth, 730, seededRandom(5));
    const data = groupSummary(x, tx, T);
    expect(data.x.length).toBeGreaterThan(40_000);
    const fit = fitMbgNbd(x, tx, T);
    expect(fit.converged).toBe(true);
    const { gradient } = mbgnbdTotalWithGradient(fit.params, data);
    for (const g of gradient) expect(Math.abs(g) / x.length).toBeLessThan(1e-7);
    within(fit.params.r, truth.r, 0.1);
    within(fit.params.a, truth.a, 0.15);
    within(fit.params.b, truth.b, 0.15);
  });
});
