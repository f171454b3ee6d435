import gammaln from '@stdlib/math-base-special-gammaln';
import { describe, expect, it } from 'vitest';
import { digamma } from '../../../../../src/main/engine/clv/digamma';
import { gammaGammaLogLikelihood } from '../../../../../src/main/engine/clv/gamma-gamma';
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
