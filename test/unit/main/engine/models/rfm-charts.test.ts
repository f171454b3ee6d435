import { describe, expect, it } from 'vitest';
import { histogram } from '../../../../../src/main/engine/models/rfm-charts';

describe('histogram', () => {
  it('keeps every edge finite when the values span more than the largest double (−1e308 to 1e308)', () => {
    const bins = histogram(new Float64Array([-1e308, -5e307, 0, 5e307, 1e308]), 4);
    expect(bins.map((b) => b.count)).toEqual([1, 1, 1, 2]);
    expect(bins.every((b) => Number.isFinite(b.from) && Number.isFinite(b.to))).toBe(true);
    expect([bins[0].from, bins[3].to]).toEqual([-1e308, 1e308]);
  });

  it('bins ordinary values as before', () => {
    expect(histogram(new Float64Array([0, 1, 2, 3, 4]), 2)).toEqual([
      { from: 0, to: 1.98, count: 2 },
      { from: 1.98, to: 4, count: 3 },
    ]);
  });
});
