import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Overview } from '../../../../src/shared/overview';
import { uciRows } from '../../../helpers/online-retail';
import { sharedData, tempDir } from '../../../helpers/paths';
import { createTestService, type TestService } from '../../../helpers/service';
import { countBy, tmallOrders } from '../../../helpers/tmall-direct';

/**
 * The Online Retail file computed here from its raw rows, without the app: the rows the import
 * keeps (a customer id, no cancellation C…, quantity and price above 0), then per month the
 * revenue (quantity × price) and the customers whose first invoice is in it, the cohort matrix
 * (customers by the month of their first invoice × months since: who invoiced in each), and
 * each customer's spend for the Pareto shares.
 */
function retailDirect() {
  const text = gunzipSync(readFileSync(sharedData('online_retail_uci.csv.gz'))).toString('utf8');
  const revenue = new Map<string, number>();
  const months = new Map<string, Set<string>>(); // customer → months with an invoice
  const spend = new Map<string, number>();
  const cellRevenue = new Map<string, number>(); // "customer|month" → spend
  const invoices = new Set<string>();
  for (const r of uciRows(text)) {
    if (r.customer === '' || r.invoice.startsWith('C') || !(r.quantity > 0) || !(r.price > 0)) continue;
    const month = r.date.slice(0, 7);
    const money = r.quantity * r.price;
    revenue.set(month, (revenue.get(month) ?? 0) + money);
    months.set(r.customer, (months.get(r.customer) ?? new Set()).add(month));
    spend.set(r.customer, (spend.get(r.customer) ?? 0) + money);
    cellRevenue.set(`${r.customer}|${month}`, (cellRevenue.get(`${r.customer}|${month}`) ?? 0) + money);
    invoices.add(r.invoice);
  }
  const index = (m: string) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1;
  const newPerMonth = new Map<string, number>();
  const cohorts = new Map<string, { size: number; active: number[]; revenue: number[] }>();
  const last = index('2011-12');
  for (const [customer, seen] of months) {
    const first = [...seen].sort()[0];
    newPerMonth.set(first, (newPerMonth.get(first) ?? 0) + 1);
    const width = last - index(first) + 1;
    const row = cohorts.get(first) ?? { size: 0, active: Array(width).fill(0), revenue: Array(width).fill(0) };
    row.size++;
    for (const m of seen) {
      row.active[index(m) - index(first)]++;
      row.revenue[index(m) - index(first)] += cellRevenue.get(`${customer}|${m}`)!;
    }
    cohorts.set(first, row);
  }
  const sorted = [...spend.values()].sort((a, b) => b - a);
  const total = sorted.reduce((a, b) => a + b, 0);
  const top = (share: number) => {
    const n = Math.max(1, Math.round(share * sorted.length));
    return sorted.slice(0, n).reduce((a, b) => a + b, 0) / total;
  };
  return { revenue, newPerMonth, cohorts, top, customers: spend.size, invoices: invoices.size, total };
}

let t: TestService;
let retail: Overview;
const direct = retailDirect();

beforeAll(async () => {
  t = createTestService();
  await t.service.createAt(join(tempDir(), 'overview.segdesk'));
  const { id } = await t.service.importFile(sharedData('online_retail_uci.csv.gz'));
  retail = await t.service.overview(id, { kind: 'all' });
}, 180_000);
afterAll(async () => {
  await t?.service.dispose();
});

describe('the Overview of Online Retail (cleaned) equals a computation from the raw rows', () => {
  it('counts 4,338 customers and 18,532 invoices from 2010-12-01 to 2011-12-09', () => {
    expect([direct.customers, direct.invoices]).toEqual([4338, 18532]);
    const figure = (key: string) => retail.figures.find((f) => f.key === key)!.value;
    expect(figure('customers')).toBe(direct.customers);
    expect(figure('orders')).toBe(direct.invoices);
    expect(figure('revenue')).toBeCloseTo(direct.total, 4);
    expect(retail.data).toEqual({ from: '2010-12-01', until: '2011-12-09' });
    expect(retail.grain).toBe('month');
  });

  it('has the monthly revenue and new customers per month', () => {
    const months = retail.trend.map((p) => p.start.slice(0, 7));
    expect(months).toEqual([...direct.revenue.keys()].sort());
    for (const p of retail.trend) {
      expect(p.revenue).toBeCloseTo(direct.revenue.get(p.start.slice(0, 7))!, 4);
      expect(p.newCustomers).toBe(direct.newPerMonth.get(p.start.slice(0, 7)));
    }
    // December 2010: 885 first customers, as the cohort sizes say too.
    expect(retail.trend[0].newCustomers).toBe(885);
  });

  it('has the cohort matrix: sizes, who bought again in each month since, and their revenue', () => {
    const cohorts = retail.cohorts!;
    expect(cohorts.map((c) => c.month)).toEqual([...direct.cohorts.keys()].sort());
    for (const c of cohorts) {
      const d = direct.cohorts.get(c.month)!;
      expect([c.size, c.active]).toEqual([d.size, d.active]);
      c.revenue.forEach((v, k) => expect(v).toBeCloseTo(d.revenue[k], 4));
    }
    // The first cohort (December 2010) by hand-checked count: 885, then 324 in January.
    expect(cohorts[0].active.slice(0, 2)).toEqual([885, 324]);
  });

  it('has the Pareto shares of the top 1 %, 10 % and 20 % of customers', () => {
    const c = retail.concentration!;
    expect(c.customers).toBe(4338);
    expect(c.top.map((s) => s.customers)).toEqual([43, 434, 868]);
    c.top.forEach((s) => expect(s.share).toBeCloseTo(direct.top(s.top), 10));
    expect(c.curve).toHaveLength(101);
    expect(c.curve[20][0]).toBeCloseTo(0.2, 3);
    expect(c.curve[100]).toEqual([1, expect.closeTo(1, 12)]);
  });

  it('places the orders by the Country column; auto shows the whole history (13 months: none to compare)', async () => {
    expect(retail.places?.kind).toBe('country');
    expect(retail.places?.rows[0].name).toBe('United Kingdom');
    const auto = await t.service.overview(retail.datasetId);
    expect(auto.period).toEqual(retail.period);
    expect(auto.previous).toBeNull();
    const last12 = await t.service.overview(retail.datasetId, { kind: 'last12' });
    expect(last12.period).toEqual({ from: '2010-12-10', until: '2011-12-09' });
  });
});

describe('the Overview of other datasets', () => {
  it('orders without customer ids (the Tmall report): provinces from the address, no customer panels', async () => {
    const { id } = await t.service.importFile(sharedData('tmall_order_report.csv'));
    const o = await t.service.overview(id, { kind: 'auto' }, 'overview-tmall');
    // The job reports its progress as the others do.
    const progress = t.events.filter(
      (e) => e.event === 'job:progress' && (e.payload as { jobId: string }).jobId === 'overview-tmall',
    );
    expect(progress.map((e) => (e.payload as { message: { key: string } }).message.key)).toContain('overviewMaking');
    const orders = tmallOrders();
    expect(o.hasCustomers).toBe(false);
    expect([o.cohorts, o.concentration]).toEqual([null, null]);
    expect(o.figures.find((f) => f.key === 'orders')!.value).toBe(orders.length);
    expect(o.figures.find((f) => f.key === 'revenue')!.value).toBeCloseTo(
      orders.reduce((s, r) => s + r.paid, 0),
      4,
    );
    expect(o.places).toMatchObject({ kind: 'province', column: '收货地址' });
    const byProvince = countBy(orders, (r) => r.province);
    for (const row of o.places!.rows) {
      expect(row.orders).toBe(byProvince.get(row.name)!.orders);
      expect(row.revenue).toBeCloseTo(byProvince.get(row.name)!.revenue, 4);
    }
    expect(o.places!.rows[0]).toMatchObject({ name: '上海', orders: byProvince.get('上海')!.orders });
    // February 2020 by day; the creation times give every order a weekday and hour.
    expect(o.grain).toBe('day');
    expect(o.when.weekdayHour!.flat().reduce((a, b) => a + b, 0)).toBe(orders.length);
  });

  it('refuses a dataset of customers (one row each) with a clear code', async () => {
    const { id } = await t.service.importFile(sharedData('Mall_Customers.csv'));
    await expect(t.service.overview(id)).rejects.toMatchObject({ code: 'E_OVERVIEW_NEEDS_ORDERS' });
  });
});
