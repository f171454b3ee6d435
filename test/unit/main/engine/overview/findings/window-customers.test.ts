import { describe, expect, it } from 'vitest';
import { customerFeatures, DAY_MS } from '../../../../../../src/main/engine/features/customer-features';
import { featureFields } from '../../../../../../src/main/engine/features/customer-table';
import { windowCustomers } from '../../../../../../src/main/engine/overview/findings/window-customers';
import { readOverviewRows } from '../../../../../../src/main/engine/overview/read-rows';
import { prepareCsvText } from '../../../../../helpers/csv-text';

// Analysis day 2024-07-01, a window of 365 days (2023-07-02 …). A: orders 1 (two lines), 2, 3
// with times; an order line with no order id (not an order, as in a run); B: one line without an
// amount, one before the window; C: two orders on one day; D: a line after the analysis day.
const CSV = `order_id,customer,date,amount
1,A,2024-01-10 08:30,60
1,A,2024-01-10 08:30,40
2,A,2024-02-09 12:00,100
3,A,2024-03-10 20:15,100
,A,2024-03-11 09:00,7
4,B,2023-07-01 10:00,500
5,B,2024-05-01 10:00,
6,B,2024-06-01 10:00,30
7,C,2024-06-30 23:59,5
8,C,2024-06-30 00:01,5
9,D,2024-01-01 10:00,1
10,D,2024-07-01 00:00,99
`;
const ROLES = { orderId: 'order_id', customerId: 'customer', orderDate: 'date', amount: 'amount' };
const A = Date.UTC(2024, 6, 1) / DAY_MS;

describe('windowCustomers', () => {
  it('makes the fields a rules run makes at the same analysis day and window', async () => {
    const data = await prepareCsvText(CSV, { kind: 'transactions', roles: ROLES });
    const table = windowCustomers(readOverviewRows(data.table, data.roles), A, 365);
    const run = customerFeatures(data.table, data.roles, {
      analysisDate: A * DAY_MS,
      windowDays: 365,
      frequency: 'orders',
    });
    const field = (fields: typeof table.fields, name: string) => {
      const f = fields.find((g) => g.name === name)!;
      return f.kind === 'category' ? [] : [...f.values];
    };
    expect(table.ids).toEqual(run.ids);
    for (const name of ['frequency', 'monetary', 'recency', 'gap'])
      expect(field(table.fields, name), name).toEqual(field(featureFields(run), name));
    // By hand: A has 3 orders (the line without an order id is none), 307 spent, last on Mar 11
    // (112 days before Jul 1), Jan 10 08:30 → Mar 11 09:00 is 61 days and 30 minutes over 2 gaps.
    expect(field(table.fields, 'frequency')).toEqual([3, 2, 2, 1]);
    expect(field(table.fields, 'monetary')).toEqual([307, 30, 10, 1]);
    expect(field(table.fields, 'recency')).toEqual([112, 30, 1, 182]);
    expect(field(table.fields, 'gap')[0]).toBeCloseTo((61 + 30 / 1440) / 2, 12);
  });
});
