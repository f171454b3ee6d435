import { describe, expect, it } from 'vitest';
import { allDistinct, floatCodes } from '../../../../../src/main/engine/table/float-codes';

describe('floatCodes', () => {
  it('codes whole numbers in a dense range and other values alike: first occurrence order, NaN = -1', () => {
    const dense = floatCodes(new Float64Array([103, 101, 103, Number.NaN, 102, 101]))!;
    expect([...dense.codes]).toEqual([0, 1, 0, -1, 2, 1]);
    expect([...dense.firsts]).toEqual([0, 1, 4]);
    const spread = floatCodes(new Float64Array([1e12, 0.5, 1e12, Number.NaN, -0, 0, 0.5]))!;
    expect([...spread.codes]).toEqual([0, 1, 0, -1, 2, 3, 1]);
    expect(spread.size).toBe(4);
  });

  it('agrees with a Map on 200,000 random ids, and stops at the first repeat when asked', () => {
    let x = 7;
    const values = new Float64Array(200_000);
    for (let i = 0; i < values.length; i++) {
      x = (x * 1103515245 + 12345) % 2147483648;
      values[i] = 100_000 + (x % 90_000);
    }
    const { codes, size } = floatCodes(values)!;
    const seen = new Map<number, number>();
    values.forEach((v, i) => {
      if (!seen.has(v)) seen.set(v, seen.size);
      expect(codes[i]).toBe(seen.get(v));
    });
    expect(size).toBe(seen.size);
    expect(floatCodes(values, true)).toBeNull();
    expect(floatCodes(new Float64Array([5, 3, 1e15, 2]), true)).not.toBeNull();
  });

  it('tells whether all values are distinct, NaN aside, in a dense range or spread out', () => {
    const order = Float64Array.from({ length: 100_000 }, (_, i) => 10_000_001 + i);
    expect(allDistinct(order)).toBe(true);
    order[70_000] = order[3];
    expect(allDistinct(order)).toBe(false);
    expect(allDistinct(new Float64Array([3, Number.NaN, 1, Number.NaN, 2]))).toBe(true);
    expect(allDistinct(new Float64Array([1e12, 0.5, 7, 1e12]))).toBe(false);
    expect(allDistinct(new Float64Array([1e12, 0.5, 7, -0, 0]))).toBe(true);
    expect(allDistinct(new Float64Array([]))).toBe(true);
  });
});
