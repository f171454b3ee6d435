import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { groupSummary } from '../../../../../src/main/engine/clv/group-summary';
import {
  paretoNbdLogLikelihood,
  paretoNbdTotalLogLikelihood,
  type ParetoNbdParams,
} from '../../../../../src/main/engine/clv/pareto-nbd';
import { paretoNbdTotalWithGradient } from '../../../../../src/main/engine/clv/pareto-nbd-gradient';
import { repoRoot } from '../../../../helpers/paths';

type Point = ParetoNbdParams & { x: number; tx: number; T: number; zTx: number; zT: number; ll: number };
/** Made by test/fixtures/clv/make_high_z.py: Fader & Hardie's eq. 22 as printed, mpmath's 2F1 in 50 digits. */
const fixture = JSON.parse(readFileSync(`${repoRoot}/test/fixtures/clv/high-z.json`, 'utf8')) as {
  points: Point[];
  straddle: Point[];
};

const relative = (got: number, want: number) => Math.abs(got - want) / Math.abs(want);

describe('Pareto/NBD where the 2F1 argument z passes 0.9 (the series gives way to the transformed 2F1)', () => {
  it('the log-likelihood equals mpmath’s 50-digit eq. 22 to 1e-8 relative, for α ≫ β and β ≫ α, z up to 0.9999, whole-number s', () => {
    // Every point has z > 0.9 at tₓ (and most at T too): the branch under test.
    expect(fixture.points.every((p) => p.zTx > 0.9)).toBe(true);
    expect(fixture.points.filter((p) => p.zT > 0.9).length).toBeGreaterThanOrEqual(10);
    expect(fixture.points.some((p) => p.alpha > p.beta) && fixture.points.some((p) => p.alpha < p.beta)).toBe(true);
    for (const p of fixture.points)
      expect(relative(paretoNbdLogLikelihood(p, p.x, p.tx, p.T), p.ll)).toBeLessThan(1e-8);
  });

  it('is continuous across z = 0.9: 1e-7 either side of it (at tₓ, then at T) the change equals mpmath’s', () => {
    for (let i = 0; i < fixture.straddle.length; i += 4) {
      // Pairs: [tₓ below, T below, tₓ above, T above] the time where z = 0.9.
      for (const [below, above] of [
        [fixture.straddle[i], fixture.straddle[i + 2]],
        [fixture.straddle[i + 1], fixture.straddle[i + 3]],
      ]) {
        const z = below.tx === above.tx ? [below.zT, above.zT] : [below.zTx, above.zTx];
        expect(z[0]).toBeGreaterThan(0.9);
        expect(z[1]).toBeLessThan(0.9);
        const got = [below, above].map((p) => paretoNbdLogLikelihood(p, p.x, p.tx, p.T));
        expect(relative(got[0], below.ll)).toBeLessThan(1e-8);
        expect(relative(got[1], above.ll)).toBeLessThan(1e-8);
        // The step across the branch point is the true one (a few 1e-8), not a jump between two approximations.
        expect(Math.abs(got[1] - got[0] - (above.ll - below.ll))).toBeLessThan(1e-12);
      }
    }
  });

  it('the gradient (a series at every z) equals central differences of the likelihood there, and its value the likelihood', () => {
    const sets = [...new Map(fixture.points.map((p) => [`${p.r}|${p.alpha}|${p.s}|${p.beta}`, p])).values()];
    for (const params of sets) {
      const customers = fixture.points.filter((p) => p.alpha === params.alpha && p.beta === params.beta);
      const data = groupSummary(
        Float64Array.from(customers, (p) => p.x),
        Float64Array.from(customers, (p) => p.tx),
        Float64Array.from(customers, (p) => p.T),
      );
      const { r, alpha, s, beta } = params;
      const at = { r, alpha, s, beta };
      const { value, gradient } = paretoNbdTotalWithGradient(at, data);
      const total = customers.reduce((sum, p) => sum + p.ll, 0);
      expect(Math.abs(value - total)).toBeLessThan(1e-8 * Math.max(1, Math.abs(total)));
      (['r', 'alpha', 's', 'beta'] as const).forEach((key, k) => {
        const ll = (h: number) => paretoNbdTotalLogLikelihood({ ...at, [key]: at[key] * Math.exp(h) }, data);
        const numeric = (ll(1e-5) - ll(-1e-5)) / 2e-5;
        expect(Math.abs(gradient[k] - numeric)).toBeLessThan(1e-6 * Math.max(1, Math.abs(numeric)));
      });
    }
  });
});
