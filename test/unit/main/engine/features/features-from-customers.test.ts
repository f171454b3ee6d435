import { describe, expect, it } from 'vitest';
import { featuresFromCustomers } from '../../../../../src/main/engine/features/features-from-customers';
import { prepareCsvText } from '../../../../helpers/csv-text';

describe('featuresFromCustomers', () => {
  it('reads recency, orders and revenue a customers table already holds; first purchase and gaps are unknown', async () => {
    const data = await prepareCsvText('id,recency,orders,revenue\nx,5,2,40\ny,30,1,15\nx,9,9,99\nz,,1,10\n', {
      kind: 'customers',
      roles: { customerId: 'id', recency: 'recency', orderCount: 'orders', revenue: 'revenue' },
    });
    const f = featuresFromCustomers(data.table, data.roles);
    // A repeated id keeps its first row; a row with a value missing is left out.
    expect(f.ids).toEqual(['x', 'y']);
    expect([...f.recency]).toEqual([5, 30]);
    expect([...f.frequency]).toEqual([2, 1]);
    expect([...f.monetary]).toEqual([40, 15]);
    expect([...f.aov]).toEqual([20, 15]);
    expect([...f.tenure]).toEqual([Number.NaN, Number.NaN]);
    expect([...f.gap]).toEqual([Number.NaN, Number.NaN]);
  });

  it('counts recency from the last purchase date to the day after the latest one', async () => {
    const data = await prepareCsvText('id,last,orders,revenue\n1,2024-03-01,2,40\n2,2024-03-10,1,15\n', {
      kind: 'customers',
      roles: { customerId: 'id', lastPurchase: 'last', orderCount: 'orders', revenue: 'revenue' },
    });
    const f = featuresFromCustomers(data.table, data.roles);
    expect(f.analysisDate).toBe(Date.UTC(2024, 2, 11));
    expect([...f.recency]).toEqual([10, 1]);
    expect(f.ids).toEqual(['1', '2']);
    expect([...f.numericIds!]).toEqual([1, 2]);
  });

  it('names every role a customers table lacks', async () => {
    const data = await prepareCsvText('id,revenue\nx,1\ny,2\n', {
      kind: 'customers',
      roles: { customerId: 'id', revenue: 'revenue' },
      allowMissingRoles: true,
    });
    expect(() => featuresFromCustomers(data.table, data.roles)).toThrowError(
      expect.objectContaining({
        code: 'E_MISSING_ROLE',
        details: expect.objectContaining({ roles: ['recency', 'orderCount'] }),
      }),
    );
  });
});
