import gammaln from '@stdlib/math-base-special-gammaln';
import { describe, expect, it } from 'vitest';
import { digamma } from '../../../../../src/main/engine/clv/digamma';
import { expectedSpend, fitGammaGamma, gammaGammaLogLikelihood } from '../../../../../src/main/engine/clv/gamma-gamma';
import { gammaDraw } from '../../../../../src/main/engine/clv/simulate';
import { seededRandom } from '../../../../../src/main/engine/cluster/seeded-random';
import { gammaGammaWithGradient, spendData } from '../../../../../src/main/engine/clv/gamma-gamma-gradient';

describe('digamma', () => {
  it('known values: ψ(1) = −γ, ψ(1/2) = −γ − 2 ln 2, ψ(x+1) = ψ(x) + 1/x, and the slope of ln Γ', () => {
    const euler = 0.5772156649015329;
    expect(digamma(1)).toBeCloseTo(-euler, 14);
    expect(digamma(0.5)).toBeCloseTo(-euler - 2 * Math.LN2, 14);
    expect(digamma(4)).toBeCloseTo(1 + 1 / 2 + 1 / 3 - euler, 14);
    for (const x of [0.01, 0.3, 2.5, 9.99, 10, 37.2, 1e4]) {
      expect(digamma(x + 1) - digamma(x)).toBeCloseTo(1 / x, 12);
      const h = 1e-5 * x;
      expect(digamma(x)).toBeCloseTo((gammaln(x + h) - gammaln(x - h)) / (2 * h), 6);
    }
  });
});

describe('Gamma-Gamma gradient (for the BFGS fit)', () => {
  it('its value is the per-customer log-likelihood summed; its gradient equals central differences on the parameters’ logs', () => {
    const xs = [1, 1, 2, 3, 7, 2, 15, 1];
    const ms = [12.5, 30, 8.25, 100, 41.7, 19.99, 60, 0.5];
    const data = spendData(xs, ms);
    for (const params of [
      { p: 6.25, q: 3.74, gamma: 15.44 },
      { p: 0.8, q: 1.3, gamma: 200 },
    ]) {
      const { value, gradient } = gammaGammaWithGradient(params, data);
      const direct = xs.reduce((s, x, i) => s + gammaGammaLogLikelihood(params, x, ms[i]), 0);
      expect(value).toBeCloseTo(direct, 10);
      (['p', 'q', 'gamma'] as const).forEach((key, k) => {
        const at = (h: number) => gammaGammaWithGradient({ ...params, [key]: params[key] * Math.exp(h) }, data).value;
        const numeric = (at(1e-5) - at(-1e-5)) / 2e-5;
        expect(Math.abs(gradient[k] - numeric)).toBeLessThan(1e-6 * Math.max(1, Math.abs(numeric)));
      });
    }
  });
});

describe('fitGammaGamma by BFGS', () => {
  /** n repeat customers with 1–6 repeat purchases each, spends drawn per purchase by `spend(customer)`. */
  function customers(n: number, spend: (random: () => number) => () => number) {
    const random = seededRandom(7);
    const x = new Float64Array(n);
    const m = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      x[i] = 1 + Math.floor(random() * 6);
      const draw = spend(random);
      let sum = 0;
      for (let k = 0; k < x[i]; k++) sum += draw();
      m[i] = sum / x[i];
    }
    return { x, m };
  }

  it('recovers p, q, γ from 20,000 customers whose spends are drawn from the model (p 6, q 4, γ 15)', () => {
    const { x, m } = customers(20_000, (random) => {
      const nu = gammaDraw(random, 4, 1 / 15);
      return () => gammaDraw(random, 6, 1 / nu);
    });
    const fit = fitGammaGamma(x, m);
    expect(fit.converged).toBe(true);
    expect(Math.abs(fit.params.p / 6 - 1)).toBeLessThan(0.1);
    expect(Math.abs(fit.params.q / 4 - 1)).toBeLessThan(0.1);
    expect(Math.abs(fit.params.gamma / 15 - 1)).toBeLessThan(0.15);
  });

  it('60,000 customers whose spends do not differ between customers (10–50 for everyone): the limit of no spread, q → ∞, every expected spend the mean', () => {
    const { x, m } = customers(60_000, (random) => () => 10 + 40 * random());
    const fit = fitGammaGamma(x, m);
    expect(fit.params.q).toBeGreaterThan(1e5);
    // Expected spend per purchase, customer or population: all the mean of every purchase.
    const mean = x.reduce((s, xi, i) => s + xi * m[i], 0) / x.reduce((s, xi) => s + xi, 0);
    expect(Math.abs(mean - 30)).toBeLessThan(0.1);
    const { p, q, gamma } = fit.params;
    expect(Math.abs((p * gamma) / (q - 1) / mean - 1)).toBeLessThan(0.001);
    for (const i of [0, 1, 2, 3])
      expect(Math.abs(expectedSpend(fit.params, x[i], m[i]) / mean - 1)).toBeLessThan(0.001);
  });
});
