import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clvSpecSchema } from '../../../../src/shared/clv';
import type { Overview, OverviewPeriod } from '../../../../src/shared/overview';
import { sharedData, tempDir } from '../../../helpers/paths';
import { createTestService, type TestService } from '../../../helpers/service';

/**
 * A file summarised per customer keeps monthly (and daily) aggregates: its Overview, counted from
 * them, equals the Overview of the same file imported whole wherever the summary can tell, and
 * leaves out (null) only what it cannot.
 */
let t: TestService;
let summaryId: number;
let wholeId: number;

beforeAll(async () => {
  t = createTestService();
  await t.service.createAt(join(tempDir('segdesk-summary-overview-'), 'retail.segdesk'));
  const file = sharedData('online_retail_uci.csv.gz');
  summaryId = (await t.service.importFile(file, { summarise: true })).id;
  wholeId = (await t.service.importFile(file)).id;
}, 180_000);
afterAll(async () => {
  await t?.service.dispose();
});

const close = (a: number | null, b: number | null) =>
  a === b || (a !== null && b !== null && Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b)));

/** The figures that differ (beyond float rounding) between two Overviews, as [key, summary's, whole's]. */
function figureDifferences(s: Overview, w: Overview, leftOut: string[]) {
  const of = (o: Overview) => new Map(o.figures.map((f) => [f.key, f.value]));
  const [a, b] = [of(s), of(w)];
  const out: [string, number | null, number | null][] = [];
  for (const [key, value] of a) {
    if (leftOut.includes(key)) {
      if (value !== null) out.push([key, value, null]);
    } else if (!close(value, b.get(key)!)) out.push([key, value, b.get(key)!]);
  }
  return out;
}

const range = (from: string, until: string): OverviewPeriod => ({ kind: 'range', from, until });

describe('the Overview of a file summarised per customer (Online Retail: 397,884 order lines kept, 4,338 customers)', () => {
  it('over the whole history: every figure but the median gap, the monthly trend, cohorts, concentration and when, as the whole file’s', async () => {
    const [s, w] = [
      await t.service.overview(summaryId, { kind: 'all' }),
      await t.service.overview(wholeId, { kind: 'all' }),
    ];
    expect(s.period).toEqual({ from: '2010-12-01', until: '2011-12-09' });
    expect(s.period).toEqual(w.period);
    expect(figureDifferences(s, w, ['medianDaysBetween'])).toEqual([]);
    expect(s.figures.find((f) => f.key === 'customers')?.value).toBe(4338);
    expect(s.figures.find((f) => f.key === 'orders')?.value).toBe(18_532);
    expect([s.grain, w.grain]).toEqual(['month', 'month']);
    expect(s.trend.length).toBe(13);
    s.trend.forEach((p, i) => {
      const q = w.trend[i];
      expect([p.start, p.orders, p.newCustomers, p.returningCustomers]).toEqual([
        q.start,
        q.orders,
        q.newCustomers,
        q.returningCustomers,
      ]);
      expect(close(p.revenue, q.revenue)).toBe(true);
    });
    expect(s.cohorts!.map((c) => [c.month, c.size, c.active])).toEqual(
      w.cohorts!.map((c) => [c.month, c.size, c.active]),
    );
    s.cohorts!.forEach((c, i) => c.revenue.forEach((r, k) => expect(close(r, w.cohorts![i].revenue[k])).toBe(true)));
    const [a, b] = [s.concentration!, w.concentration!];
    expect([a.customers, a.largest.map((l) => [l.id, l.orders, l.lastOrder])]).toEqual([
      b.customers,
      b.largest.map((l) => [l.id, l.orders, l.lastOrder]),
    ]);
    a.top.forEach((x, i) => expect(close(x.share, b.top[i].share)).toBe(true));
    expect(s.when).toEqual(w.when);
    expect(s.places).toBeNull();
    // The findings a summary can read (months, concentration, cohorts, returning revenue) say what the whole file's say
    // (the whole file's six shown may leave one out for the findings about customers' own histories).
    const rounded = (f: Overview['findings'][number]) =>
      JSON.parse(JSON.stringify(f.values), (_k, v) => (typeof v === 'number' ? Math.round(v * 1e6) : v));
    const whole = new Map(w.findings.map((f) => [f.key, rounded(f)]));
    const both = s.findings.filter((f) => whole.has(f.key));
    expect(s.findings.map((f) => f.key)).toEqual([
      'concentration',
      'cohortWorse',
      'returningRevenue',
      'bestMonth',
      'worstMonth',
      'cohortBetter',
    ]);
    expect(both.length).toBeGreaterThanOrEqual(3);
    for (const f of both) expect(rounded(f)).toEqual(whole.get(f.key));
  });

  it('a period of whole months: up to the last order, in the middle of the data, one month', async () => {
    // The last 12 months are the calendar months 2011-01 to 2011-12 (a summary keeps months, not days).
    const last12 = await t.service.overview(summaryId, { kind: 'last12' });
    expect([last12.period, last12.previous]).toEqual([{ from: '2011-01-01', until: '2011-12-09' }, null]);
    const w = await t.service.overview(wholeId, range('2011-01-01', '2011-12-09'));
    expect(figureDifferences(last12, w, ['medianDaysBetween'])).toEqual([]);
    // March to May: how many customers bought in those months together is not kept; the rest is.
    const spring = await t.service.overview(summaryId, range('2011-03-10', '2011-05-20'));
    expect(spring.period).toEqual({ from: '2011-03-01', until: '2011-05-31' });
    expect(spring.previous).toEqual({ from: '2010-12-01', until: '2011-02-28' });
    const springWhole = await t.service.overview(wholeId, range('2011-03-01', '2011-05-31'));
    const unknown = ['activeCustomers', 'ordersPerCustomer', 'repeatRate', 'medianDaysBetween'];
    expect(figureDifferences(spring, springWhole, unknown)).toEqual([]);
    expect(spring.concentration).toBeNull();
    const june = await t.service.overview(summaryId, range('2011-06-01', '2011-06-30'));
    const juneWhole = await t.service.overview(wholeId, range('2011-06-01', '2011-06-30'));
    expect(figureDifferences(june, juneWhole, ['repeatRate', 'medianDaysBetween'])).toEqual([]);
    expect(june.figures.find((f) => f.key === 'activeCustomers')?.value).toBe(
      juneWhole.figures.find((f) => f.key === 'activeCustomers')?.value,
    );
  });
});

describe('the Overview of a summary of orders without order ids (rfm_data_orders: each line an order)', () => {
  it('over the whole history and the last 12 months: the whole file’s figures, trend and cohorts', async () => {
    const file = sharedData('rfm_data_orders.csv');
    const [summary, whole] = [await t.service.importFile(file, { summarise: true }), await t.service.importFile(file)];
    for (const period of [{ kind: 'all' }, range('2006-01-01', '2006-12-30')] as OverviewPeriod[]) {
      const [s, w] = [await t.service.overview(summary.id, period), await t.service.overview(whole.id, period)];
      expect(s.period).toEqual(w.period);
      expect(figureDifferences(s, w, ['medianDaysBetween'])).toEqual([]);
      expect(s.trend.map((p) => [p.start, p.orders, p.newCustomers, p.returningCustomers])).toEqual(
        w.trend.map((p) => [p.start, p.orders, p.newCustomers, p.returningCustomers]),
      );
      expect(s.cohorts!.map((c) => [c.month, c.size, c.active])).toEqual(
        w.cohorts!.map((c) => [c.month, c.size, c.active]),
      );
    }
    const all = await t.service.overview(summary.id, { kind: 'all' });
    expect(all.figures.filter((f) => ['customers', 'orders'].includes(f.key)).map((f) => f.value)).toEqual([995, 4906]);
  });
});

describe('the Overview report of a summary', () => {
  it('as HTML: the same parts and revenue as the whole file’s report', async () => {
    const dir = tempDir('segdesk-summary-report-');
    const html = async (id: number, name: string) => {
      t.dialogs.saveFile.push(join(dir, name));
      const saved = await t.service.exportOverview(id, { kind: 'auto' }, 'html', { lang: 'en', paper: 'a4' });
      return readFileSync(saved!.path, 'utf8');
    };
    const [s, w] = [await html(summaryId, 'summary'), await html(wholeId, 'whole')];
    const headings = (text: string) => [...text.matchAll(/<h2>(.*?)<\/h2>/g)].map((m) => m[1]);
    expect(headings(s)).toEqual(headings(w));
    expect(headings(s)).toContain('Who brings the revenue?');
    const revenue = (text: string) => /<tr><td>Revenue<\/td><td class="num">(.*?)<\/td>/.exec(text)?.[1];
    expect(revenue(s)).toBe('£8,911,407.90');
    expect(revenue(w)).toBe('£8,911,407.90');
  });
});

describe('CLV of a file summarised per customer (Online Retail)', () => {
  it('reads x, t_x, T and the repeat spend from the summary: the same fits, values and segments as from the order lines', async () => {
    const spec = clvSpecSchema.parse({ model: 'clv' });
    const [s, w] = [await t.service.createRun(summaryId, spec), await t.service.createRun(wholeId, spec)];
    const [a, b] = [t.service.runDetails(s.run.id).result, t.service.runDetails(w.run.id).result];
    const [x, y] = [a.clv!, b.clv!];
    expect([x.customers, x.repeatCustomers, x.calibrationEnd, x.holdoutEnd]).toEqual([4338, 2790, '2011-12-09', null]);
    expect([x.customers, x.repeatCustomers, x.purchaseModel]).toEqual([
      y.customers,
      y.repeatCustomers,
      y.purchaseModel,
    ]);
    x.models.forEach((m, i) =>
      Object.entries(m.params).forEach(([k, v]) =>
        expect(close(v as number, y.models[i].params[k as never])).toBe(true),
      ),
    );
    for (const k of ['p', 'q', 'gamma'] as const) expect(close(x.gammaGamma[k], y.gammaGamma[k])).toBe(true);
    expect(close(x.totals.clv, y.totals.clv)).toBe(true);
    expect(x.validation.cumulative.map((c) => [c.t, c.day, c.actual])).toEqual(
      y.validation.cumulative.map((c) => [c.t, c.day, c.actual]),
    );
    x.validation.cumulative.forEach((c, i) =>
      expect(close(c.expected, y.validation.cumulative[i].expected)).toBe(true),
    );
    const [p, q] = [members(s.run.id), members(w.run.id)];
    expect(p.size).toBe(4338);
    expect([...p].filter(([id, seg]) => q.get(id) !== seg)).toEqual([]);
  });

  it('refuses a holdout or a calibration end before the last order, saying why', async () => {
    const refusal = (spec: object) =>
      t.service.createRun(summaryId, clvSpecSchema.parse({ model: 'clv', ...spec })).then(
        () => null,
        (e: { code: string; message: string }) => [e.code, e.message],
      );
    expect(await refusal({ calibrationEnd: '2011-06-30', holdoutEnd: '2011-12-09' })).toEqual([
      'E_BAD_SPEC',
      'This dataset was summarised per customer on import, with every order up to 2011-12-09: its lifetime value is modelled on all of them, without a holdout period. Import the file whole to check the model on a holdout.',
    ]);
    expect(await refusal({ calibrationEnd: '2011-06-30' })).toEqual([
      'E_BAD_SPEC',
      'This dataset was summarised per customer on import, with every order up to 2011-12-09: the calibration period can end on that day or later.',
    ]);
  });
});

/** Each customer's segment in a run. */
function members(runId: number) {
  const table = t.service.runMembers(runId);
  const out = new Map<string, number>();
  for (let i = 0; i < table.numRows; i++)
    out.set(String(table.getChild('customerId')!.get(i)), Number(table.getChild('segment')!.get(i)));
  return out;
}
