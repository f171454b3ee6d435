import { describe, expect, it } from 'vitest';
import { roundDecimal } from '../../../src/shared/round-decimal';

describe('roundDecimal', () => {
  it('drops the float noise of the exported lists issue 21 found', () => {
    expect(roundDecimal(96.00000000000001, 2)).toBe(96);
    expect(roundDecimal(179.42000000000002, 2)).toBe(179.42);
    expect(roundDecimal(3074.1999999999985, 2)).toBe(3074.2);
    expect(roundDecimal(42.989583333333336, 1)).toBe(43);
    expect(roundDecimal(42.989583333333336, 2)).toBe(42.99);
    expect(roundDecimal(0.1 + 0.2, 2)).toBe(0.3);
    expect(String(roundDecimal(0.1 + 0.2, 3))).toBe('0.3');
  });

  it('rounds half away from zero on the decimal value, where toFixed and Math.round go wrong', () => {
    // (1.005).toFixed(2) is "1.00" and Math.round(1.005 * 100) / 100 is 1: the binary 1.005 lies just below.
    expect(roundDecimal(1.005, 2)).toBe(1.01);
    expect(roundDecimal(-1.005, 2)).toBe(-1.01);
    expect(roundDecimal(1.255, 2)).toBe(1.26);
    expect(roundDecimal(8.345, 2)).toBe(8.35);
    expect(roundDecimal(0.125, 2)).toBe(0.13);
    expect(roundDecimal(2.5, 0)).toBe(3);
    expect(roundDecimal(-2.5, 0)).toBe(-3);
    expect(roundDecimal(0.0005, 3)).toBe(0.001);
    expect(roundDecimal(1234.5, 0)).toBe(1235); // JPY
    expect(roundDecimal(1.04999, 1)).toBe(1);
  });

  it('keeps what needs no rounding, never writes -0, and passes non-numbers through', () => {
    expect(roundDecimal(12.3, 1)).toBe(12.3);
    expect(roundDecimal(7, 2)).toBe(7);
    expect(Object.is(roundDecimal(-0.001, 2), 0)).toBe(true);
    expect(roundDecimal(1e21, 2)).toBe(1e21);
    expect(roundDecimal(1e-7, 2)).toBe(0);
    expect(roundDecimal(123456789012.345, 2)).toBe(123456789012.35);
    expect(roundDecimal(Number.NaN, 2)).toBeNaN();
    expect(roundDecimal(Number.POSITIVE_INFINITY, 2)).toBe(Number.POSITIVE_INFINITY);
  });
});
