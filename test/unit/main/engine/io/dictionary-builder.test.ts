import { describe, expect, it } from 'vitest';
import { DictionaryBuilder } from '../../../../../src/main/engine/io/dictionary-builder';

describe('DictionaryBuilder', () => {
  it('stores each distinct byte string once, with counts and nulls', () => {
    const b = new DictionaryBuilder();
    const cells = ['上海', 'Beijing', '', '上海', 'Beijing', '上海', 'x'];
    for (const c of cells) {
      const bytes = Buffer.from(`[${c}]`);
      b.add(bytes, 1, bytes.length - 1);
    }
    expect(b.values()).toEqual(['上海', 'Beijing', 'x']);
    expect([...b.finishCodes()]).toEqual([0, 1, -1, 0, 1, 0, 2]);
    expect([...b.valueCounts()]).toEqual([3, 2, 1]);
  });

  it('grows past its initial sizes without losing values', () => {
    const b = new DictionaryBuilder();
    const n = 50_000;
    for (let i = 0; i < n * 2; i++) {
      const bytes = Buffer.from(`customer-${i % n}`);
      b.add(bytes, 0, bytes.length);
    }
    expect(b.size).toBe(n);
    const values = b.values();
    const codes = b.finishCodes();
    expect(codes.length).toBe(2 * n);
    for (const i of [0, 1, 777, n - 1, n, 2 * n - 1]) expect(values[codes[i]]).toBe(`customer-${i % n}`);
    expect([...b.valueCounts()].every((c) => c === 2)).toBe(true);
  });
});
