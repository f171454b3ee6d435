import { describe, expect, it } from 'vitest';
import { silhouette } from '../../../../../src/main/engine/evaluate/silhouette';

const line = (...xs: number[]) => ({ values: Float64Array.from(xs), n: xs.length, d: 1 });

describe('silhouette', () => {
  it('is 47/63 for two pairs on a line, {0, 1} and {4, 5}', () => {
    // a = 1 for every point; b = 4.5, 3.5, 3.5, 4.5; s = 7/9, 5/7, 5/7, 7/9.
    expect(silhouette(line(0, 1, 4, 5), Int32Array.from([0, 0, 1, 1]))).toBeCloseTo(47 / 63, 14);
  });

  it('counts a point alone in its cluster as 0: {0, 1} and {10} give (9/10 + 8/9) / 3', () => {
    expect(silhouette(line(0, 1, 10), Int32Array.from([0, 0, 1]))).toBeCloseTo((0.9 + 8 / 9) / 3, 14);
  });

  it('does not depend on the label names or the order of the points', () => {
    const a = silhouette(line(0, 1, 4, 5, 9), Int32Array.from([0, 0, 1, 1, 2]));
    const b = silhouette(line(9, 5, 1, 4, 0), Int32Array.from([0, 2, 1, 2, 1]));
    expect(b).toBeCloseTo(a, 14);
  });

  it('uses Euclidean distances in d dimensions: the 3-4-5 triangle', () => {
    // Clusters {(0,0), (3,4)} and {(6,8), (9,12)}: a = 5; b = mean(10, 15) = 12.5 for the ends, mean(5, 10) = 7.5 inside.
    const points = { values: Float64Array.from([0, 0, 3, 4, 6, 8, 9, 12]), n: 4, d: 2 };
    const expected = ((12.5 - 5) / 12.5 + (7.5 - 5) / 7.5) / 2;
    expect(silhouette(points, Int32Array.from([0, 0, 1, 1]))).toBeCloseTo(expected, 14);
  });

  it('refuses one cluster and one cluster per point', () => {
    expect(() => silhouette(line(0, 1, 2), Int32Array.from([0, 0, 0]))).toThrowError(
      'The silhouette needs 2 to n − 1 clusters; there are 1 for 3 points.',
    );
    expect(() => silhouette(line(0, 1, 2), Int32Array.from([0, 1, 2]))).toThrowError(RangeError);
  });
});
