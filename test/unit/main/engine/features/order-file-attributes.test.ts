import { describe, expect, it } from 'vitest';
import { customerFeatures } from '../../../../../src/main/engine/features/customer-features';
import { orderFileAttributes } from '../../../../../src/main/engine/features/order-file-attributes';
import { firstRows } from '../../../../../src/main/engine/features/per-customer-columns';
import { applyRules } from '../../../../../src/main/engine/models/rules';
import { personas } from '../../../../../src/main/engine/profile/personas';
import { prepareCsvText } from '../../../../helpers/csv-text';

/** Orders of three customers; region and size describe the customer, tier and note do not (or are not for rules). */
const ORDERS = `order,customer,date,amount,channel,region,tier,size,note
1,A,2024-01-05,10,web,North,gold,3,hello
2,A,2024-01-02,10,web,South,gold,3,again
3,A,2024-01-02,10,shop,East,silver,3,later
4,B,2024-01-03,10,web,,gold,5,x
5,B,2024-01-04,10,shop,West,silver,5,y
6,C,2024-01-01,10,web,West,gold,,z
7,C,2024-01-06,10,web,West,gold,,z
`;

async function ordersTable() {
  return prepareCsvText(ORDERS, {
    kind: 'transactions',
    roles: { orderId: 'order', customerId: 'customer', orderDate: 'date', amount: 'amount', channel: 'channel' },
    types: { region: 'category', tier: 'category', note: 'text', size: 'integer' },
    policies: { duplicate_row: 'keep' },
  });
}

describe("an order file's columns that hold one value per customer", () => {
  it('takes the first row by date, ties by file order; rows without a date only when none has one', () => {
    const customer = Int32Array.from([0, 0, 0, 1, -1, 2]);
    const dates = Float64Array.from([Number.NaN, 5, 5, 3, 1, Number.NaN]);
    expect([...firstRows(customer, 3, dates)]).toEqual([1, 3, 5]);
    // Without dates: the first row in the file.
    expect([...firstRows(customer, 3, null)]).toEqual([0, 3, 5]);
  });

  it('offers unmapped categories, numbers and dates with at most 1 % (at least one) of customers varying; not text, ids or roles', async () => {
    const data = await ordersTable();
    const features = customerFeatures(data.table, data.roles);
    expect(features.ids).toEqual(['A', 'B', 'C']);
    const { fields, perCustomer } = orderFileAttributes(data.table, data.roles, features.ids, features.analysisDate);
    // region: A has three values (one customer varies: offered); B's first row has none, a later one has
    // West — that is two customers. So region is not offered; size varies for nobody.
    expect(perCustomer).toEqual([{ name: 'size', several: 0 }]);
    expect(fields.map((f) => f.name)).toEqual(['size']);
    const size = fields[0];
    expect(size.kind === 'number' && [...size.values]).toEqual([3, 5, Number.NaN]);
  });

  it('reads each customer’s value from the first order (ties by file order, a missing first value stays missing)', async () => {
    // Without B's empty region only A varies: region is offered, with A's value from 2024-01-02's first row.
    const data = await prepareCsvText(ORDERS.replace('4,B,2024-01-03,10,web,,', '4,B,2024-01-03,10,web,West,'), {
      kind: 'transactions',
      roles: { orderId: 'order', customerId: 'customer', orderDate: 'date', amount: 'amount', channel: 'channel' },
      types: { region: 'category', tier: 'category', note: 'text', size: 'integer' },
    });
    const features = customerFeatures(data.table, data.roles);
    const { fields, perCustomer } = orderFileAttributes(data.table, data.roles, features.ids, features.analysisDate);
    expect(perCustomer).toEqual([
      { name: 'region', several: 1 },
      { name: 'size', several: 0 },
    ]);
    const region = fields.find((f) => f.name === 'region')!;
    expect(region.kind === 'category' && [...region.codes].map((c) => region.labels[c])).toEqual([
      'South',
      'West',
      'West',
    ]);

    // The persona of each segment gives the value's share there.
    const table = { ids: features.ids, fields };
    const rules = [
      {
        key: 'small',
        name: { en: 'S', 'zh-CN': 'S' },
        when: { all: [{ field: 'size', op: 'range' as const, min: null, max: 4 }] },
      },
    ];
    const [own, rest] = personas(table, applyRules(table, rules));
    expect(own.categories).toEqual([{ field: 'region', value: 'South', share: 1, overallShare: 1 / 3, lift: 3 }]);
    expect(rest.categories).toEqual([{ field: 'region', value: 'West', share: 1, overallShare: 2 / 3, lift: 1.5 }]);
  });

  it('leaves a missing value on a customer’s first row missing', async () => {
    const data = await ordersTable();
    const features = customerFeatures(data.table, data.roles);
    // C's size is empty on both rows: not a second value, and C's size stays missing.
    const size = orderFileAttributes(data.table, data.roles, features.ids, features.analysisDate).fields[0];
    expect(size.kind === 'number' && Number.isNaN(size.values[2])).toBe(true);
  });
});
