import { describe, expect, it } from 'vitest';
import { DAY_MS } from '../../../../../src/main/engine/features/customer-features';
import { purchaseRows } from '../../../../../src/main/engine/features/purchase-rows';
import { prepareCsvText } from '../../../../helpers/csv-text';
import { day, ORDERS, ROLES } from './orders-fixture';

describe('purchaseRows', () => {
  it('gives each row’s customer code (as customerFeatures codes them), UTC day number, spend and order key', async () => {
    const data = await prepareCsvText(ORDERS, { kind: 'transactions', roles: ROLES });
    const rows = purchaseRows(data.table, data.roles);
    expect(rows.customers).toBe(3);
    expect(rows.ids()).toEqual(['A', 'B', 'C']);
    expect([...rows.customer]).toEqual([0, 0, 0, 1, 0, 2, 0]);
    expect([...rows.day]).toEqual([1, 11, 11, 5, 21, 20, 21].map((d) => day(1, d) / DAY_MS));
    expect([...rows.spend]).toEqual([10, 30, 20, 50, 40, 5, 10]);
    // Order ids 1 … 7 are a dense range: keyed from the least.
    expect([...rows.order()]).toEqual([0, 1, 1, 2, 3, 4, 6]);
  });

  it('refuses data without an order date or a spend', async () => {
    const data = await prepareCsvText(ORDERS, { kind: 'transactions', roles: ROLES });
    expect(() => purchaseRows(data.table, { ...data.roles, orderDate: undefined })).toThrowError(
      expect.objectContaining({ code: 'E_MISSING_ROLE', details: expect.objectContaining({ roles: ['orderDate'] }) }),
    );
    expect(() => purchaseRows(data.table, { ...data.roles, amount: undefined })).toThrowError(
      expect.objectContaining({ code: 'E_MISSING_ROLE', details: expect.objectContaining({ roles: ['amount'] }) }),
    );
  });
});
