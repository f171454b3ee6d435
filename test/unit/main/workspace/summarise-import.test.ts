import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RFM_ELEVEN } from '../../../helpers/orders-rfm-run';
import { BENCH_SHARE_RULES, benchTable, benchTransactions } from '../../../helpers/bench-data';
import { memberLines } from '../../../helpers/run-members';
import { sharedData, tempDir } from '../../../helpers/paths';
import { createTestService, type TestService } from '../../../helpers/service';
import { appSegments, differences } from '../../../helpers/sql-check';
import { duckdbSegments } from '../../../helpers/sql-engines';
import { quietJobContext } from '../../../helpers/job-context';
import { loadCustomerData } from '../../../../src/main/worker/jobs/customer-data';

const ctx = quietJobContext();

let t: TestService;
let dir: string;
let bench: string;
let summaryId: number;
let wholeId: number;

beforeAll(async () => {
  t = createTestService();
  dir = tempDir('segdesk-summarise-');
  bench = benchTransactions();
  await t.service.createAt(join(dir, 'summary.segdesk'));
}, 120_000);
afterAll(async () => {
  await t?.service.dispose();
});

/** Each customer's figures straight from the bench CSV (no quotes, no problems): order lines, purchase days, spend, first and last day. */
function direct(file: string) {
  const out = new Map<string, { lines: number; days: Set<string>; cents: number; first: string; last: string }>();
  const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
  for (let i = 1; i < lines.length; i++) {
    const [customer, , date, amount] = lines[i].split(',');
    const c = out.get(customer);
    const cents = Math.round(Number(amount) * 100);
    if (!c) out.set(customer, { lines: 1, days: new Set([date]), cents, first: date, last: date });
    else {
      c.lines++;
      c.days.add(date);
      c.cents += cents;
      if (date < c.first) c.first = date;
      if (date > c.last) c.last = date;
    }
  }
  return out;
}

const members = (runId: number) => memberLines(t.service, runId);

describe('a file summarised per customer by DuckDB gives the figures and the run of the whole file', () => {
  it('the 10^6-row bench file: every customer’s orders, spend and first and last order as counted from the file; the same RFM run', async () => {
    const summary = await t.service.importFile(bench, { summarise: true });
    summaryId = summary.id;
    expect(summary).toMatchObject({
      kind: 'customers',
      rowCount: 100_000,
      roles: { customerId: 'customer_id', orderCount: 'orders', revenue: 'spend', lastPurchase: 'last_purchase' },
      quality: { rowsRead: 1_000_000, rowsKept: 1_000_000, issues: [] },
      source: { summarised: { transactions: 1_000_000 } },
    });
    const page = await t.service.page(summary.id, { offset: 0, limit: 100_000 });
    const { tableFromIPC } = await import('apache-arrow');
    const table = tableFromIPC(page.arrow);
    const counted = direct(bench);
    const wrong: string[] = [];
    const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
    for (let i = 0; i < table.numRows; i++) {
      const id = String(table.getChild('customer_id')!.get(i));
      const c = counted.get(id);
      const row = {
        orders: table.getChild('orders')!.get(i),
        lines: table.getChild('order_lines')!.get(i),
        days: table.getChild('purchase_days')!.get(i),
        spend: table.getChild('spend')!.get(i),
        first: day(table.getChild('first_purchase')!.get(i)),
        last: day(table.getChild('last_purchase')!.get(i)),
      };
      // Order ids are one per line in this file: orders = lines; spend to the cent, as the file writes it.
      if (
        !c ||
        row.orders !== c.lines ||
        row.lines !== c.lines ||
        row.days !== c.days.size ||
        row.spend !== c.cents / 100 ||
        row.first !== c.first ||
        row.last !== c.last
      )
        wrong.push(`${id} ${JSON.stringify(row)} ${JSON.stringify(c)}`);
    }
    expect(wrong.slice(0, 5)).toEqual([]);
    expect(table.numRows).toBe(counted.size);

    const whole = await t.service.importFile(bench);
    wholeId = whole.id;
    const [bySummary, byRows] = [
      await t.service.createRun(summary.id, RFM_ELEVEN),
      await t.service.createRun(whole.id, RFM_ELEVEN),
    ];
    expect(bySummary.result.analysisDate).toBe(byRows.result.analysisDate);
    expect(bySummary.result.bins).toEqual(byRows.result.bins);
    // Every customer: the same recency, frequency, spend, scores and segment.
    const [a, b] = [members(bySummary.run.id), members(byRows.run.id)];
    expect(a.size).toBe(100_000);
    expect(
      [...a]
        .filter(([id, v]) => b.get(id) !== v)
        .slice(0, 2)
        .map(([id, v]) => [v, b.get(id)]),
    ).toEqual([]);
    expect(a.get('100001')).toMatch(
      /^segment=\d+ recency=\d+ frequency=\d+ monetary=[\d.]+ r=\d f=\d m=\d transactions=\d+ firstPurchase=\d+ lastPurchase=\d+ tenure=\d+ aov=[\d.]+ gap=[\d.]+$/,
    );
  });

  it('the 10^6-row bench file: every customer’s share of spend per category and per channel, as the whole import’s', () => {
    const info = t.service.current()!.datasets.find((d) => d.id === summaryId)!;
    expect(info.source.summarised?.shares?.map(({ role, column, values }) => [role, column, values.length])).toEqual([
      ['category', 'category', 10],
      ['channel', 'channel', 4],
    ]);
    const workspace = join(dir, 'summary.segdesk');
    const features = (id: number) =>
      loadCustomerData(workspace, id, { frequency: 'orders' }, Date.UTC(2026, 0, 1), ctx).features!;
    const [s, w] = [features(summaryId), features(wholeId)];
    expect(s.ids.length).toBe(100_000);
    // Each customer's share by id: the whole import's rows are in order of first appearance, the summary's by id.
    const byId = (f: typeof s) => {
      const out = new Map<string, number[]>();
      f.ids.forEach((id, k) =>
        out.set(
          id,
          f.shares.flatMap((r) => r.shares.map((v) => v[k])),
        ),
      );
      return out;
    };
    const names = (f: typeof s) => f.shares.flatMap((r) => r.values.map((v) => `${r.role}: ${v}`));
    const [a, b] = [byId(s), byId(w)];
    // The same values (the summary lists them in text order), each customer's shares bit for bit.
    const order = names(s).map((n) => names(w).indexOf(n));
    expect(order.slice().sort((x, y) => x - y)).toEqual(names(w).map((_, i) => i));
    const differing = [...a].filter(([id, v]) => v.some((x, i) => !Object.is(x, b.get(id)![order[i]])));
    expect(differing.slice(0, 3)).toEqual([]);
    expect(a.get('100001')!.reduce((x, y) => x + y, 0)).toBeCloseTo(2, 12);
  });

  it('a run of the summary as SQL reads the order lines it came from: every customer in the same segment on DuckDB', async () => {
    // Purchases counted as orders, and as purchase days.
    for (const frequency of ['orders', 'days'] as const) {
      const run = await t.service.createRun(summaryId, { ...RFM_ELEVEN, frequency, analysisDate: '2025-01-01' });
      const out = join(dir, `summary-rfm-${frequency}.sql`);
      await t.service.exportSqlTo(
        run.run.id,
        { dialect: 'duckdb', table: 'transactions', columns: {}, lang: 'en' },
        out,
      );
      const bySql = await duckdbSegments(benchTable(bench), readFileSync(out, 'utf8'));
      const byApp = appSegments(t.service, run.run.id);
      expect(bySql.size).toBe(100_000);
      expect(differences(byApp, bySql)).toEqual([]);
    }
  });

  it('rules on the shares of a summary: every customer in the segment the whole import gives, and as SQL on DuckDB', async () => {
    const [bySummary, byRows] = [
      await t.service.createRun(summaryId, BENCH_SHARE_RULES),
      await t.service.createRun(wholeId, BENCH_SHARE_RULES),
    ];
    const [a, b] = [appSegments(t.service, bySummary.run.id), appSegments(t.service, byRows.run.id)];
    expect(a.size).toBe(100_000);
    expect(differences(a, b)).toEqual([]);
    expect(bySummary.result.segments.map((g) => g.customers)).toEqual(byRows.result.segments.map((g) => g.customers));
    expect(bySummary.result.segments.filter((g) => g.customers > 0)).toHaveLength(4);
    const out = join(dir, 'summary-rules.sql');
    await t.service.exportSqlTo(
      bySummary.run.id,
      { dialect: 'duckdb', table: 'transactions', columns: {}, lang: 'en' },
      out,
    );
    expect(differences(a, await duckdbSegments(benchTable(bench), readFileSync(out, 'utf8')))).toEqual([]);
  });

  it('a summary counts every order: a window or an analysis day before its last order are refused', async () => {
    await expect(t.service.createRun(summaryId, { ...RFM_ELEVEN, windowDays: 365 })).rejects.toMatchObject({
      code: 'E_BAD_SPEC',
      message:
        'This dataset was summarised per customer on import: it counts every order (no window of days). Import the file whole to count a window.',
    });
    await expect(t.service.createRun(summaryId, { ...RFM_ELEVEN, analysisDate: '2024-06-01' })).rejects.toMatchObject({
      code: 'E_BAD_SPEC',
      message:
        'This dataset was summarised per customer on import, with every order up to 2024-12-31: its analysis day can be the day after that or later.',
    });
  });

  it('Online Retail: the rows the policies drop, counted as the whole import counts them; the same RFM segments', async () => {
    const file = sharedData('online_retail_uci.csv.gz');
    const summary = await t.service.importFile(file, { summarise: true });
    const whole = await t.service.importFile(file);
    const counts = (issues: { code: string; count: number; policy: string }[]) =>
      Object.fromEntries(issues.map((i) => [i.code, `${i.count} ${i.policy}`]));
    const summarised = counts(summary.quality.issues);
    const full = counts(whole.quality.issues);
    expect(summarised).toEqual({
      missing_customer_id: full.missing_customer_id,
      cancellation: full.cancellation,
      non_positive_quantity: full.non_positive_quantity,
      non_positive_price: full.non_positive_price,
    });
    expect(summarised.missing_customer_id).toBe('135080 drop');
    expect(summarised.cancellation).toBe('9288 drop');
    // The whole import also finds exact duplicates (kept, flagged); the summary does not look for them.
    expect(Object.keys(full).filter((code) => !(code in summarised))).toEqual(['duplicate_row']);
    expect([summary.quality.rowsRead, summary.quality.rowsKept]).toEqual([541_909, 397_884]);
    expect(summary.quality.rowsKept).toBe(whole.quality.rowsKept);
    expect(summary.rowCount).toBe(4338);
    const [bySummary, byRows] = [
      await t.service.createRun(summary.id, RFM_ELEVEN),
      await t.service.createRun(whole.id, RFM_ELEVEN),
    ];
    const [a, b] = [appSegments(t.service, bySummary.run.id), appSegments(t.service, byRows.run.id)];
    expect(a.size).toBe(4338);
    expect([...a].filter(([id, s]) => b.get(id) !== s)).toEqual([]);
    // Purchases counted as order lines or as purchase days (an invoice has many lines; a day may have many invoices):
    // every customer's frequency, scores and segment as the whole file's.
    for (const frequency of ['rows', 'days'] as const) {
      const [x, y] = [
        await t.service.createRun(summary.id, { ...RFM_ELEVEN, frequency }),
        await t.service.createRun(whole.id, { ...RFM_ELEVEN, frequency }),
      ];
      const [p, q] = [members(x.run.id), members(y.run.id)];
      expect(p.size).toBe(4338);
      expect(
        [...p]
          .filter(([id, m]) => q.get(id) !== m)
          .slice(0, 1)
          .map(([id, m]) => [m, q.get(id)]),
      ).toEqual([]);
    }
  });

  it('cancelled while DuckDB reads: E_CANCELLED, no dataset, no temporary database left', async () => {
    const before = t.service.current()!.datasets.length;
    const running = t.service.importFile(bench, { summarise: true }, 'summary-cancel-1');
    for (let i = 0; i < 1000; i++) {
      if (
        t.events.some(
          (e) =>
            e.event === 'job:progress' &&
            (e.payload as { jobId: string }).jobId === 'summary-cancel-1' &&
            (e.payload as { message: { key: string } }).message.key === 'importSummarising',
        )
      )
        break;
      await new Promise((r) => setTimeout(r, 10));
    }
    expect(t.service.cancelJob('summary-cancel-1')).toBe(true);
    await expect(running).rejects.toMatchObject({ code: 'E_CANCELLED' });
    expect(t.service.current()!.datasets).toHaveLength(before);
    expect(readdirSync(dir).filter((f) => f.startsWith('.segdesk-summary-'))).toEqual([]);
  });

  it('refuses what it cannot summarise: a GBK file, orders without a customer id, a customers table', async () => {
    await expect(
      t.service.importFile(sharedData('tmall_order_report_gbk.csv'), { summarise: true }),
    ).rejects.toMatchObject({
      code: 'E_SUMMARY_NOT_SUPPORTED',
      message:
        'Summarising reads UTF-8, UTF-16 and Latin-1 files; this one is gb18030. Save it as UTF-8, or import it whole.',
    });
    await expect(t.service.importFile(sharedData('tmall_order_report.csv'), { summarise: true })).rejects.toMatchObject(
      {
        code: 'E_MISSING_ROLE',
        message: 'Summarising per customer needs customerId.',
      },
    );
    await expect(t.service.importFile(sharedData('Mall_Customers.csv'), { summarise: true })).rejects.toMatchObject({
      code: 'E_SUMMARY_NOT_SUPPORTED',
      message: 'Summarising per customer reads order lines; this file has one row per customer.',
    });
    // Refused before DuckDB starts or while it reads: no temporary folder is left beside the workspace.
    expect(readdirSync(dir).filter((f) => f.startsWith('.segdesk-summary-'))).toEqual([]);
  });
});
