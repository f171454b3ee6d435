import { describe, expect, it } from 'vitest';
import { prepareCsvText } from '../../../../helpers/csv-text';

describe('checkTotals', () => {
  const orders = (...extra: string[]) =>
    ['customer_id,order_date,qty,price,amount', 'C1,2024-01-01,1,5,5', 'C2,2024-01-02,2,5,10', ...extra].join('\n');

  it('drops, counted, the rows of a customer whose spend sums past the largest double (1e308 twice)', async () => {
    const p = await prepareCsvText(
      orders('C3,2024-01-03,1,1e308,1e308', 'C3,2024-01-04,1,1e308,1e308', 'C1,2024-01-05,1,1,1'),
    );
    expect(p.quality.issues.map((i) => [i.code, i.count, i.column, i.policy, i.examples.map((e) => e.line)])).toEqual([
      ['total_out_of_range', 2, 'amount', 'drop', [4, 5]],
    ]);
    expect(p.quality.rowsKept).toBe(3);
    expect(p.table.getChild('customer_id')!.toArray()).toEqual(['C1', 'C2', 'C1']);
  });

  it('sums quantity × price when there is no amount, and leaves totals that fit alone', async () => {
    const roles = { customerId: 'customer_id', orderDate: 'order_date', quantity: 'qty', unitPrice: 'price' };
    const over = await prepareCsvText(orders('C3,2024-01-03,1e200,1e200,1'), { kind: 'transactions', roles });
    expect(over.quality.issues.map((i) => [i.code, i.count, i.column])).toEqual([['total_out_of_range', 1, 'price']]);
    const fits = await prepareCsvText(orders('C3,2024-01-03,1,1e308,1e308', 'C4,2024-01-04,1,1e308,1e308'));
    expect(fits.quality.issues).toEqual([]);
  });

  it('keeps and flags them when told to', async () => {
    const p = await prepareCsvText(orders('C3,2024-01-03,1,1e308,1e308', 'C3,2024-01-04,1,1e308,1e308'), {
      policies: { total_out_of_range: 'flag' },
    });
    expect(p.quality.rowsKept).toBe(4);
    expect(p.quality.issues.map((i) => [i.code, i.count, i.policy])).toEqual([['total_out_of_range', 2, 'flag']]);
  });
});
