import { describe, expect, it } from 'vitest';
import { adjustedRand } from '../../../../../src/main/engine/evaluate/adjusted-rand';

const ari = (a: number[], b: number[]) => adjustedRand(Int32Array.from(a), Int32Array.from(b));

describe('adjustedRand (the values of scikit-learn’s adjusted_rand_score documentation)', () => {
  it('is 1 for the same partition, whatever the label names', () => {
    expect(ari([0, 0, 1, 1], [0, 0, 1, 1])).toBe(1);
    expect(ari([0, 0, 1, 1], [1, 1, 0, 0])).toBe(1);
  });

  it('is 4/7 when one cluster of a labelling is split in two, in either order', () => {
    expect(ari([0, 0, 1, 2], [0, 0, 1, 1])).toBeCloseTo(4 / 7, 14);
    expect(ari([0, 0, 1, 1], [0, 0, 1, 2])).toBeCloseTo(4 / 7, 14);
  });

  it('is 0 for one cluster against one cluster per point, and −1/2 for crossed pairs', () => {
    expect(ari([0, 0, 0, 0], [0, 1, 2, 3])).toBe(0);
    expect(ari([0, 0, 1, 1], [0, 1, 0, 1])).toBeCloseTo(-0.5, 14);
  });

  it('is 1 when both put every point in one cluster, or each point in its own', () => {
    expect(ari([0, 0, 0], [1, 1, 1])).toBe(1);
    expect(ari([0, 1, 2], [2, 0, 1])).toBe(1);
  });

  it('refuses labellings of different lengths', () => {
    expect(() => ari([0, 1], [0, 1, 1])).toThrowError('Both labelings must have the same length.');
  });
});
