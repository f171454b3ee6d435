import { describe, expect, it } from 'vitest';
import { balancedSplit, silhouetteSums } from '../../../../../src/main/engine/evaluate/silhouette-sums';

// Points 0, 1 (cluster 0) and 4 (cluster 1), laid out cluster by cluster.
const x = Float64Array.from([0, 1, 4]);
const label = Int32Array.from([0, 0, 1]);
const start = Int32Array.from([0, 2, 3]);

describe('silhouetteSums', () => {
  it('sums each point’s distances to every cluster’s other points', () => {
    const sums = new Float64Array(6);
    silhouetteSums(x, 1, label, start, 2, sums, 0, 3);
    // Rows: point 0 → (1, 4); point 1 → (1, 3); point 4 → (4 + 3, 0).
    expect([...sums]).toEqual([1, 4, 1, 3, 7, 0]);
  });

  it('gives the same sums from two row ranges added together', () => {
    const first = new Float64Array(6);
    const second = new Float64Array(6);
    silhouetteSums(x, 1, label, start, 2, first, 0, 1);
    silhouetteSums(x, 1, label, start, 2, second, 1, 3);
    expect(Array.from(first, (v, i) => v + second[i])).toEqual([1, 4, 1, 3, 7, 0]);
  });
});

describe('balancedSplit', () => {
  it('splits rows where both parts hold about half the pairs: n (1 − 1/√2)', () => {
    expect(balancedSplit(100)).toBe(29);
    expect(balancedSplit(10_000)).toBe(2929);
    // Pairs (i, m > i) of rows before 2929 against after: within 0.01 % of half of n(n − 1)/2.
    const n = 10_000;
    const s = balancedSplit(n);
    const before = s * n - (s * (s + 1)) / 2;
    expect(Math.abs(before / ((n * (n - 1)) / 2) - 0.5)).toBeLessThan(1e-4);
  });
});
