import { beforeAll, describe, expect, it } from 'vitest';
import { customerFeatures } from '../../../../../src/main/engine/features/customer-features';
import type { PreparedDataset } from '../../../../../src/main/engine/io/prepare-dataset';
import { prepareCsvText } from '../../../../helpers/csv-text';
import { sharedData } from '../../../../helpers/paths';
import { day, ORDERS, ROLES } from './orders-fixture';
import { readTable } from '../../../../../src/main/engine/io/read-table';
import { prepareDataset } from '../../../../../src/main/engine/io/prepare-dataset';

describe('customerFeatures on a hand-made orders table', () => {
  let orders: PreparedDataset;
  beforeAll(async () => {
    orders = await prepareCsvText(ORDERS, { kind: 'transactions', roles: ROLES });
  });
  const features = (options: Parameters<typeof customerFeatures>[2] = {}) =>
    customerFeatures(orders.table, orders.roles, { analysisDate: day(2, 1), ...options });

  it('gives each customer, in order of first appearance, rows, orders, spend and order value', () => {
    const f = features();
    expect(f.ids).toEqual(['A', 'B', 'C']);
    expect(f.numericIds).toBeNull();
    expect([...f.transactions]).toEqual([5, 1, 1]);
    expect([...f.orders]).toEqual([4, 1, 1]);
    expect(f.frequencyBasis).toBe('orders');
    expect([...f.frequency]).toEqual([4, 1, 1]);
    expect([...f.monetary]).toEqual([110, 50, 5]);
    expect([...f.aov]).toEqual([27.5, 50, 5]);
  });

  it('gives first and last purchase, recency and tenure in whole days to the analysis day, and the mean gap between orders', () => {
    const f = features();
    expect(f.analysisDate).toBe(day(2, 1));
    expect([...f.first]).toEqual([day(1, 1), day(1, 5), day(1, 20)]);
    expect([...f.last]).toEqual([day(1, 21), day(1, 5), day(1, 20)]);
    expect([...f.recency]).toEqual([11, 27, 12]);
    expect([...f.tenure]).toEqual([31, 27, 12]);
    // A: 20 days from first to last over 3 gaps between 4 orders; one order: no gap.
    expect([...f.gap]).toEqual([20 / 3, Number.NaN, Number.NaN]);
  });

  it('counts frequency as transaction rows or distinct purchase days when asked', () => {
    expect([...features({ frequency: 'rows' }).frequency]).toEqual([5, 1, 1]);
    expect([...features({ frequency: 'days' }).frequency]).toEqual([3, 1, 1]);
  });

  it('takes the day after the last transaction as the analysis day by default', () => {
    const f = customerFeatures(orders.table, orders.roles);
    expect(f.analysisDate).toBe(day(1, 22));
    expect([...f.recency]).toEqual([1, 17, 2]);
  });

  it('counts only the rows strictly before the analysis day, and within a window of days before it', () => {
    const before = features({ analysisDate: day(1, 15) });
    expect(before.ids).toEqual(['A', 'B']);
    expect([...before.orders]).toEqual([2, 1]);
    expect([...before.monetary]).toEqual([60, 50]);
    const window = features({ windowDays: 15 });
    expect(window.ids).toEqual(['A', 'C']);
    expect([...window.orders]).toEqual([2, 1]);
    expect([...window.monetary]).toEqual([50, 5]);
  });

  it('gives each customer’s share of spend per category when asked', () => {
    expect(features().shares).toEqual([]);
    const [category] = features({ shares: true }).shares;
    expect(category.role).toBe('category');
    expect(category.column).toBe('category');
    expect(category.values).toEqual(['tea', 'coffee']);
    expect(category.shares.map((s) => [...s])).toEqual([
      [70 / 110, 0, 1],
      [40 / 110, 1, 0],
    ]);
  });

  it('refuses a missing date role, a window without an analysis day, and fewer than two customers', () => {
    expect(() => customerFeatures(orders.table, { ...orders.roles, orderDate: undefined })).toThrowError(
      expect.objectContaining({ code: 'E_MISSING_ROLE', details: expect.objectContaining({ roles: ['orderDate'] }) }),
    );
    expect(() => customerFeatures(orders.table, orders.roles, { windowDays: 30 })).toThrowError(
      expect.objectContaining({ code: 'E_BAD_SPEC' }),
    );
    expect(() => features({ analysisDate: day(1, 3) })).toThrowError(
      expect.objectContaining({ code: 'E_TOO_FEW_CUSTOMERS', details: { customers: 1 } }),
    );
  });
});

describe('customerFeatures: ids stored as numbers, and spend from quantity × unit price', () => {
  it('keeps numeric ids as numbers and gives their texts, spending quantity × unit price', async () => {
    const data = await prepareCsvText(
      'customer_id,date,qty,price\n102,2024-01-02,2,2.5\n101,2024-01-03,1,10\n102,2024-01-04,3,1\n',
      {
        kind: 'transactions',
        roles: { customerId: 'customer_id', orderDate: 'date', quantity: 'qty', unitPrice: 'price' },
      },
    );
    const f = customerFeatures(data.table, data.roles, { analysisDate: day(1, 10) });
    expect(f.ids).toEqual(['101', '102']);
    expect([...f.numericIds!]).toEqual([101, 102]);
    // No order id: each row is an order.
    expect([...f.orders]).toEqual([1, 2]);
    expect([...f.monetary]).toEqual([10, 8]);
    expect([...f.recency]).toEqual([7, 6]);
    expect([...f.gap]).toEqual([Number.NaN, 2]);
  });
});

describe('customerFeatures on rfm_data_orders.csv (facts in ../shared/data/README.md)', () => {
  it('gives 995 customers, revenue 464,158, orders 1 to 14, recency 1 to 976 days, and Kizzy Doyle’s row', async () => {
    const data = prepareDataset(await readTable(sharedData('rfm_data_orders.csv')), {
      now: Date.UTC(2030, 0, 1),
      fallbackCurrency: 'USD',
      kind: 'transactions',
      roles: { customerId: 'customer_id', orderDate: 'order_date', amount: 'revenue' },
    });
    const f = customerFeatures(data.table, data.roles, { analysisDate: Date.UTC(2006, 11, 31) });
    expect(f.ids).toHaveLength(995);
    expect(f.monetary.reduce((s, v) => s + v, 0)).toBe(464_158);
    expect([Math.min(...f.orders), Math.max(...f.orders)]).toEqual([1, 14]);
    expect([Math.min(...f.recency), Math.max(...f.recency)]).toEqual([1, 976]);
    const kizzy = f.ids.indexOf('Kizzy Doyle');
    expect([f.orders[kizzy], f.monetary[kizzy], f.last[kizzy], f.recency[kizzy]]).toEqual([
      13,
      1488,
      Date.UTC(2006, 6, 16),
      168,
    ]);
  });
});
