import { describe, expect, it } from 'vitest';
import { inferColumn } from '../../../../../../src/main/engine/io/types/infer-column';
import { isOutOfRange, parseNumber } from '../../../../../../src/main/engine/io/types/parse-number';

const kind = (name: string, values: string[]) => {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return inferColumn(name, [...counts.keys()], [...counts.values()]).kind;
};

describe('inferColumn', () => {
  it('keeps zero-padded and long digit ids as ids', () => {
    expect(kind('CustomerID', ['0001', '0002', '0200'])).toBe('id');
    expect(kind('card', ['6222021234567890123', '6222021234567890124'])).toBe('id');
    expect(kind('CustomerID', ['17850.0', '13047.0'])).toBe('integer');
  });

  it('reads 8-digit columns of valid dates as YYYYMMDD dates, other numbers as numbers', () => {
    expect(kind('date', ['19970101', '19970112', '19980630'])).toBe('date');
    expect(kind('zip', ['10115', '20095'])).toBe('integer');
    expect(kind('amount', ['11.77', '12.00', '0.00'])).toBe('decimal');
    expect(kind('amount', ['¥12', '¥1,200'])).toBe('integer');
  });

  it('tells dates from datetimes', () => {
    expect(kind('InvoiceDate', ['2010-12-01 08:26:00', '2010-12-01 09:01:00'])).toBe('datetime');
    expect(kind('order_date', ['2004-12-20', '2005-05-02'])).toBe('date');
  });

  it('reads booleans, and 1/0 only when the header says so', () => {
    expect(kind('member', ['yes', 'no', 'yes'])).toBe('boolean');
    expect(kind('会员', ['是', '否'])).toBe('boolean');
    expect(kind('is_member', ['1', '0', '1'])).toBe('boolean');
    expect(kind('AcceptedCmp1', ['1', '0', '0'])).toBe('integer');
  });

  it('tells categories, code-like ids and free text apart', () => {
    expect(
      kind(
        'Genre',
        Array.from({ length: 200 }, (_, i) => (i % 3 ? 'Female' : 'Male')),
      ),
    ).toBe('category');
    const invoices = Array.from({ length: 300 }, (_, i) => (i % 10 === 0 ? `C${536000 + i}` : String(536000 + i)));
    expect(kind('InvoiceNo', invoices)).toBe('id');
    const words = Array.from({ length: 300 }, (_, i) => `WHITE HANGING HEART ${i} T-LIGHT HOLDER`);
    expect(kind('Description', words)).toBe('text');
    expect(kind('empty', [])).toBe('text');
  });
});

describe('inferColumn: one odd cell in a number column', () => {
  const amounts = Array.from({ length: 99 }, (_, i) => `${i + 1},234.56`);

  it('stays a number column with a NaN, an Infinity, an Excel error or a 1e400 among its numbers', () => {
    for (const odd of ['NaN', 'nan', 'Infinity', '-Infinity', 'inf', '#DIV/0!', '#N/A', '1e400']) {
      expect(kind('amount', [...amounts, odd]), odd).toBe('decimal');
      expect(kind('qty', ['1', '2', '3', odd]), odd).toBe('integer');
    }
    expect(kind('CustomerID', ['0001', '0002', 'NaN'])).toBe('id');
    expect(kind('amount', ['NaN', '#N/A'])).toBe('category');
  });

  it('stays in its decimal convention with a few cells of the other one (at most 5 %), not with many', () => {
    const counts = (values: string[]) => {
      const m = new Map<string, number>();
      for (const v of values) m.set(v, (m.get(v) ?? 0) + 1);
      return m;
    };
    const one = counts([...amounts, '1.234,56']);
    expect(inferColumn('amount', [...one.keys()], [...one.values()])).toEqual({
      kind: 'decimal',
      number: { decimal: '.', percent: false, currency: null },
    });
    const comma = counts([...Array.from({ length: 40 }, (_, i) => `${i}.234,5`), '1,234.56']);
    expect(inferColumn('amount', [...comma.keys()], [...comma.values()])).toEqual({
      kind: 'decimal',
      number: { decimal: ',', percent: false, currency: null },
    });
    expect(kind('amount', ['1,234.56', '2,345.67', '1.234,56'])).toBe('text');
  });

  it('reads the odd cells as unreadable (NaN), never as a number or an infinity', () => {
    const format = { decimal: '.', percent: false, currency: null } as const;
    expect(parseNumber('1.234,56', format)).toBeNaN();
    expect(parseNumber('1e400', format)).toBeNaN();
    expect(parseNumber('-1e400', format)).toBeNaN();
    expect(parseNumber('Infinity', format)).toBeNaN();
    expect(parseNumber('1e308', format)).toBe(1e308);
    expect(isOutOfRange('1e400')).toBe(true);
    expect(isOutOfRange('-Infinity')).toBe(true);
    expect(isOutOfRange(`${'9'.repeat(400)}`)).toBe(true);
    expect(isOutOfRange('1e308')).toBe(false);
    expect(isOutOfRange('NaN')).toBe(false);
  });
});
