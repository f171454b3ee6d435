import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, cliWorkspaceWith } from '../../../helpers/cli';
import { repoRoot, sharedData, tempDir } from '../../../helpers/paths';

/** The committed reference scores (test/fixtures/rfm), by customer. */
function reference(): Map<string, number[]> {
  const lines = readFileSync(join(repoRoot, 'test', 'fixtures', 'rfm', 'rfm_data_orders_reference.csv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1);
  return new Map(
    lines
      .filter((l) => !l.startsWith('#'))
      .map((l) => l.split(','))
      .map((c) => [c[0], [+c[2], +c[3], +c[4], +c[5], +c[6], +c[7]]]),
  );
}

describe('segmentdesk run and members', () => {
  const dir = tempDir();
  const workspace = join(dir, 'rfm.segdesk');
  beforeAll(() => {
    expect(
      cliWorkspaceWith(
        workspace,
        sharedData('rfm_data_orders.csv'),
        'transactions',
        'customerId=customer_id,orderDate=order_date,amount=revenue',
      ),
    ).toMatchObject({ datasetId: 1, rowsRead: 4906, rowsKept: 4906 });
  });

  it('runs RFM with the 11 segments as rfm_table_order scores it, and lists every member with its values', () => {
    const spec = join(dir, 'spec.json');
    writeFileSync(spec, JSON.stringify({ analysisDate: '2006-12-31', frequency: 'rows' }));
    const run = cli('run', '--workspace', workspace, '--dataset', '1', '--model', 'rfm', '--spec', spec, '--json');
    expect(run.stderr).toBe('');
    const out = JSON.parse(run.stdout);
    expect(out).toMatchObject({ runId: 1, model: 'rfm', analysisDate: '2006-12-31' });
    expect(out.thresholds.frequency).toEqual([4, 5, 6, 8]);
    expect(out.thresholds.recency.map(Math.round)).toEqual([115, 181, 297, 482]);
    expect(out.thresholds.monetary.map(Math.round)).toEqual([256, 382, 506, 666]);
    expect(out.segments.map((s: { key: string }) => s.key).slice(0, 11)).toEqual([
      'champions',
      'loyal',
      'potential_loyalist',
      'new',
      'promising',
      'need_attention',
      'about_to_sleep',
      'cant_lose',
      'at_risk',
      'hibernating',
      'lost',
    ]);
    expect(out.segments.reduce((n: number, s: { customers: number }) => n + s.customers, 0)).toBe(995);
    expect(out.segments.reduce((n: number, s: { orders: number }) => n + s.orders, 0)).toBe(4906);
    expect(out.segments.reduce((n: number, s: { revenue: number }) => n + s.revenue, 0)).toBe(464158);

    const members = cli('members', '--workspace', workspace, '--run', '1', '--json');
    expect(members.stderr).toBe('');
    const rows = JSON.parse(members.stdout) as {
      customerId: string;
      segment: string;
      recency: number;
      frequency: number;
      monetary: number;
      r: number;
      f: number;
      m: number;
    }[];
    const ref = reference();
    expect(rows).toHaveLength(995);
    for (const row of rows)
      expect([row.customerId, row.recency, row.frequency, row.monetary, row.r, row.f, row.m]).toEqual([
        row.customerId,
        ...ref.get(row.customerId)!,
      ]);
    const bySegment = new Map<string, number>();
    for (const row of rows) bySegment.set(row.segment, (bySegment.get(row.segment) ?? 0) + 1);
    for (const s of out.segments) expect(bySegment.get(s.name) ?? 0).toBe(s.customers);

    const csv = cli('members', '--workspace', workspace, '--run', '1', '--csv').stdout.trim().split('\n');
    expect(csv[0]).toBe('customerId,segment,recency,frequency,monetary,r,f,m');
    expect(csv).toHaveLength(996);
    const kizzy = csv.find((l) => l.startsWith('Kizzy Doyle,'))!;
    expect(kizzy.split(',').slice(2)).toEqual(['168', '13', '1488', '4', '5', '5']);
  });

  it('runs the 8-class scheme, and refuses a bad spec or an unknown run with exact codes', () => {
    const spec = join(dir, 'eight.json');
    writeFileSync(spec, JSON.stringify({ scheme: 'eight', analysisDate: '2006-12-31' }));
    const out = JSON.parse(cli('run', '--workspace', workspace, '--dataset', '1', '--spec', spec, '--json').stdout);
    expect(out.segments.map((s: { nameZh: string }) => s.nameZh)).toEqual([
      '重要价值客户',
      '重要发展客户',
      '重要保持客户',
      '重要挽留客户',
      '一般价值客户',
      '一般发展客户',
      '一般保持客户',
      '一般挽留客户',
    ]);
    expect(out.segments.reduce((n: number, s: { customers: number }) => n + s.customers, 0)).toBe(995);

    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ method: 'fixed', cuts: { recency: [1], frequency: [1], monetary: [1] } }));
    const refused = cli('run', '--workspace', workspace, '--dataset', '1', '--spec', bad, '--json');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^error: E_BAD_SPEC: .*cuts\.recency: give 4 cut points/);
    expect(cli('members', '--workspace', workspace, '--run', '9', '--json').stderr).toMatch(
      /^error: E_NOT_FOUND: Run 9 does not exist/,
    );
    expect(cli('run', '--workspace', workspace, '--dataset', '1', '--model', 'rules').stderr).toMatch(
      /^error: E_USAGE: /,
    );
  });

  it('runs both schemes end to end on CDNOW master and on Online Retail', () => {
    const files = [
      {
        file: 'CDNOW_master.txt',
        map: 'customerId=customer_id,orderDate=date,amount=dollar_value,quantity=number_of_cds',
        customers: 23570,
        revenue: 2500315.63,
      },
      {
        file: 'online_retail_uci.csv.gz',
        map: 'customerId=CustomerID,orderId=InvoiceNo,orderDate=InvoiceDate,quantity=Quantity,unitPrice=UnitPrice',
        customers: 4338,
        revenue: 8911407.9,
      },
    ];
    files.forEach(({ file, map, customers, revenue }, k) => {
      const ws = join(dir, `real-${k}.segdesk`);
      cliWorkspaceWith(ws, sharedData(file), 'transactions', map);
      for (const scheme of ['eleven', 'eight']) {
        const spec = join(dir, `${k}-${scheme}.json`);
        writeFileSync(spec, JSON.stringify({ scheme }));
        const run = cli('run', '--workspace', ws, '--dataset', '1', '--spec', spec, '--json');
        expect(run.stderr, `${file} ${scheme}`).toBe('');
        const out = JSON.parse(run.stdout);
        expect(out.segments.reduce((n: number, s: { customers: number }) => n + s.customers, 0)).toBe(customers);
        expect(out.segments.reduce((n: number, s: { revenue: number }) => n + s.revenue, 0)).toBeCloseTo(revenue, 2);
        expect(out.segments.length).toBeGreaterThanOrEqual(8);
      }
    });
  });

  it("runs the user's rules on a customers dataset (age bands from birth year × education) and lists the fields they test", () => {
    const ws = join(dir, 'marketing.segdesk');
    expect(
      cliWorkspaceWith(
        ws,
        sharedData('marketing_campaign.csv'),
        'customers',
        'customerId=ID,birthYear=Year_Birth,education=Education,income=Income',
      ),
    ).toMatchObject({ datasetId: 1, rowsKept: 2240 });
    const spec = join(dir, 'rules.json');
    const rules = [
      {
        key: 'young_grad',
        name: { en: 'Under 45, graduate', 'zh-CN': '45岁以下本科' },
        when: {
          all: [
            { field: 'age', op: 'range', max: 45 },
            { field: 'Education', op: 'in', values: ['Graduation'] },
          ],
        },
      },
      {
        key: 'doctors',
        name: { en: 'PhD', 'zh-CN': '博士' },
        when: { any: [{ field: 'Education', op: 'in', values: ['PhD'] }] },
      },
      {
        key: 'rich',
        name: { en: 'Income 80k+', 'zh-CN': '高收入' },
        when: { all: [{ field: 'Income', op: 'range', min: 80000 }] },
      },
    ];
    writeFileSync(spec, JSON.stringify({ analysisDate: '2014-12-31', rules }));
    const run = cli('run', '--workspace', ws, '--dataset', '1', '--model', 'rules', '--spec', spec, '--json');
    expect(run.stderr).toBe('');
    const out = JSON.parse(run.stdout);
    // Independent count over the raw file, first match in order.
    const [header, ...lines] = readFileSync(sharedData('marketing_campaign.csv'), 'utf8').trim().split(/\r?\n/);
    const cols = header.split('\t');
    const counts = [0, 0, 0, 0];
    for (const line of lines) {
      const c = line.split('\t');
      const age = 2014 - Number(c[cols.indexOf('Year_Birth')]);
      const edu = c[cols.indexOf('Education')];
      const income = c[cols.indexOf('Income')] === '' ? Number.NaN : Number(c[cols.indexOf('Income')]);
      counts[age < 45 && edu === 'Graduation' ? 0 : edu === 'PhD' ? 1 : income >= 80000 ? 2 : 3]++;
    }
    expect(out.segments.map((g: { customers: number }) => g.customers)).toEqual(counts);
    expect(out.segments.map((g: { key: string }) => g.key)).toEqual(['young_grad', 'doctors', 'rich', 'others']);
    expect(out.thresholds).toBeNull();
    const members = cli('members', '--workspace', ws, '--run', '1', '--csv').stdout.trim().split('\n');
    expect(members[0]).toBe('customerId,segment,age,Income');
    expect(members).toHaveLength(2241);
    expect(members[1]).toBe('5524,Others,57,58138');
  });
});
