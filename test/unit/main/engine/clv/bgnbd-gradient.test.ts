import { describe, expect, it } from 'vitest';
import { totalLogLikelihood } from '../../../../../src/main/engine/clv/bgnbd';
import { bgnbdTotalWithGradient } from '../../../../../src/main/engine/clv/bgnbd-gradient';
import { groupSummary } from '../../../../../src/main/engine/clv/group-summary';

describe('BG/NBD gradient (for the BFGS fit)', () => {
  it('equals central differences of the likelihood on the parameters’ logs', () => {
    const data = groupSummary(
      Float64Array.from([0, 1, 2, 7, 20, 300]),
      Float64Array.from([0, 3, 30.43, 35, 38, 700]),
      Float64Array.from([38.86, 20, 38.86, 38.86, 39, 730]),
    );
    for (const params of [
      { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 },
      { r: 2, alpha: 40, a: 3, b: 0.5 },
    ]) {
      const gradient = bgnbdTotalWithGradient(params, data);
      (['r', 'alpha', 'a', 'b'] as const).forEach((key, k) => {
        const at = (h: number) => totalLogLikelihood({ ...params, [key]: params[key] * Math.exp(h) }, data);
        const numeric = (at(1e-5) - at(-1e-5)) / 2e-5;
        expect(Math.abs(gradient[k] - numeric) / Math.abs(numeric)).toBeLessThan(1e-6);
      });
    }
  });
});
