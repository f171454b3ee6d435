import { describe, expect, it } from 'vitest';
import { daviesBouldin } from '../../../../../src/main/engine/evaluate/davies-bouldin';

const line = (...xs: number[]) => ({ values: Float64Array.from(xs), n: xs.length, d: 1 });

describe('daviesBouldin', () => {
  it('is 1/4 for {0, 1} and {4, 5}: spreads 0.5 and 0.5, centres 4 apart', () => {
    expect(daviesBouldin(line(0, 1, 4, 5), Int32Array.from([0, 0, 1, 1]))).toBeCloseTo(0.25, 14);
  });

  it('takes each cluster’s worst pair: {0, 2}, {10, 12}, {30, 34}', () => {
    // Spreads 1, 1, 2; centres 1, 11, 32. Pair ratios: (1+1)/10 = 0.2, (1+2)/31, (1+2)/21.
    // Worst per cluster: 0.2, max(0.2, 3/21) = 0.2, 3/21; mean (0.4 + 1/7) / 3.
    const labels = Int32Array.from([0, 0, 1, 1, 2, 2]);
    expect(daviesBouldin(line(0, 2, 10, 12, 30, 34), labels)).toBeCloseTo((0.4 + 1 / 7) / 3, 14);
  });

  it('is 0 when every cluster is a single repeated point', () => {
    expect(daviesBouldin(line(3, 3, 7, 7), Int32Array.from([0, 0, 1, 1]))).toBe(0);
  });

  it('counts a pair of coinciding centroids as 0, as scikit-learn does', () => {
    // Clusters {0, 2} (spread 1) and {1, 1} (spread 0) share the centre 1; {10, 10} is a point at 10.
    // Worst ratios: {0, 2}: (1 + 0) / 9 against {10, 10}; {1, 1}: 0; {10, 10}: 1/9.
    const labels = Int32Array.from([0, 0, 1, 1, 2, 2]);
    expect(daviesBouldin(line(0, 2, 1, 1, 10, 10), labels)).toBeCloseTo((1 / 9 + 0 + 1 / 9) / 3, 14);
  });

  it('refuses one cluster per point', () => {
    expect(() => daviesBouldin(line(0, 1), Int32Array.from([0, 1]))).toThrowError(
      'The Davies-Bouldin index needs 2 to n − 1 clusters; there are 2 for 2 points.',
    );
  });
});
