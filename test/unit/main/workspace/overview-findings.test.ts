import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Finding, Overview } from '../../../../src/shared/overview';
import { uciRows } from '../../../helpers/online-retail';
import { sharedData, tempDir } from '../../../helpers/paths';
import { createTestService, type TestService } from '../../../helpers/service';

const DAY = 86_400_000;

/** The rows the import keeps: a customer id, no cancellation (C…), quantity and price above 0. */
const kept = [...uciRows(gunzipSync(readFileSync(sharedData('online_retail_uci.csv.gz'))).toString('utf8'))].filter(
  (r) => r.customer !== '' && !r.invoice.startsWith('C') && r.quantity > 0 && r.price > 0,
);

/** Of the customers whose first invoice is in `month`, how many, and how many invoiced `after` months later. */
function cohortDirect(month: string, after: number) {
  const months = new Map<string, Set<string>>();
  for (const r of kept) months.set(r.customer, (months.get(r.customer) ?? new Set()).add(r.date.slice(0, 7)));
  const [y, m] = month.split('-').map(Number);
  const later = new Date(Date.UTC(y, m - 1 + after, 1)).toISOString().slice(0, 7);
  let size = 0;
  let back = 0;
  for (const seen of months.values()) {
    if ([...seen].sort()[0] !== month) continue;
    size++;
    if (seen.has(later)) back++;
  }
  return { size, back };
}

/**
 * The regulars slipping away in Online Retail, counted here from the raw rows without the app: the
 * rows the import keeps in the 365 days before the analysis day (2011-12-10: from 2010-12-10 on); per customer the invoices,
 * first and last invoice time, spend; taken when 3 or more invoices, on average under 31 days
 * apart, the last one 90 or more days before 2011-12-10.
 */
function slippingDirect(analysisDay = '2011-12-10') {
  const analysis = Date.parse(`${analysisDay}T00:00:00Z`);
  const from = analysis - 365 * DAY;
  const seen = new Map<string, { invoices: Set<string>; first: number; last: number; spend: number }>();
  for (const r of kept) {
    const at = Date.parse(`${r.date.replace(' ', 'T')}Z`);
    if (at < from || at >= analysis) continue;
    const c = seen.get(r.customer) ?? { invoices: new Set(), first: at, last: at, spend: 0 };
    c.invoices.add(r.invoice);
    c.first = Math.min(c.first, at);
    c.last = Math.max(c.last, at);
    c.spend += r.quantity * r.price;
    seen.set(r.customer, c);
  }
  let customers = 0;
  let spend = 0;
  for (const c of seen.values()) {
    const n = c.invoices.size;
    const gap = (c.last - c.first) / DAY / (n - 1);
    const daysSince = (analysis - Math.floor(c.last / DAY) * DAY) / DAY;
    if (n >= 3 && gap < 31 && daysSince >= 90) {
      customers++;
      spend += c.spend;
    }
  }
  return { customers, spend };
}

let t: TestService;
let datasetId: number;
let overview: Overview;
const find = (key: string) => overview.findings.find((f) => f.key === key);

beforeAll(async () => {
  t = createTestService();
  await t.service.createAt(join(tempDir(), 'findings.segdesk'));
  datasetId = (await t.service.importFile(sharedData('online_retail_uci.csv.gz'))).id;
  overview = await t.service.overview(datasetId, { kind: 'all' });
}, 180_000);
afterAll(async () => {
  await t?.service.dispose();
});

describe('the findings of Online Retail (cleaned)', () => {
  it('regulars slipping away (62, £150,507 last year): as many as the rules run their button makes, and as counted from the raw rows', async () => {
    const direct = slippingDirect();
    // 62 customers who spent £150,507.00 in the year.
    expect(direct.customers).toBe(62);
    expect(direct.spend).toBeCloseTo(150_507, 2);
    const finding = find('slippingRegulars') as Finding;
    expect(finding.values.customers).toEqual({ kind: 'int', value: direct.customers });
    expect(finding.values.spend.value).toBeCloseTo(direct.spend, 4);
    if (finding.action?.kind !== 'rules') throw new Error('a rules run');
    const run = await t.service.createRun(datasetId, finding.action.spec);
    const segment = run.result.segments.find((s) => s.key === 'slipping_regulars')!;
    expect(segment.customers).toBe(direct.customers);
    // The run's revenue of them is their spend in the year: the same money the finding says.
    expect(segment.revenue).toBeCloseTo(direct.spend, 4);
    expect(run.result.analysisDate).toBe('2011-12-10');
  });

  it('a cohort that comes back less: May 2011, 49 of 284 in August (17 %); its button’s run holds those 284', async () => {
    const finding = find('cohortWorse') as Finding;
    expect(finding.values.month.value).toBe('2011-05');
    const direct = cohortDirect('2011-05', 3);
    expect([direct.size, direct.back]).toEqual([284, 49]);
    expect(finding.values.customers.value).toBe(direct.size);
    expect(finding.values.share.value).toBeCloseTo(direct.back / direct.size, 12);
    if (finding.action?.kind !== 'rules') throw new Error('a rules run');
    const run = await t.service.createRun(datasetId, finding.action.spec);
    expect(run.result.segments.find((s) => s.key === 'cohort')?.customers).toBe(direct.size);
  });

  it('puts the money at stake first and shows 6', () => {
    expect(overview.findings.map((f) => f.key)).toEqual([
      'slippingRegulars',
      'concentration',
      'firstRepeat',
      'cohortWorse',
      'newCustomersTrend',
      'returningRevenue',
    ]);
  });

  it('a period that ends earlier has its own analysis day: until 2011-09-30, the run at 2011-10-01 agrees', async () => {
    const direct = slippingDirect('2011-10-01');
    // 73 customers who spent £148,121.52 from 2010-10-01 to 2011-09-30.
    expect([direct.customers, direct.spend]).toEqual([73, expect.closeTo(148_121.52, 2)]);
    const earlier = await t.service.overview(datasetId, { kind: 'range', from: null, until: '2011-09-30' });
    const finding = earlier.findings.find((f) => f.key === 'slippingRegulars')!;
    expect(finding.values.customers.value).toBe(direct.customers);
    expect(finding.values.spend.value).toBeCloseTo(direct.spend, 4);
    if (finding.action?.kind !== 'rules') throw new Error('a rules run');
    expect(finding.action.spec.analysisDate).toBe('2011-10-01');
    const run = await t.service.createRun(datasetId, finding.action.spec);
    expect(run.result.segments.find((s) => s.key === 'slipping_regulars')?.customers).toBe(direct.customers);
  });
});

/**
 * rfm_data_orders.csv (no order id, dates without times: each row is an order), counted here from
 * its rows: the customers with 3 or more rows in the 365 days before `analysis`, on average under
 * 31 days apart, the last 90 or more days before it, and their spend in those days.
 */
function ordersFileDirect(analysis: string) {
  const lines = readFileSync(sharedData('rfm_data_orders.csv'), 'utf8').trim().split('\n').slice(1);
  const end = Date.parse(`${analysis}T00:00:00Z`) / DAY;
  const seen = new Map<string, { n: number; first: number; last: number; spend: number }>();
  for (const line of lines) {
    const [customer, date, revenue] = line.split(',');
    const day = Date.parse(`${date}T00:00:00Z`) / DAY;
    if (day < end - 365 || day >= end) continue;
    const c = seen.get(customer) ?? { n: 0, first: day, last: day, spend: 0 };
    c.n++;
    c.first = Math.min(c.first, day);
    c.last = Math.max(c.last, day);
    c.spend += Number(revenue);
    seen.set(customer, c);
  }
  const taken = [...seen.values()].filter((c) => c.n >= 3 && (c.last - c.first) / (c.n - 1) < 31 && end - c.last >= 90);
  return { customers: taken.length, spend: taken.reduce((a, c) => a + c.spend, 0) };
}

describe('the findings of rfm_data_orders (each row an order)', () => {
  it('9 regulars slipping away, $3,128 in the year to 2006-12-30, as their rules run says', async () => {
    const { id } = await t.service.importFile(sharedData('rfm_data_orders.csv'), {
      kind: 'transactions',
      roles: { customerId: 'customer_id', orderDate: 'order_date', amount: 'revenue' },
    });
    const o = await t.service.overview(id);
    expect(o.period.until).toBe('2006-12-30');
    const direct = ordersFileDirect('2006-12-31');
    expect([direct.customers, direct.spend]).toEqual([9, 3128]);
    const finding = o.findings.find((f) => f.key === 'slippingRegulars')!;
    expect([finding.values.customers.value, finding.values.spend.value]).toEqual([9, 3128]);
    if (finding.action?.kind !== 'rules') throw new Error('a rules run');
    const run = await t.service.createRun(id, finding.action.spec);
    const segment = run.result.segments.find((s) => s.key === 'slipping_regulars')!;
    expect([segment.customers, segment.revenue]).toEqual([9, 3128]);
  });
});
