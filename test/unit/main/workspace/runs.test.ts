import { readFileSync, writeFileSync } from 'node:fs';
import { tableFromIPC } from 'apache-arrow';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { modelSpecSchema } from '../../../../src/shared/segments';
import { createDispatcher } from '../../../../src/main/workspace/create-dispatcher';
import { createHandlers } from '../../../../src/main/workspace/create-handlers';
import { MARKETING_CAMPAIGN_ROLES } from '../../../helpers/marketing-campaign';
import { repoRoot, sharedData, tempDir } from '../../../helpers/paths';
import { createTestService, type TestService } from '../../../helpers/service';

let t: TestService;
afterEach(async () => {
  await t?.service.dispose();
});

describe('segmentation runs through the contract', () => {
  it('creates an RFM run and a rules run on a transactions dataset linked to its customers, and reads them back', async () => {
    t = createTestService();
    const dispatch = createDispatcher(createHandlers(t.service));
    await t.service.createAt(join(tempDir(), 'runs.segdesk'));
    const orders = await t.service.importFile(sharedData('rfm_data_orders.csv'), {
      kind: 'transactions',
      roles: { customerId: 'customer_id', orderDate: 'order_date', amount: 'revenue' },
    });

    const rfm = await dispatch('run:create', {
      datasetId: orders.id,
      spec: { model: 'rfm', analysisDate: '2006-12-31', scheme: 'eight' },
      jobId: 'run-00001',
    });
    if (!rfm.ok) throw new Error(rfm.error.message);
    const created = rfm.value as {
      run: { id: number; customerCount: number };
      result: { segments: { customers: number }[]; personas: unknown[] };
    };
    expect(created.run.customerCount).toBe(995);
    expect(created.result.personas).toHaveLength(created.result.segments.length);
    // The R × F grid holds every customer once; the histograms too.
    const charts = (
      rfm.value as {
        result: {
          charts: {
            customers: number[][];
            meanMonetary: (number | null)[][];
            histograms: Record<string, { count: number }[]>;
          };
        };
      }
    ).result.charts;
    expect(charts.customers.flat().reduce((a, b) => a + b, 0)).toBe(995);
    expect(charts.customers).toHaveLength(5);
    for (const dim of ['recency', 'frequency', 'monetary'])
      expect(charts.histograms[dim].reduce((a, b) => a + b.count, 0)).toBe(995);
    const spend = charts.customers
      .flatMap((row, r) => row.map((n, f) => n * (charts.meanMonetary[r][f] ?? 0)))
      .reduce((a, b) => a + b, 0);
    expect(spend).toBeCloseTo(464158, 6);

    const rules = await dispatch('run:create', {
      datasetId: orders.id,
      spec: {
        model: 'rules',
        rules: [
          {
            key: 'big',
            name: { en: 'Big spenders', 'zh-CN': '大客户' },
            when: { all: [{ field: 'monetary', op: 'range', min: 1000 }] },
          },
        ],
      },
      name: 'Big spenders',
      jobId: 'run-00002',
    });
    if (!rules.ok) throw new Error(rules.error.message);
    const big = rules.value as {
      run: { id: number; name: string };
      result: { segments: { key: string; customers: number; revenue: number }[] };
    };
    expect(big.run.name).toBe('Big spenders');
    // rfm_data_orders: customers with 1,000 or more revenue, first match, the rest Others.
    expect(big.result.segments.map((s) => s.key)).toEqual(['big', 'others']);
    const amounts = readFileSync(join(repoRoot, 'test', 'fixtures', 'rfm', 'rfm_data_orders_reference.csv'), 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .filter((l) => !l.startsWith('#'))
      .map((l) => Number(l.split(',')[4]));
    expect(big.result.segments[0].customers).toBe(amounts.filter((a) => a >= 1000).length);
    expect(big.result.segments[0].revenue).toBe(amounts.filter((a) => a >= 1000).reduce((x, y) => x + y, 0));
    expect(big.result.segments[0].customers + big.result.segments[1].customers).toBe(995);

    // Members, a page at a time: one segment's, searched, sorted by spend.
    const page = await dispatch('run:members', {
      runId: big.run.id,
      segment: 0,
      query: { offset: 0, limit: 5, sortColumn: 'monetary', sortDesc: true },
    });
    if (!page.ok) throw new Error(page.error.message);
    const members = page.value as { total: number; arrow: Uint8Array };
    expect(members.total).toBe(big.result.segments[0].customers);
    const rows = tableFromIPC(members.arrow);
    expect(rows.numRows).toBe(5);
    expect(rows.getChild('monetary')!.get(0)).toBe(Math.max(...amounts));
    expect(rows.getChild('customerId')!.get(0)).toBe('Kizzy Doyle');
    const found = await dispatch('run:members', {
      runId: big.run.id,
      query: { offset: 0, limit: 50, search: 'kizzy' },
    });
    expect(found.ok && (found.value as { total: number }).total).toBe(1);

    const got = await dispatch('run:get', { runId: big.run.id });
    if (!got.ok) throw new Error(got.error.message);
    expect((got.value as { spec: { model: string } }).spec.model).toBe('rules');
    const refused = await dispatch('run:create', {
      datasetId: orders.id,
      spec: { model: 'rfm', bins: 7 },
      jobId: 'run-00003',
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'E_INVALID_INPUT' } });
    // Notes per segment: saved, replaced, removed when emptied; refused for an unknown run.
    await dispatch('run:setNote', { runId: big.run.id, segmentKey: 'big', notes: 'Call them' });
    const replaced = await dispatch('run:setNote', {
      runId: big.run.id,
      segmentKey: 'big',
      notes: 'Invite to the VIP day',
    });
    expect(replaced.ok && replaced.value).toEqual({ notes: { big: 'Invite to the VIP day' } });
    const again = await dispatch('run:get', { runId: big.run.id });
    expect(again.ok && (again.value as { notes: unknown }).notes).toEqual({ big: 'Invite to the VIP day' });
    const emptied = await dispatch('run:setNote', { runId: big.run.id, segmentKey: 'big', notes: '  ' });
    expect(emptied.ok && emptied.value).toEqual({ notes: {} });
    const unknown = await dispatch('run:setNote', { runId: 99, segmentKey: 'big', notes: 'x' });
    expect(unknown.ok ? null : unknown.error.code).toBe('E_NOT_FOUND');
    const missing = await dispatch('run:get', { runId: 99 });
    expect(missing.ok ? null : missing.error.code).toBe('E_NOT_FOUND');
  });

  it('offers the rule builder the fields and templates of a customers dataset, and counts rules live', async () => {
    t = createTestService();
    const dispatch = createDispatcher(createHandlers(t.service));
    await t.service.createAt(join(tempDir(), 'rules.segdesk'));
    const customers = await t.service.importFile(sharedData('marketing_campaign.csv'), {
      kind: 'customers',
      roles: MARKETING_CAMPAIGN_ROLES,
    });
    const offered = await dispatch('rules:fields', { datasetId: customers.id, analysisDate: '2014-12-31' });
    if (!offered.ok) throw new Error(offered.error.message);
    const {
      fields,
      templates,
      customers: n,
    } = offered.value as {
      customers: number;
      fields: {
        name: string;
        kind: string;
        values: { value: string; customers: number }[];
        min: number | null;
        max: number | null;
      }[];
      templates: { key: string }[];
    };
    expect(n).toBe(2240);
    expect(templates.map((x) => x.key)).toEqual(['age_bands', 'income', 'education', 'maritalStatus']);
    const education = fields.find((f) => f.name === 'Education')!;
    expect(education.kind).toBe('category');
    expect(education.values[0]).toEqual({ value: 'Graduation', customers: 1127 });
    const age = fields.find((f) => f.name === 'age')!;
    expect([age.kind, age.min, age.max]).toEqual(['number', 18, 121]);

    const rules = [
      {
        key: 'young',
        name: { en: 'Under 40', 'zh-CN': '40岁以下' },
        when: { all: [{ field: 'age', op: 'range', max: 40 }] },
      },
      {
        key: 'phd',
        name: { en: 'PhD', 'zh-CN': '博士' },
        when: { all: [{ field: 'Education', op: 'in', values: ['PhD'] }] },
      },
    ];
    const counted = await dispatch('rules:counts', { datasetId: customers.id, rules, analysisDate: '2014-12-31' });
    if (!counted.ok) throw new Error(counted.error.message);
    const lines = readFileSync(sharedData('marketing_campaign.csv'), 'utf8')
      .trim()
      .split(/\r?\n/)
      .slice(1)
      .map((l) => l.split('\t'));
    const young = lines.filter((c) => 2014 - Number(c[1]) < 40).length;
    const phd = lines.filter((c) => !(2014 - Number(c[1]) < 40) && c[2] === 'PhD').length;
    expect(counted.value).toEqual({ counts: [young, phd], others: 2240 - young - phd });
    const bad = await dispatch('rules:counts', {
      datasetId: customers.id,
      rules: [{ ...rules[0], when: { all: [{ field: 'Shoe size', op: 'missing' }] } }],
    });
    expect(bad.ok ? null : bad.error.code).toBe('E_BAD_SPEC');

    // The binning helper: age bands at the user's edges, counted like the raw file; income at its quartiles.
    const banded = await dispatch('rules:bands', {
      datasetId: customers.id,
      bands: { field: 'age', method: 'edges', edges: [18, 26, 36, 46, 56] },
      analysisDate: '2014-12-31',
    });
    if (!banded.ok) throw new Error(banded.error.message);
    const bands = (banded.value as { rules: { key: string; name: { en: string } }[] }).rules;
    expect(bands.map((r) => r.name.en)).toEqual([
      'Age 18–25',
      'Age 26–35',
      'Age 36–45',
      'Age 46–55',
      'Age 56 and more',
    ]);
    const bandCounts = await dispatch('rules:counts', {
      datasetId: customers.id,
      rules: bands,
      analysisDate: '2014-12-31',
    });
    const ages = lines.map((c) => 2014 - Number(c[1]));
    const lows = [18, 26, 36, 46, 56];
    const expected = lows.map(
      (lo, i) => ages.filter((a) => a >= lo && (i === lows.length - 1 || a < lows[i + 1])).length,
    );
    expect(bandCounts.ok && bandCounts.value).toEqual({ counts: expected, others: ages.filter((a) => a < 18).length });
    const quartiles = await dispatch('rules:bands', {
      datasetId: customers.id,
      bands: { field: 'Income', method: 'quantile', bins: 4 },
    });
    if (!quartiles.ok) throw new Error(quartiles.error.message);
    const incomes = lines
      .map((c) => c[4])
      .filter((v) => v !== '')
      .map(Number)
      .sort((a, b) => a - b);
    const type7 = (p: number) => {
      const h = (incomes.length - 1) * p;
      return incomes[Math.floor(h)] + (h - Math.floor(h)) * (incomes[Math.ceil(h)] - incomes[Math.floor(h)]);
    };
    const incomeRules = (quartiles.value as { rules: { when: { all: { min: number; max: number | null }[] } }[] })
      .rules;
    expect(incomeRules.map((r) => [r.when.all[0].min, r.when.all[0].max])).toEqual([
      [type7(0), type7(0.25)],
      [type7(0.25), type7(0.5)],
      [type7(0.5), type7(0.75)],
      [type7(0.75), null],
    ]);
    const onCategory = await dispatch('rules:bands', {
      datasetId: customers.id,
      bands: { field: 'Education', method: 'width', bins: 3 },
    });
    expect(onCategory.ok ? null : onCategory.error.code).toBe('E_BAD_SPEC');
    const descending = await dispatch('rules:bands', {
      datasetId: customers.id,
      bands: { field: 'age', method: 'edges', edges: [30, 20] },
    });
    expect(descending.ok ? null : descending.error.code).toBe('E_INVALID_INPUT');
  });

  it('re-makes a run in place from its edited spec: a segment renamed, a rule changed; id, name and notes kept', async () => {
    t = createTestService();
    const dispatch = createDispatcher(createHandlers(t.service));
    await t.service.createAt(join(tempDir(), 'edit.segdesk'));
    const orders = await t.service.importFile(sharedData('rfm_data_orders.csv'), {
      kind: 'transactions',
      roles: { customerId: 'customer_id', orderDate: 'order_date', amount: 'revenue' },
    });
    const other = await t.service.importFile(sharedData('rfm_data_orders.csv'), {
      kind: 'transactions',
      roles: { customerId: 'customer_id', orderDate: 'order_date', amount: 'revenue' },
    });
    const spec = modelSpecSchema.parse({ model: 'rfm', analysisDate: '2006-12-31' });
    const first = await t.service.createRun(orders.id, spec, { name: 'Baseline' });
    t.service.setSegmentNote(first.run.id, 'champions', 'VIP evening');
    expect(first.run.revision).toBe(1);

    const renamed = await dispatch('run:create', {
      datasetId: orders.id,
      spec: {
        ...spec,
        names: { champions: { en: 'Top fans', 'zh-CN': '铁杆粉丝' }, others: { en: 'Rest', 'zh-CN': '其余' } },
      },
      replaceRunId: first.run.id,
      jobId: 'run-00010',
    });
    if (!renamed.ok) throw new Error(renamed.error.message);
    const after = renamed.value as {
      run: { id: number; name: string; revision: number };
      result: { segments: { key: string; name: { en: string }; customers: number }[] };
    };
    expect([after.run.id, after.run.name, after.run.revision]).toEqual([first.run.id, 'Baseline', 2]);
    const champions = after.result.segments.find((s) => s.key === 'champions')!;
    expect(champions.name.en).toBe('Top fans');
    // Renaming moves no customer.
    expect(after.result.segments.map((s) => s.customers)).toEqual(first.result.segments.map((s) => s.customers));
    const details = t.service.runDetails(first.run.id);
    expect(details.notes).toEqual({ champions: 'VIP evening' });
    expect(details.spec).toMatchObject({ names: { champions: { en: 'Top fans' } } });
    expect(t.service.current()!.runs).toHaveLength(1);

    // A rule edited: the run now holds the new segmentation, and its members page follows.
    const before = await dispatch('run:members', { runId: first.run.id, query: { offset: 0, limit: 1 } });
    expect(before.ok && (before.value as { total: number }).total).toBe(995);
    const rules = modelSpecSchema.parse({
      model: 'rules',
      rules: [
        {
          key: 'big',
          name: { en: 'Big', 'zh-CN': '大客户' },
          when: { all: [{ field: 'monetary', op: 'range', min: 1000 }] },
        },
      ],
    });
    const edited = await t.service.createRun(orders.id, rules, { replaceRunId: first.run.id });
    expect(edited.run.revision).toBe(3);
    const bigOnly = await dispatch('run:members', { runId: first.run.id, segment: 0, query: { offset: 0, limit: 1 } });
    expect(bigOnly.ok && (bigOnly.value as { total: number }).total).toBe(edited.result.segments[0].customers);
    expect(t.service.runDetails(first.run.id).spec.model).toBe('rules');

    const elsewhere = await dispatch('run:create', {
      datasetId: other.id,
      spec,
      replaceRunId: first.run.id,
      jobId: 'run-00011',
    });
    expect(elsewhere.ok ? null : elsewhere.error.code).toBe('E_BAD_SPEC');
    const gone = await dispatch('run:create', { datasetId: orders.id, spec, replaceRunId: 42, jobId: 'run-00012' });
    expect(gone.ok ? null : gone.error.code).toBe('E_NOT_FOUND');
  });

  it('refuses data that cannot support a model with exact codes, and stores no run', async () => {
    t = createTestService();
    const dispatch = createDispatcher(createHandlers(t.service));
    const dir = tempDir();
    await t.service.createAt(join(dir, 'bad.segdesk'));
    const roles = { customerId: 'customer', orderDate: 'day', amount: 'amount' };
    const importCsv = (name: string, text: string, settings: object = { kind: 'transactions', roles }) => {
      writeFileSync(join(dir, name), text);
      return t.service.importFile(join(dir, name), settings);
    };
    const attempt = async (datasetId: number, spec: object) => {
      const r = await dispatch('run:create', { datasetId, spec, jobId: `bad-run-${datasetId}` });
      return r.ok ? 'ok' : r.error.code;
    };
    const one = await importCsv('one.csv', 'customer,day,amount\na,2024-01-02,10\na,2024-02-03,20\n');
    expect(await attempt(one.id, { model: 'rfm' })).toBe('E_TOO_FEW_CUSTOMERS');
    expect(
      await attempt(one.id, {
        model: 'rules',
        rules: [{ key: 'x', name: { en: 'X', 'zh-CN': 'X' }, when: { all: [] } }],
      }),
    ).toBe('E_TOO_FEW_CUSTOMERS');
    const noSpend = await importCsv('nospend.csv', 'customer,day,amount\na,2024-01-02,\nb,2024-02-03,\n');
    expect(await attempt(noSpend.id, { model: 'rfm' })).toBe('E_NO_VALUES');
    const noDates = await importCsv('nodates.csv', 'customer,day,amount\na,,10\nb,,20\n');
    expect(await attempt(noDates.id, { model: 'rfm' })).toBe('E_NO_VALUES');
    const same = await importCsv(
      'same.csv',
      'customer,day,amount\na,2024-01-02,10\nb,2024-01-02,10\nc,2024-01-02,10\n',
    );
    expect(await attempt(same.id, { model: 'rfm' })).toBe('E_NO_VARIATION');
    // Customers without purchase figures: RFM needs recency, orders and revenue roles.
    const plain = await importCsv('people.csv', 'customer,city\na,Shanghai\nb,Beijing\n', {
      kind: 'customers',
      roles: { customerId: 'customer' },
    });
    expect(await attempt(plain.id, { model: 'rfm' })).toBe('E_MISSING_ROLE');
    expect(t.service.current()!.runs).toEqual([]);
  });
});
