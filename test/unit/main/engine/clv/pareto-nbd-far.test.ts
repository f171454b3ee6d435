import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { groupSummary } from '../../../../../src/main/engine/clv/group-summary';
import { paretoNbdTotalLogLikelihood, type ParetoNbdParams } from '../../../../../src/main/engine/clv/pareto-nbd';
import { isFar } from '../../../../../src/main/engine/clv/pareto-nbd-far';
import { paretoNbdTotalWithGradient } from '../../../../../src/main/engine/clv/pareto-nbd-gradient';
import { repoRoot } from '../../../../helpers/paths';

type Point = ParetoNbdParams & { x: number; tx: number; T: number; ll: number; gradient: number[] };
/** Made by test/fixtures/clv/make_far.py: Fader & Hardie's eq. 22 as printed and its gradient, mpmath in 50 digits. */
const fixture = JSON.parse(readFileSync(`${repoRoot}/test/fixtures/clv/far.json`, 'utf8')) as { points: Point[] };

const one = (p: Point) => groupSummary(Float64Array.of(p.x), Float64Array.of(p.tx), Float64Array.of(p.T));
/** The value and the gradient in (r, α, s, β) (the engine's is in their logs). */
function withGradient(p: Point) {
  const { value, gradient } = paretoNbdTotalWithGradient(p, one(p));
  return { value, gradient: gradient.map((g, k) => g / [p.r, p.alpha, p.s, p.beta][k]) };
}
const keys = ['r', 'alpha', 's', 'beta'] as const;

describe('Pareto/NBD where one scale is far above the other (z near 1): the binomial series', () => {
  it('every fixture point is in the far branch: β ≫ α + T (the Online Retail drift among them) or α ≫ β + T', () => {
    const far = (p: Point) =>
      (p.tx < p.T && isFar(p.alpha, p.s + 1, p.beta, p.T)) || isFar(p.beta, p.r + p.x, p.alpha, p.T);
    expect(fixture.points.filter((p) => p.tx < p.T).every(far)).toBe(true);
    expect(fixture.points.some((p) => p.beta === 1.835e7)).toBe(true);
    expect(fixture.points.some((p) => p.alpha > p.beta) && fixture.points.some((p) => p.alpha < p.beta)).toBe(true);
  });

  it('the log-likelihood with the gradient equals mpmath’s 50-digit eq. 22 (1e-10 relative), its gradient mpmath’s derivatives (1e-7)', () => {
    for (const p of fixture.points) {
      const { value, gradient } = withGradient(p);
      expect(Math.abs(value - p.ll)).toBeLessThan(1e-10 * Math.abs(p.ll));
      // ∂s sums ln β − ln(β+T) + …: near 0 when s → 0, it keeps ln β's absolute digits (1e-15 of 16.7), not relative ones.
      for (let k = 0; k < 4; k++)
        expect(Math.abs(gradient[k] - p.gradient[k]), `${JSON.stringify(p)} ∂${keys[k]}`).toBeLessThanOrEqual(
          1e-7 * Math.abs(p.gradient[k]) + (k === 2 ? 1e-14 * Math.log(p.beta) : 0),
        );
    }
  });

  it('the gradient equals central differences of the likelihood without the gradient (stdlib’s 2F1 there)', () => {
    for (const p of fixture.points) {
      const { gradient } = withGradient(p);
      for (let k = 0; k < 4; k++) {
        const h = 1e-5 * p[keys[k]];
        const at = (d: number) => paretoNbdTotalLogLikelihood({ ...p, [keys[k]]: p[keys[k]] + d }, one(p));
        const numeric = (at(h) - at(-h)) / (2 * h);
        expect(Math.abs(gradient[k] - numeric), `${JSON.stringify(p)} ∂${keys[k]}`).toBeLessThan(
          1e-5 * Math.abs(numeric) + (1e-9 * Math.abs(p.ll)) / p[keys[k]],
        );
      }
    }
  });
});
