import { describe, expect, it } from 'vitest';
import {
  bootstrapScores,
  bootstrapStability,
  bootstrapStabilityMixed,
} from '../../../../../src/main/engine/evaluate/stability';

const options = { resamples: 5, seed: 7, nInit: 3, maxIter: 100, tol: 1e-9 };

/** Ten points near 0 and ten near 100 (label 0, then 1). */
function twoGroups() {
  const xs = Array.from({ length: 20 }, (_, i) => (i < 10 ? i / 10 : 100 + i / 10));
  return {
    points: { values: Float64Array.from(xs), n: 20, d: 1 },
    labels: Int32Array.from(xs, (x) => (x < 50 ? 0 : 1)),
  };
}

describe('bootstrap stability', () => {
  it('averages the adjusted Rand index of each refit against the labels: 1 when every refit agrees', () => {
    const labels = Int32Array.from([0, 0, 1, 1, 2]);
    const seeds: number[] = [];
    const samples: number[][] = [];
    const result = bootstrapScores(5, labels, 3, 40, (rows, seed) => {
      seeds.push(seed);
      samples.push([...rows]);
      return Int32Array.from(labels, (l) => 2 - l); // the same partition under other names
    });
    expect(result).toEqual({ mean: 1, scores: [1, 1, 1] });
    // Each refit gets its own seed after the given one, and n rows drawn from 0 … n − 1.
    expect(seeds).toEqual([41, 42, 43]);
    for (const rows of samples) {
      expect(rows).toHaveLength(5);
      expect(rows.every((r) => Number.isInteger(r) && r >= 0 && r < 5)).toBe(true);
    }
  });

  it('draws the same samples for the same seed', () => {
    const draw = (seed: number) => {
      const samples: number[][] = [];
      bootstrapScores(6, new Int32Array(6), 2, seed, (rows) => {
        samples.push([...rows]);
        return new Int32Array(6);
      });
      return samples;
    };
    expect(draw(3)).toEqual(draw(3));
    expect(draw(3)).not.toEqual(draw(4));
  });

  it('scores 0 for refits that put everyone in one cluster, against two clusters', () => {
    const labels = Int32Array.from([0, 0, 1, 1]);
    expect(bootstrapScores(4, labels, 2, 1, () => new Int32Array(4))).toEqual({ mean: 0, scores: [0, 0] });
  });

  it('is exactly 1 for k-means on two far-apart groups', () => {
    const { points, labels } = twoGroups();
    expect(bootstrapStability(points, labels, 2, options)).toEqual({ mean: 1, scores: [1, 1, 1, 1, 1] });
  });

  it('is exactly 1 for k-prototypes on two far-apart groups that also differ in a category', () => {
    const { points, labels } = twoGroups();
    const data = { numeric: points, categories: Int32Array.from(labels), q: 1 };
    expect(bootstrapStabilityMixed(data, labels, 2, 1, options)).toEqual({ mean: 1, scores: [1, 1, 1, 1, 1] });
  });
});
