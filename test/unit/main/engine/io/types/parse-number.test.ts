import { describe, expect, it } from 'vitest';
import { detectNumberFormat, parseNumber } from '../../../../../../src/main/engine/io/types/parse-number';

describe('detectNumberFormat + parseNumber', () => {
  it('reads plain, signed, exponent and thousand-separated numbers', () => {
    const f = detectNumberFormat(['1', '-2.5', '+3', '1,234.56', '.5', '1e3'])!;
    expect(f).toEqual({ decimal: '.', percent: false, currency: null });
    expect(['1', '-2.5', '+3', '1,234.56', '.5', '1e3'].map((v) => parseNumber(v, f))).toEqual([
      1, -2.5, 3, 1234.56, 0.5, 1000,
    ]);
  });

  it('reads currency symbols and 元, and remembers the currency', () => {
    const f = detectNumberFormat(['¥1,280.00', '¥35', '12.5元'])!;
    expect(f).toEqual({ decimal: '.', percent: false, currency: 'CNY' });
    expect(parseNumber('¥1,280.00', f)).toBe(1280);
    expect(parseNumber('12.5元', f)).toBe(12.5);
    expect(detectNumberFormat(['$5.00', '€3'])).toBeNull();
    expect(detectNumberFormat(['£3.20', '£10'])!.currency).toBe('GBP');
  });

  it('reads European decimal commas only when the column needs them', () => {
    const eu = detectNumberFormat(['1.234,56', '2,5', '10'])!;
    expect(eu.decimal).toBe(',');
    expect(['1.234,56', '2,5', '10'].map((v) => parseNumber(v, eu))).toEqual([1234.56, 2.5, 10]);
    expect(detectNumberFormat(['1,234', '5'])!.decimal).toBe('.');
    expect(parseNumber('1,234', detectNumberFormat(['1,234'])!)).toBe(1234);
  });

  it('stores percentages as fractions', () => {
    const f = detectNumberFormat(['12.5%', '100%', '0 %'])!;
    expect(f.percent).toBe(true);
    expect(parseNumber('12.5%', f)).toBe(0.125);
    expect(detectNumberFormat(['12%', '13'])).toBeNull();
  });

  it('refuses words, dates and mixed text', () => {
    expect(detectNumberFormat(['12', 'abc'])).toBeNull();
    expect(detectNumberFormat(['2024-01-05'])).toBeNull();
    expect(detectNumberFormat(['1,2,3'])).toBeNull();
    expect(detectNumberFormat([''])).toBeNull();
    expect(parseNumber('abc', { decimal: '.', percent: false, currency: null })).toBeNaN();
  });
});
