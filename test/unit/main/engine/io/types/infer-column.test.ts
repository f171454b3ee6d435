import { describe, expect, it } from 'vitest';
import { inferColumn } from '../../../../../../src/main/engine/io/types/infer-column';

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
