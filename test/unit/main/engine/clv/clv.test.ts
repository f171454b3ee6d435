import { describe, expect, it } from 'vitest';
import {
  bgnbdLogLikelihood,
  expectedNewCustomer,
  expectedPurchases,
  fitBgNbd,
  pAlive,
  type BgNbdParams,
} from '../../../../../src/main/engine/clv/bgnbd';
import { simulateBgNbd } from '../../../../../src/main/engine/clv/simulate';
import { seededRandom } from '../../../../../src/main/engine/cluster/seeded-random';
import { clvSegments } from '../../../../../src/main/engine/clv/clv-segments';
import { clvSpecSchema } from '../../../../../src/shared/clv';
import { playbookFor } from '../../../../../src/shared/playbook';
import { customerValues } from '../../../../../src/main/engine/clv/customer-value';
import { expectedSpend, fitGammaGamma, gammaGammaLogLikelihood } from '../../../../../src/main/engine/clv/gamma-gamma';
import { summarizePurchases } from '../../../../../src/main/engine/clv/summary';
import { modelFunctions } from '../../../../../src/main/engine/clv/purchase-models';
import { pAliveMatrix, validateModel } from '../../../../../src/main/engine/clv/validation';
import { cdnowRows, dayNumber } from '../../../../helpers/cdnow';

const bg = (params: BgNbdParams) => modelFunctions('bgnbd', { ...params });

const within = (got: number, want: number, relative: number) =>
  expect(Math.abs(got - want) / Math.abs(want)).toBeLessThanOrEqual(relative);

describe('BG/NBD and Gamma-Gamma on the CDNOW sample (2,357 customers; weeks; calibration to 1997-09-30; same-day purchases merged)', () => {
  const rows = cdnowRows('CDNOW_sample.txt', 1, 2, 4);
  const calibrationEnd = dayNumber('19970930');
  const holdoutEnd = dayNumber('19980630');
  const summary = summarizePurchases(rows, { calibrationEnd, holdoutEnd, unit: 'weeks' });

  it('summarises per customer as the models read it: x, tₓ, T (weeks, continuous), repeat spend, holdout', () => {
    expect(summary.frequency.length).toBe(2357);
    // An independent count: distinct (customer, day) pairs, split at the calibration end.
    const days = new Map<string, Set<number>>();
    for (const r of rows.raw) days.set(r.id, (days.get(r.id) ?? new Set()).add(r.day));
    let repeatCal = 0;
    let holdout = 0;
    let repeaters = 0;
    for (const set of days.values()) {
      const cal = [...set].filter((d) => d <= calibrationEnd).length;
      repeatCal += cal - 1;
      holdout += [...set].filter((d) => d > calibrationEnd).length;
      if (cal > 1) repeaters++;
    }
    expect(summary.frequency.reduce((s, v) => s + v, 0)).toBe(repeatCal);
    expect(summary.holdoutFrequency.reduce((s, v) => s + v, 0)).toBe(holdout);
    expect(repeaters).toBe(946);
    // A first purchase on 1997-01-01 has T = 272 days ÷ 7 = 38.86 weeks.
    const first = summary.firstDay.indexOf(dayNumber('19970101'));
    expect(summary.T[first]).toBeCloseTo(272 / 7, 12);
    expect(summary.holdoutLength).toBeCloseTo(273 / 7, 12);
    // Customer 0001 (sample id) is FHL's worked example: bought 1997-01-01, 01-18, 08-02 ($29.33, $29.73, $14.96), then 12-12 ($26.48).
    const c1 = summary.customer.indexOf(0);
    expect(summary.frequency[c1]).toBe(2);
    expect(summary.recency[c1]).toBeCloseTo(213 / 7, 12); // 30.43 weeks
    expect(summary.T[c1]).toBeCloseTo(272 / 7, 12); // 38.86 weeks
    expect(summary.monetary[c1]).toBeCloseTo((29.73 + 14.96) / 2, 12);
    expect([summary.holdoutFrequency[c1], summary.holdoutSpend[c1]]).toEqual([1, 26.48]);
  });

  it('fits BG/NBD to Fader, Hardie & Lee (2005): r = 0.243, α = 4.414, a = 0.793, b = 2.426, LL = −9582.4', () => {
    const fit = fitBgNbd(summary.frequency, summary.recency, summary.T);
    within(fit.params.r, 0.243, 0.005);
    within(fit.params.alpha, 4.414, 0.005);
    within(fit.params.a, 0.793, 0.005);
    within(fit.params.b, 2.426, 0.005);
    expect(Math.abs(fit.logLikelihood - -9582.4)).toBeLessThanOrEqual(0.1);
    expect(fit.converged).toBe(true);
    // The grouped, per-x-cached likelihood equals the per-customer formula summed.
    let direct = 0;
    for (let i = 0; i < summary.frequency.length; i++)
      direct += bgnbdLogLikelihood(fit.params, summary.frequency[i], summary.recency[i], summary.T[i]);
    expect(direct).toBeCloseTo(fit.logLikelihood, 6);
    // FHL's worked example: x = 2, tₓ = 30.43, T = 38.86 expects 1.226 purchases in the next 39 weeks.
    expect(expectedPurchases(fit.params, 39, 2, 30.43, 38.86)).toBeCloseTo(1.226, 3);
    expect(pAlive(fit.params, 0, 0, 38.86)).toBe(1);
    expect(pAlive(fit.params, 2, 30.43, 38.86)).toBeGreaterThan(pAlive(fit.params, 2, 5, 38.86));
    // E[X(t)] grows with t, and the conditional expectation of a customer never seen again is E[X] of a new one discounted by P(alive).
    expect(expectedNewCustomer(fit.params, 78)).toBeGreaterThan(expectedNewCustomer(fit.params, 39));
  });

  it('fits Gamma-Gamma on the 946 repeat customers: p = 6.25, q = 3.74, γ = 15.44 (Fader & Hardie), and reports the frequency–spend correlation', () => {
    const gg = fitGammaGamma(summary.frequency, summary.monetary);
    expect(gg.customers).toBe(946);
    expect(gg.nonPositive).toBe(0);
    within(gg.params.p, 6.25, 0.01);
    within(gg.params.q, 3.74, 0.01);
    within(gg.params.gamma, 15.44, 0.01);
    expect(gg.correlation).toBeCloseTo(0.11, 2);
    let direct = 0;
    for (let i = 0; i < summary.frequency.length; i++)
      if (summary.frequency[i] > 0)
        direct += gammaGammaLogLikelihood(gg.params, summary.frequency[i], summary.monetary[i]);
    expect(direct).toBeCloseTo(gg.logLikelihood, 6);
    // With no repeat purchase, the population mean spend p γ / (q − 1).
    expect(expectedSpend(gg.params, 0, Number.NaN)).toBeCloseTo(
      (gg.params.p * gg.params.gamma) / (gg.params.q - 1),
      12,
    );
  });

  it('values customers: undiscounted CLV is expected purchases × spend × margin; discounting lowers it', () => {
    const fit = fitBgNbd(summary.frequency, summary.recency, summary.T);
    const gg = fitGammaGamma(summary.frequency, summary.monetary);
    const flat = customerValues(summary, bg(fit.params), gg.params, {
      margin: 0.3,
      monthlyDiscount: 0,
      horizonMonths: 12,
    });
    const discounted = customerValues(summary, bg(fit.params), gg.params, {
      margin: 0.3,
      monthlyDiscount: 0.01,
      horizonMonths: 12,
    });
    for (const i of [0, 10, 500, 2356]) {
      expect(flat.clv[i]).toBeCloseTo(flat.expectedPurchases[i] * flat.expectedSpend[i] * 0.3, 9);
      expect(discounted.clv[i]).toBeLessThan(flat.clv[i]);
      expect(discounted.clv[i]).toBeGreaterThan(flat.clv[i] / 1.01 ** 12);
      // 12 months of 365.25/12 days are 52.18 weeks.
      expect(flat.expectedPurchases[i]).toBeCloseTo(
        expectedPurchases(fit.params, 365.25 / 7, summary.frequency[i], summary.recency[i], summary.T[i]),
        12,
      );
    }
  });

  it('validates against the holdout: per calibration frequency, cumulative over time, error figures', () => {
    const fit = fitBgNbd(summary.frequency, summary.recency, summary.T);
    const v = validateModel(summary, bg(fit.params));
    expect(v.byFrequency.map((g) => g.frequency)).toEqual(['0', '1', '2', '3', '4', '5', '6', '7+']);
    expect(v.byFrequency.reduce((s, g) => s + g.customers, 0)).toBe(2357);
    // Buyers with more calibration purchases buy more in the holdout, and the model follows.
    expect(v.byFrequency[5].actual).toBeGreaterThan(v.byFrequency[0].actual);
    expect(v.byFrequency[5].expected).toBeGreaterThan(v.byFrequency[0].expected);
    const totalRepeat = summary.frequency.reduce((s, x) => s + x, 0);
    const totalHoldout = summary.holdoutFrequency.reduce((s, x) => s + x, 0);
    expect(v.errors!.actual).toBe(totalHoldout);
    // The curve counts every repeat purchase: at the calibration end all of the calibration ones, at the end all.
    const { start, counts } = summary.repeatsByDay;
    const after = (day: number, until: number) =>
      counts.slice(day - start + 1, until - start + 1).reduce((s, c) => s + c, 0);
    const atCalibration = v.cumulative.filter((p) => p.day <= calibrationEnd).at(-1)!;
    expect(atCalibration.actual + after(atCalibration.day, calibrationEnd)).toBe(totalRepeat);
    const atEnd = v.cumulative.at(-1)!;
    expect(atEnd.actual + after(atEnd.day, holdoutEnd)).toBe(totalRepeat + totalHoldout);
    // The model's aggregate holdout forecast is within 15 % of what happened (FHL 2005 fig. 3: it tracks closely).
    expect(Math.abs(v.errors!.relativeError)).toBeLessThan(0.15);
    const matrix = pAliveMatrix(bg(fit.params), 38.86, 10, 8);
    expect(matrix.values).toHaveLength(11);
    expect(matrix.values[0].every((p) => p === 1)).toBe(true);
    expect(matrix.values[10][0]).toBeLessThan(matrix.values[10][8]);
  });
});

describe('CDNOW master (23,570 customers), the same settings', () => {
  it('fits both models on every customer, the repeat buyers’ spend on positive values only', () => {
    const rows = cdnowRows('CDNOW_master.txt', 0, 1, 3);
    const summary = summarizePurchases(rows, {
      calibrationEnd: dayNumber('19970930'),
      holdoutEnd: dayNumber('19980630'),
      unit: 'weeks',
    });
    expect(summary.frequency.length).toBe(23_570);
    const fit = fitBgNbd(summary.frequency, summary.recency, summary.T);
    expect(fit.converged).toBe(true);
    // The full panel behaves as its 1/10 sample (FHL 2005 fit the sample): parameters of the same size.
    within(fit.params.r, 0.243, 0.15);
    within(fit.params.alpha, 4.414, 0.15);
    const gg = fitGammaGamma(summary.frequency, summary.monetary);
    expect(gg.customers + gg.nonPositive).toBe([...summary.frequency].filter((x) => x > 0).length);
    const v = validateModel(summary, bg(fit.params));
    expect(Math.abs(v.errors!.relativeError)).toBeLessThan(0.15);
  });
});

describe('BG/NBD without dropout', () => {
  it('fits the NBD limit when nobody stops buying (a = b = 0): P(alive) 1, expected purchases (r + x) t / (α + T)', () => {
    // 300 customers who buy every 3 to 30 days (varying per customer) from their first day to the end.
    const customer: number[] = [];
    const day: number[] = [];
    for (let c = 0; c < 300; c++) {
      const every = 3 + ((c * 7) % 28);
      for (let d = c % 20; d <= 200; d += every + ((d * 13 + c) % 5)) {
        customer.push(c);
        day.push(10_000 + d);
      }
    }
    const summary = summarizePurchases(
      {
        customer: Int32Array.from(customer),
        day: Float64Array.from(day),
        spend: new Float64Array(day.length).fill(10),
        customers: 300,
      },
      { calibrationEnd: 10_200, unit: 'days' },
    );
    const fit = fitBgNbd(summary.frequency, summary.recency, summary.T);
    expect(fit.noDropout).toBe(true);
    expect([fit.params.a, fit.params.b]).toEqual([0, 0]);
    const { r, alpha } = fit.params;
    expect(pAlive(fit.params, 5, 10, 150)).toBe(1);
    expect(expectedPurchases(fit.params, 30, 5, 10, 150)).toBeCloseTo(((r + 5) * 30) / (alpha + 150), 12);
    expect(expectedNewCustomer(fit.params, 30)).toBeCloseTo((r * 30) / alpha, 12);
    // The limit's likelihood is the NBD's: at least as high as any BG/NBD with a little dropout.
    const data = { x: summary.frequency, tx: summary.recency, T: summary.T };
    let withDropout = 0;
    for (let i = 0; i < data.x.length; i++)
      withDropout += bgnbdLogLikelihood({ r, alpha, a: 0.01, b: 100 }, data.x[i], data.tx[i], data.T[i]);
    expect(fit.logLikelihood).toBeGreaterThan(withDropout);
  });
});

describe('BG/NBD on simulated customers of known parameters', () => {
  it('recovers r, α, a, b from 30,000 customers drawn from the model (days, watched up to a year)', () => {
    const truth = { r: 0.5, alpha: 20, a: 0.8, b: 2.5 };
    const { x, tx, T } = simulateBgNbd(30_000, truth, 365, seededRandom(11));
    const fit = fitBgNbd(x, tx, T);
    within(fit.params.r, truth.r, 0.1);
    within(fit.params.alpha, truth.alpha, 0.15);
    within(fit.params.a, truth.a, 0.2);
    within(fit.params.b, truth.b, 0.2);
    expect(fit.noDropout).toBe(false);
  });
});

describe('CLV segments', () => {
  it('cuts value tiers by rank (top 20 % / 60 % / 20 %, or equal groups), splits them by P(alive) band, and has a playbook for each', () => {
    const n = 1000;
    const clv = Float64Array.from({ length: n }, (_, i) => (i * 7919) % 1000); // every value once, shuffled
    const alive = Float64Array.from({ length: n }, (_, i) => (i % 10) / 10 + 0.05);
    const grid = clvSegments(clv, alive, clvSpecSchema.parse({ model: 'clv' }));
    const count = (key: string) =>
      grid.segmentation.segment.filter((s) => grid.segmentation.segments[s].key.startsWith(key)).length;
    expect([count('high_'), count('middle_'), count('low_')]).toEqual([200, 600, 200]);
    expect(grid.tierFloors).toEqual([800, 200, 0]);
    // P(alive) 0.05 … 0.95 in steps of 0.1: 3 of 10 below 0.3 (lost), 4 from 0.3 to 0.7 (at risk), 3 active.
    const band = (suffix: string) =>
      grid.segmentation.segment.filter((s) => grid.segmentation.segments[s].key.endsWith(suffix)).length;
    expect([band('_active'), band('_at_risk'), band('_lost')]).toEqual([300, 400, 300]);
    const quantiles = clvSegments(
      clv,
      alive,
      clvSpecSchema.parse({ model: 'clv', scheme: 'tiers', tiers: 'quantiles', count: 4 }),
    );
    expect(quantiles.segmentation.segments.map((x) => x.key)).toEqual(['q1', 'q2', 'q3', 'q4']);
    expect([0, 1, 2, 3].map((q) => quantiles.segmentation.segment.filter((s) => s === q).length)).toEqual([
      250, 250, 250, 250,
    ]);
    for (const seg of [
      ...grid.segmentation.segments,
      ...clvSegments(clv, alive, clvSpecSchema.parse({ model: 'clv', scheme: 'tiers' })).segmentation.segments,
    ]) {
      expect(playbookFor(seg.key).length, seg.key).toBeGreaterThan(0);
    }
  });
});

describe('CLV guards', () => {
  it('refuses a purchase model with too few repeat buyers, and a spend model whose spends do not vary', () => {
    const n = 40;
    const customer = Int32Array.from({ length: n }, (_, i) => i);
    const day = Float64Array.from({ length: n }, (_, i) => 10_000 + i);
    const spend = new Float64Array(n).fill(20);
    const once = summarizePurchases({ customer, day, spend, customers: n }, { calibrationEnd: 10_100, unit: 'days' });
    expect(() => fitBgNbd(once.frequency, once.recency, once.T)).toThrow(
      expect.objectContaining({ code: 'E_TOO_FEW_REPEAT' }),
    );
    expect(() => fitGammaGamma(once.frequency, once.monetary)).toThrow(
      expect.objectContaining({ code: 'E_TOO_FEW_REPEAT' }),
    );
    // Every repeat buyer spends exactly 25 each time: the spread of spend is zero, and Gamma-Gamma has no finite fit.
    const twice = summarizePurchases(
      {
        customer: Int32Array.from([...customer, ...customer]),
        day: Float64Array.from([...day, ...day.map((d) => d + 30)]),
        spend: Float64Array.from([...spend, ...new Float64Array(n).fill(25)]),
        customers: n,
      },
      { calibrationEnd: 10_100, unit: 'days' },
    );
    expect(() => fitGammaGamma(twice.frequency, twice.monetary)).toThrow(
      expect.objectContaining({ code: 'E_FIT_FAILED' }),
    );
    // Refunds: a repeat buyer whose repeat spend is not positive is left out of the spend model and counted.
    const sample = summarizePurchases(cdnowRows('CDNOW_sample.txt', 1, 2, 4), {
      calibrationEnd: dayNumber('19970930'),
      unit: 'weeks',
    });
    const repeaters = [...sample.frequency.keys()].filter((i) => sample.frequency[i] > 0);
    const refunds = Float64Array.from(sample.monetary);
    for (const i of repeaters.slice(0, 3)) refunds[i] = i % 2 ? 0 : -12.5;
    const gg = fitGammaGamma(sample.frequency, refunds);
    expect(gg.nonPositive).toBe(3);
    expect(gg.customers).toBe(946 - 3);
    expect(() =>
      summarizePurchases(
        { customer, day, spend, customers: n },
        { calibrationEnd: 10_100, holdoutEnd: 10_050, unit: 'days' },
      ),
    ).toThrow(expect.objectContaining({ code: 'E_BAD_SPEC' }));
  });
});
