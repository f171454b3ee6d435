import { describe, expect, it } from 'vitest';
import { clvSegments } from '../../../../../src/main/engine/clv/clv-segments';
import { clvSpecSchema } from '../../../../../src/shared/clv';

describe('clvSegments: tiers by rank, equal values in data order', () => {
  it('ten customers, top 20 % / 60 % / 20 %: ties at a boundary split by data order; each tier’s lowest value', () => {
    // Ranked: 9 (customer 4), then the 7s in data order (1, 3, 6, 8), then 3, 3, 2, 1, 1.
    const clv = Float64Array.from([3, 7, 1, 7, 9, 2, 7, 1, 7, 3]);
    const alive = Float64Array.from([0.9, 0.8, 0.1, 0.5, 0.95, 0.2, 0.75, 0.4, 0.1, 0.71]);
    const { segmentation, tierFloors } = clvSegments(
      clv,
      alive,
      clvSpecSchema.parse({ model: 'clv', scheme: 'tiers' }),
    );
    // Ranks 0–1 high: customer 4 and the first 7 (customer 1); ranks 2–7 middle; ranks 8–9 low (the two 1s).
    expect([...segmentation.segment]).toEqual([1, 0, 2, 1, 0, 1, 1, 2, 1, 1]);
    expect(tierFloors).toEqual([7, 2, 1]);
    const grid = clvSegments(clv, alive, clvSpecSchema.parse({ model: 'clv' }));
    const keys = grid.segmentation.segments.map((s) => s.key);
    expect([...grid.segmentation.segment].map((s) => keys[s])).toEqual([
      'middle_active',
      'high_active',
      'low_lost',
      'middle_at_risk',
      'high_active',
      'middle_lost',
      'middle_active',
      'low_at_risk',
      'middle_lost',
      'middle_active',
    ]);
  });

  it('equal quantiles of 7 customers in 3 tiers (boundaries at ranks 2 and 5), all values equal: by data order alone', () => {
    const { segmentation, tierFloors } = clvSegments(
      new Float64Array(7).fill(4),
      new Float64Array(7).fill(0.5),
      clvSpecSchema.parse({ model: 'clv', scheme: 'tiers', tiers: 'quantiles', count: 3 }),
    );
    expect([...segmentation.segment]).toEqual([0, 0, 1, 1, 1, 2, 2]);
    expect(tierFloors).toEqual([4, 4, 4]);
  });
});
