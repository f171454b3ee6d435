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
 * rows the import keeps (a customer id, no cancellation C…, quantity and price above 0) in the
 * 365 days before the analysis day 2011-12-10 (from 2010-12-10 on); per customer the invoices,
 * first and last invoice time, spend; taken when 3 or more invoices, on average under 31 days
 * apart, the last one 90 or more days before 2011-12-10.
 */
function slippingDirect() {
  const analysis = Date.parse('2011-12-10T00:00:00Z');
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
});
