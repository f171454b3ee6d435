import { beforeAll, describe, expect, it } from 'vitest';
import { computeOverview, overviewBase, type OverviewBase } from '../../../../../src/main/engine/overview/overview';
import { prepareCsvText } from '../../../../helpers/csv-text';
import { type Overview, overviewSchema } from '../../../../../src/shared/overview';
import { baseOf, ORDERS_ONLY, ORDERS_ONLY_ROLES, SHOP, SHOP_ROLES } from './overview-fixture';

let shop: OverviewBase;
const dataset = { id: 1, currency: 'GBP' };
const figures = (o: Overview) => Object.fromEntries(o.figures.map((f) => [f.key, [f.value, f.previous]]));

beforeAll(async () => {
  shop = await baseOf(SHOP, SHOP_ROLES);
});

describe('the Overview of the whole history (2024-01-05 … 2024-08-01: 210 days, by month)', () => {
  let all: Overview;
  beforeAll(() => {
    all = computeOverview(shop, dataset, { kind: 'all' });
  });

  it('is a valid Overview with no period before it', () => {
    expect(overviewSchema.parse(all)).toEqual(all);
    expect(all.hasCustomers).toBe(true);
    expect(all.data).toEqual({ from: '2024-01-05', until: '2024-08-01' });
    expect(all.period).toEqual(all.data);
    expect(all.previous).toBeNull();
    expect(all.grain).toBe('month');
  });

  it('has the key figures worked out by hand', () => {
    expect(figures(all)).toEqual({
      customers: [4, null],
      activeCustomers: [4, null],
      newCustomers: [4, null],
      orders: [8, null], // order 1's two lines are one order
      revenue: [330, null], // 30 + 50 + 30 + 40 + 60 + 15 + 5 + 100
      aov: [41.25, null], // 330 / 8
      ordersPerCustomer: [2, null], // 8 / 4
      repeatRate: [0.5, null], // A and B have 3 orders, C and D one
      // Gaps: A 36 (01-05 → 02-10), 39 (02-10 → 03-20, a leap February); B 41 (01-20 → 03-01), 153 (03-01 → 08-01).
      medianDaysBetween: [40, null],
      returningRevenue: [205, null], // orders after the first day: A 30 + 15, B 60 + 100
    });
  });

  it('has the monthly trend, every month there, customers split into new and returning', () => {
    expect(all.trend.map((p) => [p.start, p.revenue, p.orders, p.newCustomers, p.returningCustomers])).toEqual([
      ['2024-01-01', 80, 2, 2, 0], // o1 A, o2 B: both first orders
      ['2024-02-01', 70, 2, 1, 1], // o3 A (returning), o4 C (new)
      ['2024-03-01', 80, 3, 1, 2], // o5 B, o6 A returning; o7 D new
      ['2024-04-01', 0, 0, 0, 0],
      ['2024-05-01', 0, 0, 0, 0],
      ['2024-06-01', 0, 0, 0, 0],
      ['2024-07-01', 0, 0, 0, 0],
      ['2024-08-01', 100, 1, 0, 1], // o8 B
    ]);
  });

  it('has the cohorts: January (A, B), February (C), March (D), each row up to August', () => {
    expect(all.cohorts).toEqual([
      // A buys again in February (k = 1) and March (k = 2); B in March (k = 2) and August (k = 7).
      { month: '2024-01', size: 2, active: [2, 1, 2, 0, 0, 0, 0, 1], revenue: [80, 30, 75, 0, 0, 0, 0, 100] },
      { month: '2024-02', size: 1, active: [1, 0, 0, 0, 0, 0, 0], revenue: [40, 0, 0, 0, 0, 0, 0] },
      { month: '2024-03', size: 1, active: [1, 0, 0, 0, 0, 0], revenue: [5, 0, 0, 0, 0, 0] },
    ]);
  });

  it('has the concentration: B 210, A 75, C 40, D 5 of 330', () => {
    const c = all.concentration!;
    expect(c.customers).toBe(4);
    expect(c.curve).toEqual([
      [0, 0],
      [0.25, 210 / 330],
      [0.5, 285 / 330],
      [0.75, 325 / 330],
      [1, 1],
    ]);
    // round(0.01 × 4) = 0, round(0.1 × 4) = 0 and round(0.2 × 4) = 1: one customer, at least one, each time.
    expect(c.top).toEqual([
      { top: 0.01, customers: 1, share: 210 / 330 },
      { top: 0.1, customers: 1, share: 210 / 330 },
      { top: 0.2, customers: 1, share: 210 / 330 },
    ]);
    expect(c.largest).toEqual([
      { id: 'B', revenue: 210, share: 210 / 330, orders: 3, lastOrder: '2024-08-01' },
      { id: 'A', revenue: 75, share: 75 / 330, orders: 3, lastOrder: '2024-03-20' },
      { id: 'C', revenue: 40, share: 40 / 330, orders: 1, lastOrder: '2024-02-15' },
      { id: 'D', revenue: 5, share: 5 / 330, orders: 1, lastOrder: '2024-03-25' },
    ]);
  });

  it('places orders by the country column (EIRE is Ireland; Unspecified is unplaced)', () => {
    expect(all.places).toEqual({
      kind: 'country',
      column: 'country',
      rows: [
        { name: 'France', customers: 1, orders: 3, revenue: 210 },
        { name: 'United Kingdom', customers: 1, orders: 3, revenue: 75 },
        { name: 'Ireland', customers: 1, orders: 1, revenue: 40 },
      ],
      unplaced: { orders: 1, revenue: 5 },
    });
  });

  it('counts orders by weekday × hour (the times as written) and by month of year', () => {
    const cells: [number, number][] = [];
    all.when.weekdayHour!.forEach((hours, w) => hours.forEach((n, h) => n && cells.push([w, h])));
    // Monday = 0: o7 Mon 11h, o6 Wed 9h, o4 Thu 20h and o8 Thu 14h, o1 Fri 9h and o5 Fri 14h, o3 Sat 10h and o2 Sat 14h.
    expect(cells).toEqual([
      [0, 11],
      [2, 9],
      [3, 14],
      [3, 20],
      [4, 9],
      [4, 14],
      [5, 10],
      [5, 14],
    ]);
    expect(all.when.monthOfYear).toEqual([2, 2, 3, 0, 0, 0, 0, 1, 0, 0, 0, 0]);
  });

  it('asks the findings with the day after the period', () => {
    expect(all.findings).toEqual(expect.any(Array));
  });
});

describe('a range of 40 days (2024-02-15 … 03-25) against the 40 days before (01-06 … 02-14)', () => {
  let range: Overview;
  beforeAll(() => {
    range = computeOverview(shop, dataset, { kind: 'range', from: '2024-02-15', until: '2024-03-25' });
  });

  it('has the period before, covered by the data (which start on 01-05), and a daily trend', () => {
    expect(range.period).toEqual({ from: '2024-02-15', until: '2024-03-25' });
    expect(range.previous).toEqual({ from: '2024-01-06', until: '2024-02-14' });
    expect(range.grain).toBe('day');
    expect(range.trend).toHaveLength(40);
  });

  it('has both periods’ key figures', () => {
    expect(figures(range)).toEqual({
      customers: [4, 2], // by 03-25: A B C D; by 02-14: A B
      activeCustomers: [4, 2], // o4 C, o5 B, o6 A, o7 D; o2 B, o3 A
      newCustomers: [2, 1], // C and D; B (A's first order, 01-05, is before 01-06)
      orders: [4, 2],
      revenue: [120, 80], // 40 + 60 + 15 + 5; 50 + 30
      aov: [30, 40],
      ordersPerCustomer: [1, 1],
      repeatRate: [0.5, 0.5], // A (3) and B (2) of 4 by 03-25; A (2) of A and B by 02-14
      medianDaysBetween: [40, 36], // B 41 and A 39 end in the period; A 36 before
      returningRevenue: [75, 30], // B 60 + A 15 (after their first days); A 30 (C's and D's first orders are not)
    });
  });

  it('has the days with orders in the trend, and the cohorts of February and March only', () => {
    const days = range.trend.filter((p) => p.orders > 0);
    expect(days.map((p) => [p.start, p.revenue, p.newCustomers, p.returningCustomers])).toEqual([
      ['2024-02-15', 40, 1, 0],
      ['2024-03-01', 60, 0, 1],
      ['2024-03-20', 15, 0, 1],
      ['2024-03-25', 5, 1, 0],
    ]);
    expect(range.cohorts).toEqual([
      { month: '2024-02', size: 1, active: [1, 0], revenue: [40, 0] },
      { month: '2024-03', size: 1, active: [1], revenue: [5] },
    ]);
  });
});

describe('a range of 154 days (2024-03-01 … 08-01) by ISO week', () => {
  it('has 23 weeks from Monday 02-26 to Monday 07-29; the data do not cover the 154 days before', () => {
    const weeks = computeOverview(shop, dataset, { kind: 'range', from: '2024-03-01', until: null });
    expect(weeks.period).toEqual({ from: '2024-03-01', until: '2024-08-01' });
    expect(weeks.previous).toBeNull();
    expect(weeks.grain).toBe('week');
    expect(weeks.trend).toHaveLength(23);
    expect(weeks.trend[0]).toEqual({
      start: '2024-02-26',
      revenue: 60,
      orders: 1,
      newCustomers: 0,
      returningCustomers: 1,
    });
    expect(weeks.trend[3]).toMatchObject({ start: '2024-03-18', revenue: 15 }); // o6 on Wednesday 03-20
    expect(weeks.trend[4]).toMatchObject({ start: '2024-03-25', revenue: 5, newCustomers: 1 }); // o7, D's first
    expect(weeks.trend[22]).toMatchObject({ start: '2024-07-29', revenue: 100, returningCustomers: 1 });
  });

  it('refuses a range that ends before it starts', () => {
    expect(() => computeOverview(shop, dataset, { kind: 'range', from: '2024-03-02', until: '2024-03-01' })).toThrow(
      expect.objectContaining({ code: 'E_BAD_SPEC' }),
    );
  });
});

describe('orders without customer ids', () => {
  it('has orders, revenue and aov only; no customer panels; provinces read from the address', async () => {
    const o = computeOverview(await baseOf(ORDERS_ONLY, ORDERS_ONLY_ROLES), dataset, { kind: 'auto' });
    expect(o.hasCustomers).toBe(false);
    expect(figures(o)).toMatchObject({
      orders: [3, null],
      revenue: [87, null],
      aov: [29, null],
      customers: [null, null],
    });
    expect(o.figures.filter((f) => f.value !== null).map((f) => f.key)).toEqual(['orders', 'revenue', 'aov']);
    expect(o.cohorts).toBeNull();
    expect(o.concentration).toBeNull();
    expect(o.trend.map((p) => [p.start, p.orders, p.newCustomers])).toEqual([
      ['2024-01-05', 1, null],
      ['2024-01-06', 1, null],
      ['2024-01-07', 1, null],
    ]);
    expect(o.places).toEqual({
      kind: 'province',
      column: 'address',
      rows: [
        { name: '广东', customers: null, orders: 1, revenue: 50 },
        { name: '上海', customers: null, orders: 1, revenue: 30 },
      ],
      unplaced: { orders: 1, revenue: 7 },
    });
    // Days without times: no weekday × hour.
    expect(o.when).toEqual({ weekdayHour: null, monthOfYear: [3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] });
  });

  it('takes each row as an order of its own when no order id is mapped', async () => {
    const o = computeOverview(await baseOf(ORDERS_ONLY, { orderDate: 'date', amount: 'amount' }), dataset, {
      kind: 'all',
    });
    expect(figures(o)).toMatchObject({ orders: [4, null], revenue: [87, null] });
  });
});

describe('rows in any order', () => {
  it('give the same Overview as rows by day (the orders are sorted by day first)', async () => {
    const [header, ...lines] = SHOP.trim().split('\n');
    const shuffled = [header, ...[...lines].reverse()].join('\n');
    const again = computeOverview(await baseOf(`${shuffled}\n`, SHOP_ROLES), dataset, { kind: 'all' });
    const all = computeOverview(shop, dataset, { kind: 'all' });
    // Customers are coded in another order (D first): the largest list and the rest are the same.
    expect(again).toEqual(all);
  });
});

describe('what the Overview needs', () => {
  it('an order date and a spend: E_MISSING_ROLE names the one missing', async () => {
    const data = await prepareCsvText(SHOP, { kind: 'transactions', roles: SHOP_ROLES });
    expect(() => overviewBase(data.table, { ...data.roles, amount: undefined })).toThrow(
      expect.objectContaining({ code: 'E_MISSING_ROLE', details: expect.objectContaining({ roles: ['amount'] }) }),
    );
  });
});

describe('days before 1970 (negative day numbers)', () => {
  it('count their gaps like any other', async () => {
    // A: 1969-12-30 → 1970-01-02 (3 days); B: two orders on 1969-12-31, then 1970-01-01 (1 day).
    const csv = `order,customer,date,amount
1,A,1969-12-30,10
2,B,1969-12-31,20
3,B,1969-12-31,30
4,A,1970-01-02,40
5,B,1970-01-01,50
`;
    const o = computeOverview(await baseOf(csv, SHOP_ROLES), dataset, { kind: 'all' });
    expect(figures(o)).toMatchObject({ orders: [5, null], repeatRate: [1, null], medianDaysBetween: [2, null] });
    expect(o.trend.map((p) => [p.start, p.orders])).toEqual([
      ['1969-12-30', 1],
      ['1969-12-31', 2],
      ['1970-01-01', 1],
      ['1970-01-02', 1],
    ]);
  });
});

describe('customer ids that are personal data', () => {
  it('are marked so a report masks them: e-mail addresses are, letters A–D are not', async () => {
    const emails = `customer,date,amount\nann@example.com,2024-01-05,10\nbob@example.com,2024-01-06,20\n`;
    const base = await baseOf(emails, { customerId: 'customer', orderDate: 'date', amount: 'amount' });
    expect(computeOverview(base, dataset, { kind: 'all' }).concentration?.personal).toBe('email');
    expect(computeOverview(shop, dataset, { kind: 'all' }).concentration?.personal).toBeNull();
  });
});
