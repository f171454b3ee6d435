import { describe, expect, it } from 'vitest';
import { roundDecimal } from '../../../src/shared/round-decimal';

/** The decimal-text route alone, as roundDecimal takes it for every number its fast paths leave. */
const shift = (v: number, p: number) => {
  const [m, e = '0'] = String(v).split('e');
  return Number(`${m}e${Number(e) + p}`);
};
const byText = (v: number, d: number) => {
  const clean = Math.abs(Number(v.toPrecision(15)));
  const r = shift(Math.round(shift(clean, d)), -d);
  return v < 0 && r !== 0 ? -r : r;
};

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

  it('gives a whole number the same as the decimal-text route, bit for bit (its fast path), -0 as 0', () => {
    let x = 12345;
    const wholes = [0, 1, -1, 7, 999_999_999_999_999, -999_999_999_999_999, 2 ** 31, -(2 ** 40)];
    for (let i = 0; i < 2000; i++) {
      x = (x * 1103515245 + 12345) % 2147483648;
      wholes.push((x % 2 ? -1 : 1) * Math.floor((x / 2147483648) * 10 ** (1 + (i % 15))));
    }
    const wrong = wholes.flatMap((v) =>
      [0, 1, 2, 3].filter((d) => !Object.is(roundDecimal(v, d), byText(v, d))).map((d) => `${v} at ${d}`),
    );
    expect(wrong).toEqual([]);
    expect(Object.is(roundDecimal(-0, 2), 0)).toBe(true);
    expect(roundDecimal(1e15 + 1, 0)).toBe(1e15); // 15 significant digits, as before
  });

  it('gives every amount the same as the decimal-text route, bit for bit: sums of cents, ties, float noise, large and tiny', () => {
    let x = 987654321;
    const next = () => (x = (x * 1103515245 + 12345) % 2147483648) / 2147483648;
    const values: number[] = [1.005, -1.005, 8.345, 0.125, 2.5, 1234.5, 0.0005, 1.04999, 96.00000000000001];
    for (let i = 0; i < 100_000; i++) {
      const cents = Math.floor(next() * 10 ** (2 + (i % 10)));
      let sum = 0;
      for (let k = 0; k < 1 + (i % 7); k++) sum += cents / 100 + k * 0.01; // sums with float noise
      values.push(sum, -sum, cents / 1000 + 0.0005, next() * 10 ** ((i % 20) - 8), (cents + 0.5) / 100);
    }
    const wrong = values.flatMap((v) =>
      [0, 1, 2, 3].filter((d) => !Object.is(roundDecimal(v, d), byText(v, d))).map((d) => `${v} at ${d}`),
    );
    expect(wrong).toEqual([]);
    expect(values).toHaveLength(9 + 500_000);
  });
});
