import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { RFM_ELEVEN } from '../../../helpers/orders-rfm-run';
import { memberLines } from '../../../helpers/run-members';
import { tempDir } from '../../../helpers/paths';
import { createTestService, type TestService } from '../../../helpers/service';
import { quietJobContext } from '../../../helpers/job-context';
import { SUMMARY_SHARE_CELLS, SUMMARY_SHARE_VALUES } from '../../../../src/shared/import-settings';
import { loadCustomerData } from '../../../../src/main/worker/jobs/customer-data';
import { summariseDataset } from '../../../../src/main/worker/jobs/summarise-dataset';

const ctx = quietJobContext();

let t: TestService;
let dir: string;

beforeAll(async () => {
  t = createTestService();
  dir = tempDir('segdesk-summarise-messy-');
  await t.service.createAt(join(dir, 'messy.segdesk'));
});
afterAll(async () => {
  await t?.service.dispose();
});

/**
 * 1,300 order lines whose first 1,000 (what the wizard looks at) are clean, so DuckDB's CSV reader
 * is first asked to read the dates and numbers itself; the later lines have what it cannot read
 * (a thousands separator, a currency sign, a word, an impossible date) and what the policies drop
 * (blank ids and dates, cancellations, quantities of 0 and below, a future date), so the file is
 * read again as text. Customer ids written as floats (17850.0) are the same customer as 17850.
 */
function messyOrders(): string {
  const rows = ['customer_id,order_id,order_date,quantity,amount'];
  for (let i = 0; i < 1300; i++) {
    const customer = 1000 + (i % 97);
    const day = 1 + (i % 28);
    const month = 1 + (i % 12);
    const date = `2023-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const amount = (((i * 37) % 500) + 0.25).toFixed(2);
    let cells = [String(customer), String(50000 + Math.floor(i / 3)), date, String(1 + (i % 4)), amount];
    if (i >= 1000) {
      const k = i % 13;
      if (k === 0) cells[4] = '"1,234.50"';
      if (k === 1) cells[4] = 'n/a';
      if (k === 2) cells[2] = '2023-13-45';
      if (k === 3) cells[2] = '';
      if (k === 4) cells[0] = '';
      if (k === 5) cells[1] = `C${cells[1]}`;
      if (k === 6) cells[3] = '0';
      if (k === 7) cells[3] = '-2';
      if (k === 8) cells[2] = '2031-01-01';
      if (k === 9) cells[0] = `${customer}.0`;
      if (k === 10) cells[4] = ' 17.50 ';
      if (k === 11) cells = [cells[0], cells[1], cells[2], cells[3], '¥99.00'];
    }
    rows.push(cells.join(','));
  }
  return `${rows.join('\n')}\n`;
}

const members = (runId: number) => memberLines(t.service, runId);

it('a file DuckDB cannot type as it reads is read again as text: the same problems counted and the same customers as the whole import', async () => {
  const file = join(dir, 'messy-orders.csv');
  writeFileSync(file, messyOrders());
  const roles = {
    customerId: 'customer_id',
    orderId: 'order_id',
    orderDate: 'order_date',
    quantity: 'quantity',
    amount: 'amount',
  };
  // The types the wizard shows from the first 1,000 lines, as it passes them on.
  const types = { order_date: 'date', quantity: 'integer', amount: 'decimal' } as const;
  const summary = await t.service.importFile(file, { summarise: true, roles, types });
  const whole = await t.service.importFile(file, { roles, types });
  const counts = (issues: { code: string; count: number; policy: string }[]) =>
    Object.fromEntries(issues.map((i) => [i.code, `${i.count} ${i.policy}`]));
  const full = counts(whole.quality.issues);
  const summarised = counts(summary.quality.issues);
  expect(summarised).toEqual(Object.fromEntries(Object.keys(summarised).map((code) => [code, full[code]])));
  // What the later lines hold, counted: 23 of each kind of problem in lines 1,000 to 1,299 (46 quantities: 0 and −2);
  // "1,234.50", "¥99.00" and " 17.50 " are read as numbers, "n/a" is not (flagged, kept); the future date is flagged.
  expect(summarised).toEqual({
    missing_customer_id: '23 drop',
    missing_order_date: '23 drop',
    unparsable_date: '23 drop',
    unparsable_number: '23 flag',
    non_positive_quantity: '46 drop',
    cancellation: '23 drop',
    future_date: '23 flag',
  });
  expect(summary.quality.rowsKept).toBe(1300 - 5 * 23 - 23);
  expect([summary.quality.rowsRead, summary.quality.rowsKept]).toEqual([
    whole.quality.rowsRead,
    whole.quality.rowsKept,
  ]);
  expect(summary.rowCount).toBe(97);
  const [bySummary, byRows] = [
    await t.service.createRun(summary.id, RFM_ELEVEN),
    await t.service.createRun(whole.id, RFM_ELEVEN),
  ];
  const [a, b] = [members(bySummary.run.id), members(byRows.run.id)];
  expect(a.size).toBe(97);
  expect([...a].filter(([id, m]) => b.get(id) !== m)).toEqual([]);
});

/**
 * 400 order lines of 37 customers with a category written loosely (spaces and a no-break space
 * around it, the same word in lower case, Chinese, blank) and a channel; quantities of 0 (dropped)
 * carry a category no kept line has; one customer spends nothing.
 */
function categoryOrders(): string {
  const categories = [' Home', 'Home ', 'Toys\u00a0', '玩具', 'home', '', 'Books'];
  const rows = ['customer_id,order_date,quantity,amount,category,channel'];
  for (let i = 0; i < 400; i++) {
    const customer = i % 40 < 3 ? 999 : 1000 + (i % 36);
    const date = `2024-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 27)).padStart(2, '0')}`;
    const dropped = i % 50 === 7;
    const amount = customer === 999 ? '0.00' : (((i * 53) % 300) + 0.1).toFixed(2);
    const category = dropped ? 'Garden' : categories[i % categories.length];
    rows.push([customer, date, dropped ? 0 : 1 + (i % 3), amount, category, i % 3 ? 'app' : 'store'].join(','));
  }
  return `${rows.join('\n')}\n`;
}

it('a summary keeps each customer’s share of spend per category and channel, the categories read as the whole import reads them; too many customers × values: none, said so', async () => {
  const file = join(dir, 'category-orders.csv');
  writeFileSync(file, categoryOrders());
  const roles = {
    customerId: 'customer_id',
    orderDate: 'order_date',
    quantity: 'quantity',
    amount: 'amount',
    category: 'category',
    channel: 'channel',
  };
  const summary = await t.service.importFile(file, { summarise: true, roles });
  const whole = await t.service.importFile(file, { roles });
  expect(summary.quality.rowsKept).toBe(392);
  const workspace = join(dir, 'messy.segdesk');
  const features = (id: number) =>
    loadCustomerData(workspace, id, { frequency: 'orders' }, Date.UTC(2026, 0, 1), ctx).features!;
  const [s, w] = [features(summary.id), features(whole.id)];
  const values = (f: typeof s) => f.shares.map((r) => [r.role, r.column, r.values.slice().sort()]);
  // Trimmed (a no-break space too), case kept; "Garden" is on dropped lines only (every share 0), as the whole file's values.
  expect(values(s)).toEqual([
    ['category', 'category', ['Books', 'Garden', 'Home', 'Toys', 'home', '玩具']],
    ['channel', 'channel', ['app', 'store']],
  ]);
  expect(values(s)).toEqual(values(w));
  const share = (f: typeof s, id: string, role: number, value: string) =>
    f.shares[role].shares[f.shares[role].values.indexOf(value)][f.ids.indexOf(id)];
  const differing: string[] = [];
  for (const id of w.ids)
    s.shares.forEach((r, role) =>
      r.values.forEach((value) => {
        if (!Object.is(share(s, id, role, value), share(w, id, role, value))) differing.push(`${id} ${value}`);
      }),
    );
  expect(differing).toEqual([]);
  expect(s.ids).toHaveLength(37);
  // The customer who spent nothing has no share (NaN), as in the whole import.
  expect(share(s, '999', 0, 'Home')).toBeNaN();
  expect(summary.columns.map((c) => c.name).filter((n) => n.startsWith('share: '))).toEqual([
    'share: Books',
    'share: Garden',
    'share: Home',
    'share: Toys',
    'share: home',
    'share: 玩具',
    'share: app',
    'share: store',
  ]);

  // Past the cells a summary keeps (here lowered to 100: 37 customers × 8 values), no share columns, and the source says why.
  const lowered = await summariseDataset(
    {
      workspacePath: workspace,
      filePath: file,
      settings: { summarise: true, roles },
      now: Date.UTC(2026, 0, 1),
      fallbackCurrency: 'USD',
    },
    quietJobContext({ summaryShareCells: 100 }),
  );
  expect(lowered.source.summarised).toMatchObject({ sharesLeftOut: { customers: 37, values: 8, limit: 100 } });
  expect(lowered.source.summarised?.shares).toBeUndefined();
  expect(lowered.columns.map((c) => c.name)).toEqual(
    summary.columns.map((c) => c.name).filter((n) => !n.startsWith('share: ')),
  );
  expect(features(lowered.id).shares).toEqual([]);
});

it('a category column of more than 1,000 values: no spend shares, the column named', async () => {
  const rows = ['customer_id,order_date,amount,category,channel'];
  for (let i = 0; i <= SUMMARY_SHARE_VALUES; i++)
    rows.push(`${1000 + (i % 40)},2024-03-${String(1 + (i % 28)).padStart(2, '0')},10.5,item ${i},app`);
  const file = join(dir, 'many-categories.csv');
  writeFileSync(file, `${rows.join('\n')}\n`);
  const roles = {
    customerId: 'customer_id',
    orderDate: 'order_date',
    amount: 'amount',
    category: 'category',
    channel: 'channel',
  };
  const summary = await t.service.importFile(file, { summarise: true, roles, types: { category: 'category' } });
  expect(summary.source.summarised?.sharesLeftOut).toEqual({
    customers: 40,
    values: 1002,
    limit: SUMMARY_SHARE_CELLS,
    column: { name: 'category', values: SUMMARY_SHARE_VALUES + 1 },
  });
  expect(summary.columns.some((c) => c.name.startsWith('share: '))).toBe(false);
});
