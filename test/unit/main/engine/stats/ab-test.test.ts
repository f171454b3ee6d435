import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  chiSquare2x2,
  cohensH,
  normalIndPower,
  ratioInterval,
  sampleSize,
  twoProportionZTest,
  upliftInterval,
  welchTTest,
} from '../../../../../src/main/engine/stats/ab-test';
import { repoRoot } from '../../../../helpers/paths';

/** scipy 1.10.1 / statsmodels 0.13.5 (test/fixtures/stats/make_reference.py). */
const ref = JSON.parse(readFileSync(join(repoRoot, 'test', 'fixtures', 'stats', 'reference.json'), 'utf8'));
const expectClose = (got: number, want: number) =>
  expect(Math.abs(got - want) / Math.max(Math.abs(want), 1e-300)).toBeLessThan(1e-9);

describe('campaign statistics against scipy and statsmodels (1e-9)', () => {
  it('two-proportion z-test (pooled), chi-square without correction, Wald interval of the uplift, log interval of the ratio', () => {
    for (const c of ref.proportions) {
      const test = { responders: c.test[0], customers: c.test[1] };
      const control = { responders: c.control[0], customers: c.control[1] };
      const zt = twoProportionZTest(test, control);
      expectClose(zt.z, c.z);
      expectClose(zt.p, c.z_p);
      const chi = chiSquare2x2(test, control);
      expectClose(chi.chi2, c.chi2);
      expectClose(chi.p, c.chi2_p);
      const [lo, hi] = upliftInterval(test, control);
      expectClose(lo, c.diff_ci[0]);
      expectClose(hi, c.diff_ci[1]);
      const [rlo, rhi] = ratioInterval(test, control);
      expectClose(rlo, c.ratio_ci[0]);
      expectClose(rhi, c.ratio_ci[1]);
    }
  });

  it('Welch’s t-test: t, degrees of freedom, p', () => {
    for (const w of ref.welch) {
      const r = welchTTest(w.a, w.b);
      expectClose(r.t, w.t);
      expectClose(r.df, w.df);
      expectClose(r.p, w.p);
    }
  });

  it('sample size per group: Cohen’s h and NormalIndPower solved for n, rounded up (5 % → 6 % at α 0.05, power 0.8: 8,143)', () => {
    for (const s of ref.sample_size) {
      const got = sampleSize(s.baseline, s.uplift, s.alpha, s.power);
      expectClose(got.h, s.h);
      // statsmodels stops its root search (brentq) within about 1e-9 of n; ours solves the same power equation to double precision.
      expect(Math.abs(got.n - s.n) / s.n).toBeLessThan(1e-8);
      expect(got.perGroup).toBe(s.per_group);
      expect(got.total).toBe(2 * s.per_group);
      expect(normalIndPower(got.h, got.n, s.alpha)).toBeCloseTo(s.power, 12);
    }
    expect(sampleSize(0.05, 0.01, 0.05, 0.8).perGroup).toBe(8143);
    expect(cohensH(0.5, 0.5)).toBe(0);
  });
});
