import { describe, expect, it } from 'vitest';
import {
  medianOf,
  mediansBy,
  quantile7,
  quantiles7,
  sortedCopy,
} from '../../../../../src/main/engine/models/order-stats';

function random(n: number, seed: number, make: (u: number) => number): Float64Array {
  let x = seed;
  return Float64Array.from({ length: n }, () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return make(x / 2147483648);
  });
}

describe('order statistics', () => {
  it('sorts small whole numbers by counting and other values by comparison, both as a plain sort does', () => {
    for (const values of [
      random(5000, 1, (u) => Math.floor(u * 40) - 7),
      random(5001, 2, (u) => u * 1000 - 300),
      random(3000, 3, (u) => Math.floor(u * 1e9)),
      new Float64Array([2]),
    ]) {
      expect([...sortedCopy(values)]).toEqual([...Float64Array.from(values).sort()]);
    }
  });

  it('gives the type-7 median of the picked values, for odd and even counts and many ties', () => {
    for (const [n, seed] of [
      [1, 1],
      [2, 2],
      [7, 3],
      [1000, 4],
      [1001, 5],
    ]) {
      const values = random(n * 2, seed, (u) => Math.floor(u * 9));
      const picks = Int32Array.from({ length: n }, (_, i) => i * 2 + 1);
      const picked = Float64Array.from(picks, (i) => values[i]).sort();
      expect(medianOf(values, picks)).toBe(quantile7(picked, 0.5));
    }
    expect(medianOf(new Float64Array([5]), new Int32Array(0))).toBeNaN();
  });

  it("gives each group's median and the overall one, by counting whole numbers and by selecting others, as sorting each group does", () => {
    const groups = 6;
    for (const values of [
      random(4001, 11, (u) => Math.floor(u * 400) - 50),
      random(4000, 12, (u) => Math.round(u * 1e6) / 100),
      random(50, 13, (u) => Math.floor(u * 3e6)),
    ]) {
      // Group 4 is left empty: its median is NaN.
      const group = Int32Array.from(
        random(values.length, 14, (u) => Math.floor(u * groups)),
        (g) => (g === 4 ? 5 : g),
      );
      const sortedMedian = (picked: number[]) =>
        picked.length === 0 ? Number.NaN : quantile7(Float64Array.from(picked).sort(), 0.5);
      const { perGroup, overall } = mediansBy(values, group, groups);
      expect(perGroup).toEqual(
        Array.from({ length: groups }, (_, g) => sortedMedian([...values].filter((_, c) => group[c] === g))),
      );
      expect(overall).toBe(sortedMedian([...values]));
    }
  });

  it('gives type-7 quantiles by counting or by selection, equal to those of the sorted values', () => {
    const probs = [0, 0.2, 0.4, 0.6, 0.8, 1, 0.5];
    for (const values of [
      random(4999, 7, (u) => Math.floor(u * 30)),
      random(5000, 8, (u) => Math.round(u * 1e6) / 100),
      random(3, 9, (u) => u),
    ]) {
      const sorted = Float64Array.from(values).sort();
      expect(quantiles7(values, probs)).toEqual(probs.map((p) => quantile7(sorted, p)));
    }
  });
});

describe('RFM histograms', () => {
  it('bin up to the 99th percentile, the last bin holding the tail up to the greatest value; every value counted once', async () => {
    const { histogram } = await import('../../../../../src/main/engine/models/rfm-charts');
    const values = Float64Array.from({ length: 1000 }, (_, i) => (i < 990 ? i % 10 : 500 + i));
    const bins = histogram(values, 5);
    expect(bins.reduce((n, b) => n + b.count, 0)).toBe(1000);
    expect(bins[0].from).toBe(0);
    expect(bins.at(-1)!.to).toBe(1499);
    // The tail (10 values from 1490 up) does not stretch the bins: they split 0 .. p99 evenly.
    expect(bins[0].to).toBeLessThan(300);
    expect(histogram(new Float64Array([4, 4, 4]), 5)).toEqual([{ from: 4, to: 4, count: 3 }]);
  });
});
