import { describe, expect, it } from 'vitest';
import { medianOf, quantiles7, sortedCopy } from '../../../../../src/main/engine/models/order-stats';
import { quantile7 } from '../../../../../src/main/engine/models/rfm-scores';

function random(n: number, seed: number, make: (u: number) => number): Float64Array {
  let x = seed;
  return Float64Array.from({ length: n }, () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return make(x / 2147483648);
  });
}

describe('order statistics', () => {
  it('sorts small whole numbers by counting and other values by comparison, both as a plain sort does', () => {
    for (const values of [random(5000, 1, (u) => Math.floor(u * 40) - 7), random(5001, 2, (u) => u * 1000 - 300), random(3000, 3, (u) => Math.floor(u * 1e9)), new Float64Array([2])]) {
      expect([...sortedCopy(values)]).toEqual([...Float64Array.from(values).sort()]);
    }
  });

  it('gives the type-7 median of the picked values, for odd and even counts and many ties', () => {
    for (const [n, seed] of [[1, 1], [2, 2], [7, 3], [1000, 4], [1001, 5]]) {
      const values = random(n * 2, seed, (u) => Math.floor(u * 9));
      const picks = Int32Array.from({ length: n }, (_, i) => i * 2 + 1);
      const picked = Float64Array.from(picks, (i) => values[i]).sort();
      expect(medianOf(values, picks)).toBe(quantile7(picked, 0.5));
    }
    expect(medianOf(new Float64Array([5]), new Int32Array(0))).toBeNaN();
  });

  it('gives type-7 quantiles by counting or by selection, equal to those of the sorted values', () => {
    const probs = [0, 0.2, 0.4, 0.6, 0.8, 1, 0.5];
    for (const values of [random(4999, 7, (u) => Math.floor(u * 30)), random(5000, 8, (u) => Math.round(u * 1e6) / 100), random(3, 9, (u) => u)]) {
      const sorted = Float64Array.from(values).sort();
      expect(quantiles7(values, probs)).toEqual(probs.map((p) => quantile7(sorted, p)));
    }
  });
});
