import { tableFromIPC } from 'apache-arrow';
import ExcelJS from 'exceljs';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportColumn, ExportResult } from '../../../../src/shared/exports';
import { roundDecimal } from '../../../../src/shared/round-decimal';
import type { RunResult } from '../../../../src/shared/segments';
import { createDispatcher } from '../../../../src/main/workspace/create-dispatcher';
import { createHandlers } from '../../../../src/main/workspace/create-handlers';
import { ordersRfmRun } from '../../../helpers/orders-rfm-run';
import { tempDir } from '../../../helpers/paths';
import { createTestService, type TestService } from '../../../helpers/service';

let t: TestService;
let dispatch: ReturnType<typeof createDispatcher>;
let dir: string;
let runId: number;
let result: RunResult;
let members: Map<
  string,
  { segment: number; recency: number; frequency: number; monetary: number; r: number; f: number; m: number }
>;

async function call<T>(name: string, input: unknown): Promise<T> {
  const r = await dispatch(name, input);
  if (!r.ok) throw Object.assign(new Error(r.error.message), { code: r.error.code });
  return r.value as T;
}

/** Exports the run's members through the request the app makes, the save dialog answering `path`. */
function exportMembers(path: string, jobId: string, options: Record<string, unknown>): Promise<ExportResult> {
  t.dialogs.saveFile.push(path);
  return call<ExportResult>('export:members', { runId, jobId, options });
}

/** Every row of a dataset, through the same paged requests the grid makes. */
async function allRows(datasetId: number): Promise<Record<string, unknown>[]> {
  const rows: Record<string, unknown>[] = [];
  for (let offset = 0; ; offset += 500) {
    const page = await t.service.page(datasetId, { offset, limit: 500 });
    const table = tableFromIPC(page.arrow);
    for (let i = 0; i < table.numRows; i++)
      rows.push(Object.fromEntries(table.schema.fields.map((f) => [f.name, table.getChild(f.name)!.get(i)])));
    if (offset + 500 >= page.total) return rows;
  }
}

beforeAll(async () => {
  t = createTestService();
  dispatch = createDispatcher(createHandlers(t.service));
  dir = tempDir('segdesk-export-');
  const made = await ordersRfmRun(t.service, join(dir, 'exports.segdesk'));
  runId = made.run.id;
  result = made.result;
  await call('run:setNote', { runId, segmentKey: 'champions', notes: 'Invite to the VIP evening, 12 May' });
  const table = t.service.runMembers(runId);
  members = new Map();
  for (let i = 0; i < table.numRows; i++) {
    const get = (c: string) => table.getChild(c)!.get(i) as number;
    members.set(String(table.getChild('customerId')!.get(i)), {
      segment: get('segment'),
      recency: get('recency'),
      frequency: get('frequency'),
      monetary: get('monetary'),
      r: get('r'),
      f: get('f'),
      m: get('m'),
    });
  }
}, 120_000);
afterAll(async () => {
  await t?.service.dispose();
});

describe('members export', () => {
  it('offers the run’s columns, the per-customer columns of the orders with personal data detected, and notes', async () => {
    const { columns } = await call<{ columns: ExportColumn[] }>('export:columns', { runId });
    const byKey = new Map(columns.map((c) => [c.key, c]));
    expect(columns.filter((c) => c.standard).map((c) => c.key)).toEqual([
      'customerId',
      'segment',
      'recency',
      'frequency',
      'monetary',
      'r',
      'f',
      'm',
      'firstPurchase',
      'lastPurchase',
      'tenure',
      'aov',
      'gap',
    ]);
    expect(byKey.get('first_name')).toMatchObject({ group: 'attribute', kind: 'text', personal: 'name' });
    expect(byKey.get('last_name')).toMatchObject({ group: 'attribute', personal: 'name' });
    expect(byKey.get('email')).toMatchObject({ group: 'attribute', personal: 'email' });
    expect(byKey.get('lastPurchase')).toMatchObject({
      kind: 'date',
      label: { en: 'Last purchase', 'zh-CN': '最近购买' },
    });
    expect(byKey.get('notes')).toMatchObject({ group: 'notes', standard: false });
    // order_date and revenue differ from order to order: not a customer's attribute.
    expect(byKey.has('order_date')).toBe(false);
    expect(byKey.has('revenue')).toBe(false);
  });

  it('CSV, UTF-8 with BOM: re-imported, it gives the same customers, segments and numbers; e-mail addresses masked', async () => {
    const path = join(dir, 'members-utf8');
    const written = await exportMembers(path, 'export-00001', {
      format: 'csv',
      columns: ['customerId', 'segment', 'recency', 'frequency', 'monetary', 'r', 'f', 'm', 'email', 'notes'],
      mask: ['email'],
    });
    expect(t.dialogs.savedAs.at(-1)).toEqual({ defaultName: 'RFM · 11 · rfm_data_orders members.csv', kind: 'csv' });
    expect(written).toMatchObject({ path: `${path}.csv`, fileName: 'members-utf8.csv', rows: 995, replaced: 0 });
    const bytes = readFileSync(`${path}.csv`);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text.split('\r\n')[0]).toBe(
      '\uFEFFCustomer ID,Segment,Days since last purchase,Purchases,Spend (USD),R score,F score,M score,email,Notes',
    );
    expect(written.bytes).toBe(bytes.length);
    // Brion Stark: brion_stark@rfmail.com → b***@rfmail.com
    expect(text).toMatch(/\r\nBrion Stark,[^\r]*,b\*\*\*@rfmail\.com,/);
    expect(text).not.toContain('brion_stark@');

    const back = await t.service.importFile(`${path}.csv`, { kind: 'customers', roles: { customerId: 'Customer ID' } });
    expect(back.quality.rowsKept).toBe(995);
    const rows = await allRows(back.id);
    expect(rows).toHaveLength(995);
    let champions = 0;
    for (const row of rows) {
      const m = members.get(String(row['Customer ID']))!;
      expect(row.Segment).toBe(result.segments[m.segment].name.en);
      expect([
        row['Days since last purchase'],
        row.Purchases,
        row['Spend (USD)'],
        row['R score'],
        row['F score'],
        row['M score'],
      ]).toEqual([m.recency, m.frequency, roundDecimal(m.monetary, 2), m.r, m.f, m.m]);
      if (row.Segment === 'Champions') champions++;
      expect(row.Notes).toBe(row.Segment === 'Champions' ? 'Invite to the VIP evening, 12 May' : null);
    }
    expect(champions).toBe(result.segments[0].customers);
  });

  it('CSV in GBK with semicolons and Chinese headers, two segments only: re-imported, the same customers and Chinese segment names', async () => {
    const path = join(dir, 'members-gbk.csv');
    const written = await exportMembers(path, 'export-00002', {
      format: 'csv',
      segments: [0, 8],
      encoding: 'gbk',
      delimiter: ';',
      lang: 'zh-CN',
      columns: ['customerId', 'segment', 'monetary', 'lastPurchase'],
    });
    expect(written.rows).toBe(result.segments[0].customers + result.segments[8].customers);
    const bytes = readFileSync(path);
    expect(bytes[0]).not.toBe(0xef); // no BOM in GBK
    expect(iconv.decode(bytes, 'gbk').split('\r\n')[0]).toBe('客户编号;客户分群;消费金额（USD）;最近购买');
    const back = await t.service.importFile(path, { kind: 'customers', roles: { customerId: '客户编号' } });
    // Read back as GB18030, the superset the importer decodes GBK with.
    expect(back.source).toMatchObject({ encoding: 'gb18030', delimiter: ';' });
    const rows = await allRows(back.id);
    expect(rows).toHaveLength(written.rows);
    const names = new Set([result.segments[0].name['zh-CN'], result.segments[8].name['zh-CN']]);
    expect(names).toEqual(new Set(['冠军客户', '有流失风险']));
    for (const row of rows) {
      const m = members.get(String(row['客户编号']))!;
      expect(row['客户分群']).toBe(result.segments[m.segment].name['zh-CN']);
      expect(row['消费金额（USD）']).toBe(roundDecimal(m.monetary, 2));
    }
  });

  it('neutralises formulas in text cells (OWASP) but leaves numbers and number texts alone; GBK counts what it cannot hold', async () => {
    const csv = [
      'customer_id,order_date,revenue,note,phone,手机,birthday',
      '"=HYPERLINK(""http://x.example"",""click"")",2024-01-05,10,@SUM(A1),+8613812345678,13812345678,1972-05-31',
      '"=HYPERLINK(""http://x.example"",""click"")",2024-02-05,20,@SUM(A1),+8613812345678,13812345678,1972-05-31',
      'C2,2024-01-09,-5,-2+3,+86 138 1234 5678,13987654321,1990-01-02',
      'C3,2024-03-01,7,ok 😀,010-12345678,15011112222,2001-12-31',
    ].join('\n');
    const file = join(dir, 'hostile.csv');
    writeFileSync(file, csv);
    const d = await t.service.importFile(file, {
      kind: 'transactions',
      roles: { customerId: 'customer_id', orderDate: 'order_date', amount: 'revenue' },
      policies: { negative_amount: 'keep' },
    });
    const rules = await t.service.createRun(d.id, {
      model: 'rules',
      frequency: 'orders',
      rules: [{ key: 'all', name: { en: 'All', 'zh-CN': '全部' }, when: { all: [] } }],
    });
    const out = join(dir, 'hostile-out.csv');
    await t.service.exportMembersTo(
      rules.run.id,
      {
        format: 'csv',
        columns: ['customerId', 'monetary', 'note', 'phone'],
        encoding: 'utf8',
        delimiter: ',',
        mask: [],
        lang: 'en',
      },
      out,
    );
    const lines = readFileSync(out, 'utf8').slice(1).split('\r\n');
    expect(lines).toContain(`"'=HYPERLINK(""http://x.example"",""click"")",30,'@SUM(A1),+8613812345678`);
    expect(lines).toContain(`C2,-5,'-2+3,'+86 138 1234 5678`);
    expect(lines).toContain('C3,7,ok 😀,010-12345678');
    const gbk = await t.service.exportMembersTo(
      rules.run.id,
      { format: 'csv', columns: ['customerId', 'note'], encoding: 'gbk', delimiter: ',', mask: [], lang: 'en' },
      join(dir, 'hostile-gbk.csv'),
    );
    expect(gbk.replaced).toBe(1); // the emoji
    const gb18030 = await t.service.exportMembersTo(
      rules.run.id,
      { format: 'csv', columns: ['customerId', 'note'], encoding: 'gb18030', delimiter: ',', mask: [], lang: 'en' },
      join(dir, 'hostile-gb18030.csv'),
    );
    expect(gb18030.replaced).toBe(0);
    expect(iconv.decode(readFileSync(join(dir, 'hostile-gb18030.csv')), 'gb18030')).toContain('ok 😀');

    // A phone number read as a number is told by its header; any column can be masked: the id, a date (its year stays).
    const { columns } = await call<{ columns: ExportColumn[] }>('export:columns', { runId: rules.run.id });
    expect(columns.find((c) => c.key === '手机')).toMatchObject({ kind: 'number', personal: 'phone' });
    expect(columns.find((c) => c.key === 'birthday')).toMatchObject({ kind: 'date', personal: null });
    const masked = join(dir, 'hostile-masked.csv');
    const written = await t.service.exportMembersTo(
      rules.run.id,
      {
        format: 'csv',
        segments: [0, 0],
        columns: ['customerId', '手机', 'birthday', 'phone'],
        encoding: 'utf8',
        delimiter: ',',
        mask: ['customerId', '手机', 'birthday', 'phone'],
        lang: 'en',
      },
      masked,
    );
    expect(written.rows).toBe(3); // segment 0 asked for twice: written once
    expect(readFileSync(masked, 'utf8').slice(1).trimEnd().split('\r\n')).toEqual([
      'Customer ID,手机,birthday,phone',
      // Name-style (first letter kept), then still neutralised: a masked cell cannot become a formula either.
      `'=${'*'.repeat('=HYPERLINK("http://x.example","click")'.length - 1)},138****5678,1972,'+861******5678`,
      "C*,139****4321,1990,'+86 1** **** 5678",
      'C*,150****2222,2001,010-****5678',
    ]);
  });

  it('XLSX: a summary sheet and one sheet per segment, frozen header, number and date cells, masked names', async () => {
    const path = join(dir, 'members.xlsx');
    const written = await exportMembers(path, 'export-00003', {
      format: 'xlsx',
      segments: [0, 1],
      columns: ['customerId', 'segment', 'monetary', 'r', 'lastPurchase', 'first_name'],
      mask: ['first_name'],
    });
    expect(written.rows).toBe(result.segments[0].customers + result.segments[1].customers);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path);
    expect(book.worksheets.map((w) => w.name)).toEqual(['Summary', 'Champions', 'Loyal Customers']);
    const summary = book.getWorksheet('Summary')!;
    expect(summary.getRow(1).values).toEqual([
      undefined,
      'Segment',
      'Customers',
      'Share of customers (%)',
      'Orders',
      'Revenue (USD)',
      'Share of revenue (%)',
      'Average order value (USD)',
      'Median days since last purchase',
      'Median purchases',
      'Median spend (USD)',
      'Notes',
    ]);
    expect(summary.rowCount).toBe(1 + result.segments.length + 1);
    expect(summary.getCell('B2').value).toBe(result.segments[0].customers);
    expect(summary.getCell('E2').value).toBe(roundDecimal(result.segments[0].revenue!, 2));
    expect(summary.getCell('E2').numFmt).toBe('"$"#,##0.00');
    expect(summary.getCell('G2').value).toBe(roundDecimal(result.segments[0].aov!, 2));
    expect(summary.getCell('C2').numFmt).toBe('0.0%');
    expect(summary.getCell('K2').value).toBe('Invite to the VIP evening, 12 May');
    expect(summary.getCell(`B${result.segments.length + 2}`).value).toBe(995);
    const champions = book.getWorksheet('Champions')!;
    expect(champions.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(champions.getRow(1).font?.bold).toBe(true);
    expect(champions.rowCount).toBe(1 + result.segments[0].customers);
    for (let r = 2; r <= champions.rowCount; r++) {
      const row = champions.getRow(r);
      const m = members.get(String(row.getCell(1).value as string | number))!;
      expect(row.getCell(2).value).toBe('Champions');
      expect(row.getCell(3).value).toBe(roundDecimal(m.monetary, 2));
      expect(row.getCell(4).value).toBe(m.r);
      const last = row.getCell(5).value as Date;
      expect(last).toBeInstanceOf(Date);
      expect(row.getCell(5).numFmt).toBe('yyyy-mm-dd');
      // Recency counts days back from 2007-01-01.
      expect(last.getTime()).toBe(Date.UTC(2007, 0, 1) - m.recency * 86_400_000);
      expect(String(row.getCell(6).value as string)).toMatch(/^\S\*+$/);
    }
  });

  it('summary as CSV: one row per segment and one for all, with the notes', async () => {
    const path = join(dir, 'summary.csv');
    t.dialogs.saveFile.push(path);
    const written = await call<ExportResult>('export:summary', { runId, options: { format: 'csv' } });
    expect(written.rows).toBe(result.segments.length + 1);
    const lines = readFileSync(path, 'utf8').slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(result.segments.length + 2);
    const s = result.segments[0];
    expect(lines[1]).toBe('Champions,158,15.9,1234,120178,25.9,97.39,116,7,747.5,"Invite to the VIP evening, 12 May"');
    // Rounded for people: unrounded, these were 0.15879396984924624, 0.2589161449334063 and 97.38897893030794.
    expect([s.share, s.revenueShare, s.aov]).toEqual([0.15879396984924624, 0.2589161449334063, 97.38897893030794]);
    expect(lines[0]).toBe(
      'Segment,Customers,Share of customers (%),Orders,Revenue (USD),Share of revenue (%),Average order value (USD),Median days since last purchase,Median purchases,Median spend (USD),Notes',
    );
    expect(lines.at(-1)!.startsWith('All customers,995,100,')).toBe(true);
  });

  it('a cancelled dialog writes nothing; an unknown column and an unwritable folder are clear errors that leave no file', async () => {
    const before = readdirSync(dir).length;
    expect(await call('export:members', { runId, jobId: 'export-00004', options: { format: 'csv' } })).toBeNull();
    await expect(
      t.service.exportMembersTo(
        runId,
        { format: 'csv', columns: ['customerId', 'shoe_size'], encoding: 'utf8', delimiter: ',', mask: [], lang: 'en' },
        join(dir, 'x.csv'),
      ),
    ).rejects.toMatchObject({ code: 'E_INVALID_INPUT' });
    await expect(
      t.service.exportMembersTo(
        runId,
        { format: 'csv', segments: [40], encoding: 'utf8', delimiter: ',', mask: [], lang: 'en' },
        join(dir, 'x.csv'),
      ),
    ).rejects.toMatchObject({ code: 'E_INVALID_INPUT' });
    await expect(
      t.service.exportMembersTo(
        runId,
        { format: 'xlsx', encoding: 'utf8', delimiter: ',', mask: [], lang: 'en' },
        join(dir, 'no-such-folder', 'x.xlsx'),
      ),
    ).rejects.toMatchObject({ code: 'E_WRITE_FAILED' });
    expect(readdirSync(dir).length).toBe(before);
    expect(existsSync(join(dir, 'x.csv'))).toBe(false);
  });
});
