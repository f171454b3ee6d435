import { describe, expect, it } from 'vitest';
import { churnRisk, segmentValues, topShareFloor } from '../../../../../src/main/engine/clv/churn-risk';

const f64 = (values: number[]) => Float64Array.from(values);
const listed = (flags: Uint8Array) => [...flags].flatMap((f, i) => (f ? [i] : []));

describe('churnRisk: valuable customers (top share by past revenue or by predicted value) whose chance still active fell below the threshold', () => {
  // Ten customers, by hand.
  const revenue = f64([500, 40, 300, 20, 10, 250, 60, 300, 5, 0]);
  const clv = f64([10, 90, 15, 80, 5, 30, 2, 1, 95, 3]);
  const alive = f64([0.2, 0.3, 0.9, 0.45, 0.1, 0.49, 0.05, 0.5, 0.6, 0.01]);

  it('top 20 %: the 2nd largest revenue (300, both customers at it) or CLV (90); of those 5, the 2 below 0.5', () => {
    const { flags, churn } = churnRisk(revenue, clv, alive, { alive: 0.5, top: 0.2 });
    // Valuable: 0 (500), 2 and 7 (300, tied at the floor), 8 (95), 1 (90); below 0.5: 0 (0.2) and 1 (0.3);
    // 7 is at 0.5, not below; 2 and 8 are active.
    expect(listed(flags)).toEqual([0, 1]);
    // What the two spent (500 + 40) and are predicted to be worth (10 + 90).
    expect(churn).toEqual({
      alive: 0.5,
      top: 0.2,
      pastRevenueFloor: 300,
      clvFloor: 90,
      customers: 2,
      pastRevenue: 540,
      clv: 100,
    });
  });

  it('a wider share and a higher threshold take in more: top 50 % (floors 60 and 15), then alive below 0.55', () => {
    expect(listed(churnRisk(revenue, clv, alive, { alive: 0.5, top: 0.3 }).flags)).toEqual([0, 1, 3]);
    const half = churnRisk(revenue, clv, alive, { alive: 0.5, top: 0.5 });
    expect(listed(half.flags)).toEqual([0, 1, 3, 5, 6]);
    expect([half.churn.pastRevenueFloor, half.churn.clvFloor]).toEqual([60, 15]);
    expect(listed(churnRisk(revenue, clv, alive, { alive: 0.55, top: 0.5 }).flags)).toEqual([0, 1, 3, 5, 6, 7]);
    // Everyone valuable at top 100 %: all below the threshold.
    expect(listed(churnRisk(revenue, clv, alive, { alive: 0.5, top: 1 }).flags)).toEqual([0, 1, 3, 4, 5, 6, 9]);
  });

  it('the floor skips values that are not numbers, and is out of reach with none', () => {
    expect(topShareFloor(f64([Number.NaN, 7, 3, Number.NaN, 5]), 0.5)).toBe(5);
    expect(topShareFloor(f64([Number.NaN]), 0.2)).toBe(Number.POSITIVE_INFINITY);
  });
});

describe('segmentValues', () => {
  it('per segment: customers, the sum and mean of the predicted value, the past revenue (not-a-number left out)', () => {
    const out = segmentValues(
      Int32Array.from([0, 2, 0, 2, 2]),
      4,
      f64([10, 1, 30, 2, 3]),
      f64([100, 5, Number.NaN, 7, 8]),
    );
    expect(out).toEqual([
      { customers: 2, clv: 40, meanClv: 20, pastRevenue: 100 },
      { customers: 0, clv: 0, meanClv: 0, pastRevenue: 0 },
      { customers: 3, clv: 6, meanClv: 2, pastRevenue: 20 },
      { customers: 0, clv: 0, meanClv: 0, pastRevenue: 0 },
    ]);
  });
});
