import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clvSpecSchema } from '../../../../src/shared/clv';
import { csvCells } from '../../../helpers/csv-cells';
import { CSV_MEMBERS, RFM_ELEVEN } from '../../../helpers/orders-rfm-run';
import { sharedData, tempDir } from '../../../helpers/paths';
import { createTestService, type TestService } from '../../../helpers/service';

// Customers of the 40,000-row Online Retail sample whose figures, added up as doubles, are float noise when written as they are.
const NOISY = {
  '15108': { monetary: '96.00000000000001', gap: '42.989583333333336' },
  '17841': { monetary: '3074.1999999999985' },
  '17444': { monetary: '179.42000000000002' },
};

let t: TestService;
let dir: string;
let datasetId: number;
let runId: number;

/** The cells (column name and text) holding a number with more decimals than their column's; columns of null decimals are not numbers. */
const overDecimals = ([header, ...rows]: string[][], decimals: (number | null)[]) =>
  rows.flatMap((row) =>
    row
      .map((cell, c) => ({ column: header[c], cell, decimals: cell.split('.')[1]?.length ?? 0, allowed: decimals[c] }))
      .filter((x) => x.allowed !== null && x.cell !== '' && x.decimals > x.allowed),
  );

beforeAll(async () => {
  t = createTestService();
  dir = tempDir('segdesk-rounding-');
  await t.service.createAt(join(dir, 'retail.segdesk'));
  const retail = await t.service.importFile(sharedData('online_retail_sample40k.xlsx'));
  datasetId = retail.id;
  t.service.setDatasetCurrency(retail.id, 'GBP');
  runId = (await t.service.createRun(retail.id, RFM_ELEVEN)).run.id;
}, 120_000);
afterAll(async () => {
  await t?.service.dispose();
});

describe('exports are rounded for people, the workspace stays exact', () => {
  it('the workspace keeps the exact sums: spend as the decimal total of the amounts, other figures noise and all', () => {
    const members = t.service.runMembers(runId);
    const ids = members.getChild('customerId')!;
    const exact = new Map<string, string>();
    for (let i = 0; i < members.numRows; i++)
      exact.set(String(ids.get(i)), String(members.getChild('monetary')!.get(i)));
    // Adding the amounts as doubles gave these totals; their decimal totals are what SQL's exact sums give (issue 29).
    expect(Object.fromEntries(Object.keys(NOISY).map((id) => [id, exact.get(id)]))).toEqual({
      '15108': '96',
      '17841': '3074.2',
      '17444': '179.42',
    });
  });

  it('members CSV: money in the currency’s decimals with the currency in the header, days between orders with one decimal', async () => {
    const path = join(dir, 'members.csv');
    await t.service.exportMembersTo(
      runId,
      { ...CSV_MEMBERS, columns: ['customerId', 'monetary', 'aov', 'recency', 'frequency', 'gap', 'r'] },
      path,
    );
    const lines = csvCells(path);
    const [header, ...rows] = lines;
    expect(header).toEqual([
      'Customer ID',
      'Spend (GBP)',
      'Order value (GBP)',
      'Days since last purchase',
      'Purchases',
      'Days between orders',
      'R score',
    ]);
    const byId = new Map(rows.map((r) => [r[0], r]));
    expect(byId.get('15108')!.slice(1, 2)).toEqual(['96']);
    expect(byId.get('15108')![5]).toBe('43');
    expect(byId.get('17841')![1]).toBe('3074.2');
    expect(byId.get('17444')![1]).toBe('179.42');
    // No number in the file has more decimals than its column states.
    expect(overDecimals(lines, [null, 2, 2, 0, 0, 1, 0])).toEqual([]);
  });

  it('members XLSX: the rounded number in a currency cell with the pound sign; dates as dates', async () => {
    const path = join(dir, 'members.xlsx');
    await t.service.exportMembersTo(
      runId,
      { ...CSV_MEMBERS, format: 'xlsx', columns: ['customerId', 'monetary', 'gap', 'lastPurchase'] },
      path,
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path);
    const cells = new Map<string, ExcelJS.Row>();
    for (const sheet of book.worksheets.slice(1))
      sheet.eachRow((row, r) => {
        if (r > 1) cells.set(row.getCell(1).text, row);
      });
    expect(book.worksheets[1].getRow(1).values).toEqual([
      undefined,
      'Customer ID',
      'Spend (GBP)',
      'Days between orders',
      'Last purchase',
    ]);
    const c15108 = cells.get('15108')!;
    expect(c15108.getCell(2).value).toBe(96);
    expect(c15108.getCell(2).numFmt).toBe('"£"#,##0.00');
    expect(c15108.getCell(3).value).toBe(43);
    expect(c15108.getCell(3).numFmt).toBe('#,##0.0');
    expect(c15108.getCell(4).value).toBeInstanceOf(Date);
    expect(c15108.getCell(4).numFmt).toBe('yyyy-mm-dd hh:mm:ss');
    expect(cells.get('17841')!.getCell(2).value).toBe(3074.2);
    expect(cells.get('17444')!.getCell(2).value).toBe(179.42);
  });

  it('summary CSV and XLSX: shares as percentages with one decimal, money in pounds, medians with one decimal', async () => {
    const { result } = t.service.runDetails(runId);
    const csv = join(dir, 'summary.csv');
    await t.service.exportSummaryTo(runId, { format: 'csv', encoding: 'utf8', delimiter: ',', lang: 'en' }, csv);
    const lines = csvCells(csv);
    const [header, ...rows] = lines;
    expect(header).toEqual([
      'Segment',
      'Customers',
      'Share of customers (%)',
      'Orders',
      'Revenue (GBP)',
      'Share of revenue (%)',
      'Average order value (GBP)',
      'Median days since last purchase',
      'Median purchases',
      'Median spend (GBP)',
      'Notes',
    ]);
    const all = rows.at(-1)!;
    expect(all.slice(0, 3)).toEqual(['All customers', String(result.overall.customers), '100']);
    expect(overDecimals(lines, [null, 0, 1, 0, 2, 1, 2, 1, 1, 2, null])).toEqual([]);
    const s = result.segments[0];
    expect(rows[0][2]).toBe(String(Math.round(s.share * 1000) / 10));

    const xlsx = join(dir, 'summary.xlsx');
    await t.service.exportSummaryTo(runId, { format: 'xlsx', encoding: 'utf8', delimiter: ',', lang: 'zh-CN' }, xlsx);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(xlsx);
    const sheet = book.worksheets[0];
    expect(sheet.getCell('C1').value).toBe('客户占比（%）');
    expect(sheet.getCell('E1').value).toBe('销售额（GBP）');
    expect(sheet.getCell('C2').value).toBe(Number(s.share.toFixed(3)));
    expect(sheet.getCell('C2').numFmt).toBe('0.0%');
    expect(sheet.getCell('E2').numFmt).toBe('"£"#,##0.00');
    expect(sheet.getCell('H2').numFmt).toBe('#,##0.0');
    expect(sheet.getCell('B2').numFmt).toBe('#,##0');
  });

  it('money in yen has no decimals, in the header, the cells and the format', async () => {
    t.service.setDatasetCurrency(datasetId, 'JPY');
    try {
      const path = join(dir, 'members-jpy.csv');
      await t.service.exportMembersTo(runId, { ...CSV_MEMBERS, columns: ['customerId', 'monetary'] }, path);
      const rows = csvCells(path);
      expect(rows[0]).toEqual(['Customer ID', 'Spend (JPY)']);
      expect(rows.find((r) => r[0] === '17841')![1]).toBe('3074');
      expect(rows.find((r) => r[0] === '17444')![1]).toBe('179');
      const xlsx = join(dir, 'members-jpy.xlsx');
      await t.service.exportMembersTo(
        runId,
        { ...CSV_MEMBERS, format: 'xlsx', lang: 'zh-CN', columns: ['customerId', 'monetary'] },
        xlsx,
      );
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(xlsx);
      expect(book.worksheets[1].getCell('B2').numFmt).toBe('"JP¥"#,##0');
    } finally {
      t.service.setDatasetCurrency(datasetId, 'GBP');
    }
  });

  it('a lifetime-value run’s list: its values named for people, the chance still active as a percentage, value in pounds, the next purchase a date (or words), churn risk yes/no', async () => {
    const spec = clvSpecSchema.parse({ model: 'clv', calibrationEnd: '2011-09-30', horizon: 6 });
    const clv = (await t.service.createRun(datasetId, spec)).run.id;
    const members = t.service.runMembers(clv);
    const exact = new Map<string, Record<string, number | null>>();
    const keys = ['pAlive', 'clv', 'expectedPurchases', 'nextPurchaseBy', 'churnRisk'];
    for (let i = 0; i < members.numRows; i++)
      exact.set(
        String(members.getChild('customerId')!.get(i)),
        Object.fromEntries(keys.map((k) => [k, members.getChild(k)!.get(i)])),
      );
    // Both kinds of next purchase are in the run: a day, and none within the 6 months.
    const next = [...exact.values()].map((e) => e.nextPurchaseBy);
    expect(next.some((v) => v === null)).toBe(true);
    expect(next.some((v) => v !== null)).toBe(true);
    const ids = [...exact.keys()];
    const none = ids.find((id) => exact.get(id)!.nextPurchaseBy === null)!;
    // These ten months show no customer leaving (everyone likely still active): nobody is at risk of churning.
    expect(ids.filter((id) => exact.get(id)!.churnRisk !== 0)).toEqual([]);
    for (const lang of ['en', 'zh-CN'] as const) {
      const path = join(dir, `clv-${lang}.csv`);
      await t.service.exportMembersTo(clv, { ...CSV_MEMBERS, lang }, path);
      const [header, ...rows] = csvCells(path);
      expect(header.slice(2, 10)).toEqual(
        lang === 'en'
          ? [
              'Chance still active (%)',
              'Expected purchases (next 6 months)',
              'Expected spend per purchase (GBP)',
              'Lifetime value (GBP)',
              'Next purchase expected by',
              'At risk of churning',
              'Repeat purchases',
              'Days since last purchase',
            ]
          : [
              '仍活跃的可能性（%）',
              '预计购买次数（未来 6 个月）',
              '预计每次购买金额（GBP）',
              '客户终身价值（GBP）',
              '预计下次购买日期',
              '流失风险',
              '重复购买次数',
              '最近购买天数',
            ],
      );
      const row = rows.find((r) => r[0] === '17841')!;
      const e = exact.get('17841')!;
      expect(Number(row[2])).toBeCloseTo(e.pAlive! * 100, 1);
      expect(row[2]).toMatch(/^\d{1,3}(\.\d)?$/);
      expect(row[3]).toMatch(/^\d+(\.\d)?$/);
      expect(Number(row[3])).toBeCloseTo(e.expectedPurchases!, 1);
      expect(row[5]).toMatch(/^\d+(\.\d\d?)?$/);
      expect(Number(row[5])).toBeCloseTo(e.clv!, 2);
      // The next purchase as the workspace's day, and churn risk in words.
      expect(row[6]).toBe(new Date(e.nextPurchaseBy!).toISOString().slice(0, 10));
      expect(row[7]).toBe(lang === 'en' ? 'no' : '否');
      // A customer not expected to buy within the horizon: words, not a blank.
      expect(rows.find((r) => r[0] === none)!.slice(6, 8)).toEqual(
        lang === 'en' ? ['not expected within 6 months', 'no'] : ['6 个月内预计不会购买', '否'],
      );
      expect(rows.filter((r) => r[7] !== (lang === 'en' ? 'no' : '否'))).toEqual([]);
    }
  }, 180_000);
});
