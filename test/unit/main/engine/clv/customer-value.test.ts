import { describe, expect, it } from 'vitest';
import { nextPurchaseDay } from '../../../../../src/main/engine/clv/customer-value';
import { paretoNbdPAlive } from '../../../../../src/main/engine/clv/pareto-nbd';
import { modelFunctions } from '../../../../../src/main/engine/clv/purchase-models';
import { seededRandom } from '../../../../../src/main/engine/cluster/seeded-random';

const WEEK = 1 / 7;
const HORIZON = 365;

/** A Gamma(shape, rate) draw (Marsaglia & Tsang 2000; shape < 1 boosted by U^(1/shape)), normals by Box–Muller. */
function gammaSampler(random: () => number) {
  const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const draw = (shape: number): number => {
    if (shape < 1) return draw(shape + 1) * (1 - random()) ** (1 / shape);
    const d = shape - 1 / 3;
    const c = 1 / Math.sqrt(9 * d);
    for (;;) {
      const z = normal();
      const v = (1 + c * z) ** 3;
      if (v > 0 && Math.log(1 - random()) < 0.5 * z * z + d - d * v + d * Math.log(v)) return d * v;
    }
  };
  return (shape: number, rate: number) => draw(shape) / rate;
}

describe('nextPurchaseDay: the first day by which a purchase is 50 % likely', () => {
  it('each model’s chance of no purchase in t is the likelihood ratio L(x, tₓ, T + t) / L(x, tₓ, T), to 1e-12', () => {
    const models = [
      modelFunctions('pareto', { r: 0.5534, alpha: 10.5802, s: 0.6061, beta: 11.6562 }),
      modelFunctions('pareto', { r: 0.8, alpha: 9, s: 1.3, beta: 4 }),
      modelFunctions('bgnbd', { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }),
      modelFunctions('mbgnbd', { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }),
    ];
    for (const model of models)
      for (const [x, tx, T] of [
        [0, 0, 38.86],
        [2, 30.43, 38.86],
        [7, 35, 38.86],
        [20, 38, 39],
      ]) {
        const none = model.noPurchase(x, tx, T);
        for (const t of [0.5, 3, 26, 52]) {
          const ratio = Math.exp(model.customerLogLikelihood(x, tx, T + t) - model.customerLogLikelihood(x, tx, T));
          expect(none(t)).toBeCloseTo(ratio, 12);
        }
      }
  });

  it('BG/NBD and MBG/NBD: the day the closed form 1 − P(alive) + P(alive)·((α+T)/(α+T+t))^(r+x) of “no purchase” falls to 0.5', () => {
    // Fader, Hardie & Lee's CDNOW-sample fit (weeks); the same numbers as MBG/NBD parameters.
    const params = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
    const { r, alpha, a, b } = params;
    const customers: [number, number, number][] = [
      [10, 38, 39],
      [5, 30, 38],
      [3, 36, 38.86],
      [20, 38.5, 39],
      [2, 30.43, 38.86],
      [1, 37, 38],
      [7, 10, 38.86],
      [0, 0, 38.86],
    ];
    const cases = [
      // BG/NBD: P(alive) 1 without a repeat purchase; MBG/NBD: a dropout chance at time zero too.
      {
        kind: 'bgnbd' as const,
        alive: (x: number, tx: number, T: number) =>
          x === 0 ? 1 : 1 / (1 + (a / (b + x - 1)) * ((alpha + T) / (alpha + tx)) ** (r + x)),
      },
      {
        kind: 'mbgnbd' as const,
        alive: (x: number, tx: number, T: number) => 1 / (1 + (a / (b + x)) * ((alpha + T) / (alpha + tx)) ** (r + x)),
      },
    ];
    const days: Record<string, number[]> = {};
    for (const { kind, alive } of cases) {
      const model = modelFunctions(kind, params);
      days[kind] = customers.map(([x, tx, T]) => {
        const p = alive(x, tx, T);
        expect(model.pAlive(x, tx, T)).toBeCloseTo(p, 12);
        // Solve p·(1 − ((α+T)/(α+T+t))^(r+x)) = 0.5 for t (weeks); the day is the next whole one.
        const t = p > 0.5 ? (alpha + T) * ((1 - 0.5 / p) ** (-1 / (r + x)) - 1) : Number.POSITIVE_INFINITY;
        const want = Math.ceil(t * 7) <= HORIZON ? Math.ceil(t * 7) : Number.NaN;
        const got = nextPurchaseDay(model, x, tx, T, WEEK, HORIZON);
        expect(got).toEqual(want);
        return got;
      });
    }
    // The heavy, recent buyers within two weeks to seven months; one who stopped early (P(alive) 0.004) and
    // a one-time buyer (BG/NBD: alive, but r = 0.243 puts t near 700 weeks) not within the year.
    expect(days.bgnbd).toEqual([25, 74, 103, 12, 207, Number.NaN, Number.NaN, Number.NaN]);
    // MBG/NBD's one-time buyer may have dropped out at once (P(alive) 0.637): still not within the year.
    expect(days.mbgnbd).toEqual([24, 68, 97, 12, 179, 349, Number.NaN, Number.NaN]);
  });

  it('Pareto/NBD: the chance of a purchase within t equals a Monte-Carlo draw of the posterior to 0.01, and the day is where it reaches 0.5', () => {
    const params = { r: 0.5534, alpha: 10.5802, s: 0.6061, beta: 11.6562 };
    const model = modelFunctions('pareto', params);
    const gamma = gammaSampler(seededRandom(25));
    const draws = 100_000;
    for (const [x, tx, T] of [
      [2, 30.43, 38.86],
      [7, 35, 38.86],
      [20, 38, 39],
      [4, 35, 38],
    ]) {
      // Alive at T: λ ~ Gamma(r+x, α+T), μ ~ Gamma(s, β+T), independent; a purchase within t comes
      // before the end of the lifetime with chance λ/(λ+μ)·(1 − e^(−(λ+μ)t)).
      const lambda = Float64Array.from({ length: draws }, () => gamma(params.r + x, params.alpha + T));
      const mu = Float64Array.from({ length: draws }, () => gamma(params.s, params.beta + T));
      const simulated = (t: number) => {
        let sum = 0;
        for (let k = 0; k < draws; k++) {
          const rate = lambda[k] + mu[k];
          sum += (lambda[k] / rate) * -Math.expm1(-rate * t);
        }
        return (paretoNbdPAlive(params, x, tx, T) * sum) / draws;
      };
      const chance = (t: number) =>
        1 - Math.exp(model.customerLogLikelihood(x, tx, T + t) - model.customerLogLikelihood(x, tx, T));
      for (const t of [1, 4, 13, 26, 52]) expect(Math.abs(chance(t) - simulated(t))).toBeLessThan(0.01);
      const day = nextPurchaseDay(model, x, tx, T, WEEK, HORIZON);
      expect(day).toBeGreaterThan(0);
      expect(chance(day / 7)).toBeGreaterThanOrEqual(0.5);
      expect(chance((day - 1) / 7)).toBeLessThan(0.5);
      expect(simulated(day / 7)).toBeGreaterThan(0.49);
      expect(simulated((day - 1) / 7)).toBeLessThan(0.51);
    }
  });

  it('NaN when the chance at the horizon stays below 0.5: a one-time buyer; a frequent buyer given too short a horizon', () => {
    const params = { r: 0.5534, alpha: 10.5802, s: 0.6061, beta: 11.6562 };
    const model = modelFunctions('pareto', params);
    const at = (x: number, tx: number, T: number, days: number) =>
      1 - Math.exp(model.customerLogLikelihood(x, tx, T + days / 7) - model.customerLogLikelihood(x, tx, T));
    expect(at(0, 0, 38.86, HORIZON)).toBeLessThan(0.5);
    expect(nextPurchaseDay(model, 0, 0, 38.86, WEEK, HORIZON)).toBeNaN();
    const day = nextPurchaseDay(model, 20, 38, 39, WEEK, HORIZON);
    expect(at(20, 38, 39, day - 1)).toBeLessThan(0.5);
    expect(nextPurchaseDay(model, 20, 38, 39, WEEK, day - 1)).toBeNaN();
    expect(nextPurchaseDay(model, 20, 38, 39, WEEK, day)).toBe(day);
  });
});
