import { describe, expect, it } from 'vitest';
import { figureChange } from '../../../src/shared/figure-change';

describe('figureChange', () => {
  it('says a count’s or money’s change as a share of the value before, good when it grows', () => {
    // 112 after 100: +12 %.
    expect(figureChange({ key: 'revenue', value: 112, previous: 100 })).toEqual({
      unit: 'relative',
      delta: 0.1200000000000001,
      direction: 'up',
      good: true,
    });
    // 75 after 100: −25 %, bad.
    expect(figureChange({ key: 'newCustomers', value: 75, previous: 100 })).toMatchObject({
      delta: -0.25,
      direction: 'down',
      good: false,
    });
  });

  it('says a rate’s change in percentage points', () => {
    // 0.34 → 0.28: −6 points.
    const change = figureChange({ key: 'repeatRate', value: 0.28, previous: 0.34 })!;
    expect([change.unit, change.delta.toFixed(6), change.direction, change.good]).toEqual([
      'points',
      '-6.000000',
      'down',
      false,
    ]);
  });

  it('takes fewer days between orders as good', () => {
    // 20 days after 25: −20 %, good.
    const change = figureChange({ key: 'medianDaysBetween', value: 20, previous: 25 })!;
    expect([change.delta.toFixed(6), change.direction, change.good]).toEqual(['-0.200000', 'down', true]);
  });

  it('has no change without a period before, a value, or from zero; below 0.05 % it is flat', () => {
    expect(figureChange({ key: 'orders', value: 10, previous: null })).toBeNull();
    expect(figureChange({ key: 'aov', value: null, previous: 10 })).toBeNull();
    expect(figureChange({ key: 'orders', value: 10, previous: 0 })).toBeNull();
    // 10,004 after 10,000: +0.04 %, written 0.0 %: flat, neither good nor bad.
    expect(figureChange({ key: 'orders', value: 10_004, previous: 10_000 })).toMatchObject({
      direction: 'flat',
      good: null,
    });
    // A rate from 0 has a change in points: 0 → 0.1 is +10 points.
    expect(figureChange({ key: 'repeatRate', value: 0.1, previous: 0 })).toMatchObject({ delta: 10, direction: 'up' });
  });
});
